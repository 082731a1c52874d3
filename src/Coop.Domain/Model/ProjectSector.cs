namespace Coop.Domain.Model;

/// <summary>The sector of a financed project; the Cooperative Development Bank's priorities include industry, tourism, agriculture, knowledge-based projects and waste (N4).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<ProjectSector>))]
public enum ProjectSector
{
    /// <summary>Industry.</summary>
    Industry,

    /// <summary>Tourism.</summary>
    Tourism,

    /// <summary>Agriculture, animal husbandry and fisheries.</summary>
    Agriculture,

    /// <summary>Knowledge-based (technology) projects.</summary>
    KnowledgeBased,

    /// <summary>Waste management and recycling.</summary>
    WasteManagement,

    /// <summary>Services.</summary>
    Services,

    /// <summary>Trade and distribution.</summary>
    Trade,

    /// <summary>Construction and housing.</summary>
    Construction,

    /// <summary>Mining.</summary>
    Mining,

    /// <summary>Handicrafts.</summary>
    Handicraft,

    /// <summary>Transport.</summary>
    Transport,

    /// <summary>Anything else.</summary>
    Other,
}
