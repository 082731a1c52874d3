using Coop.Domain.Model.Identifiers;

namespace Coop.Domain.EntityFrameworkCore.Storage;

/// <summary>The <c>TryParse(text, out value, out error)</c> of an identifier type.</summary>
internal delegate bool IdentifierParser<T>(string? text, out T value, out IdentifierError error);

/// <summary>What the identifier converters share: refuse to store <c>default</c>, read only the canonical form.</summary>
internal static class StoredIdentifier
{
    public static string Write(bool isDefault, string value, string typeName) =>
        isDefault
            ? throw new InvalidOperationException(
                $"default({typeName}) holds no identifier and cannot be stored; map a missing {typeName} as a nullable property ({typeName}?).")
            : value;

    public static T Read<T>(string stored, IdentifierParser<T> parse)
        where T : struct
    {
        if (!parse(stored, out T value, out IdentifierError error))
        {
            throw new StoredValueException(stored, typeof(T), error.Message);
        }

        // The parser also accepts what people type (Persian digits, spaces, a dropped leading zero); a column holds
        // only what this package writes, so anything else there was written by something else and is reported.
        string canonical = value.ToString()!;
        return string.Equals(canonical, stored, StringComparison.Ordinal)
            ? value
            : throw new StoredValueException(stored, typeof(T), $"it is not in the canonical form '{canonical}' that is stored.");
    }
}
