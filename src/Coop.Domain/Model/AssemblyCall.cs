namespace Coop.Domain.Model;

/// <summary>Which call (نوبت) an assembly met on; quorum rules differ (G3, G4).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<AssemblyCall>))]
public enum AssemblyCall
{
    /// <summary>The first call (نوبت اول).</summary>
    First,

    /// <summary>The second call (نوبت دوم), after the first lacked a quorum.</summary>
    Second,
}
