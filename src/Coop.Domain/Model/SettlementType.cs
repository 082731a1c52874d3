namespace Coop.Domain.Model;

/// <summary>Where a financed project is carried out, as rural programmes distinguish it.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<SettlementType>))]
public enum SettlementType
{
    /// <summary>A village (روستا).</summary>
    Village,

    /// <summary>A nomadic area (منطقه عشایری).</summary>
    NomadicArea,

    /// <summary>A town or city (شهر); its population decides rural programmes (see <see cref="FacilityApplication.ProjectSettlementPopulation"/>).</summary>
    Town,
}
