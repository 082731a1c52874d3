using System.Collections.Frozen;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Coop.Domain.EntityFrameworkCore.Storage;

/// <summary>
/// Stores an enum of the model as the same kebab-case text the registry JSON uses (<c>employment-generating</c>,
/// <c>in-liquidation</c>), so a column reads the same in SQL as in a registry file and never depends on the
/// order of the enum's members.
/// </summary>
/// <typeparam name="TEnum">A non-flags enum.</typeparam>
/// <remarks>Text that names no member raises <see cref="StoredValueException"/> listing the names that are known.</remarks>
public sealed class EnumTextConverter<TEnum> : ValueConverter<TEnum, string>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> s_names =
        Enum.GetValues<TEnum>().Distinct().ToFrozenDictionary(v => v, v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()));

    private static readonly FrozenDictionary<string, TEnum> s_values =
        s_names.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    private static readonly int s_maxLength = s_names.Values.Max(n => n.Length);

    /// <summary>Creates the converter.</summary>
    public EnumTextConverter()
        : base(value => ToStore(value), stored => FromStore(stored), new ConverterMappingHints(size: s_maxLength, unicode: false))
    {
    }

    /// <summary>The longest name, the column's size.</summary>
    public int MaxLength => s_maxLength;

    // Storing an undefined value (a cast from a number) is a bug of the caller: it is refused, never written as a number.
    private static string ToStore(TEnum value) =>
        s_names.TryGetValue(value, out string? name)
            ? name
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} is not a defined {typeof(TEnum).Name} and cannot be stored.");

    private static TEnum FromStore(string stored) =>
        s_values.TryGetValue(stored, out TEnum value)
            ? value
            : throw new StoredValueException(stored, typeof(TEnum), "known names are " + string.Join(", ", s_names.Values) + ".");
}
