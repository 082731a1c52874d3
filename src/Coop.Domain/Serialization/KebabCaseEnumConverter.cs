using System.Text.Json;
using System.Text.Json.Serialization;

namespace Coop.Domain.Serialization;

/// <summary>
/// Writes an enum as a kebab-case string (<c>employment-generating</c>, <c>in-liquidation</c>; flags as
/// <c>"board, inspectors"</c>) and reads only such names: a number is rejected, so a registry never depends
/// on the order of enum members.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
public sealed class KebabCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Creates the converter (kebab-case, lower, integers not allowed).</summary>
    public KebabCaseEnumConverter()
        : base(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)
    {
    }
}
