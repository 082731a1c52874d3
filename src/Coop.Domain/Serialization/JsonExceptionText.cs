using System.Text.RegularExpressions;

namespace Coop.Domain.Serialization;

/// <summary>
/// Reads the parts of System.Text.Json's exception messages that the file readers (policies, scenarios, registry
/// lines) restate in their files' terms: the position suffix, an unmapped property, a value that could not be
/// converted to a .NET type.
/// </summary>
internal static partial class JsonExceptionText
{
    /// <summary>The message without the " Path: … | LineNumber: … | BytePositionInLine: …" suffix (errors carry those separately).</summary>
    public static string WithoutPosition(string message)
    {
        foreach (string suffix in (ReadOnlySpan<string>)[" Path:", " LineNumber:"])
        {
            int cut = message.IndexOf(suffix, StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }
        }

        return message;
    }

    /// <summary>For "The JSON property 'x' could not be mapped to any .NET member contained in type 'T'": the property and the type's full name.</summary>
    public static bool TryUnmapped(string message, out string property, out string typeName)
    {
        Match m = Unmapped().Match(message);
        (property, typeName) = m.Success ? (m.Groups[1].Value, m.Groups[2].Value) : (string.Empty, string.Empty);
        return m.Success;
    }

    /// <summary>For "… could not be converted to T": the type's full name.</summary>
    public static bool TryConvertedTo(string message, out string typeName)
    {
        Match m = ConvertedTo().Match(message);
        typeName = m.Success ? m.Groups[1].Value : string.Empty;
        return m.Success;
    }

    /// <summary>The JSON a .NET type is read from, in words ("a whole number", "an array"); null for any other type.</summary>
    public static string? Kind(string typeName)
    {
        const string Nullable = "System.Nullable`1[";
        string type = typeName.StartsWith(Nullable, StringComparison.Ordinal) && typeName.EndsWith(']') ? typeName[Nullable.Length..^1] : typeName;
        return type switch
        {
            _ when type.Contains("List`1[", StringComparison.Ordinal) || type.Contains("ImmutableArray`1[", StringComparison.Ordinal) => "an array",
            "System.String" => "a string",
            "System.Int32" or "System.Int64" => "a whole number",
            "System.Decimal" => "a number",
            "System.Boolean" => "true or false",
            _ => null,
        };
    }

    /// <summary>The JSON a .NET type is read from, as a <see cref="JsonLineErrorCode.WrongType"/> argument (<c>array</c>, <c>whole-number</c>); null for any other type.</summary>
    public static string? KindCode(string typeName) => Kind(typeName) switch
    {
        "an array" => "array",
        "a string" => "string",
        "a whole number" => "whole-number",
        "a number" => "number",
        "true or false" => "boolean",
        _ => null,
    };

    /// <summary>For "Duplicate property 'x' encountered during deserialization…" (or the form without a name): the property, empty when not named.</summary>
    public static bool TryDuplicate(string message, out string property)
    {
        Match m = Duplicate().Match(message);
        property = m.Success ? m.Groups[1].Value : string.Empty;
        return m.Success || message.StartsWith("Duplicate properties not allowed", StringComparison.Ordinal);
    }

    /// <summary>For "JSON deserialization for type 'T' was missing required properties including: 'a', 'b'.": the list.</summary>
    public static bool TryMissingRequired(string message, out string properties)
    {
        Match m = MissingRequired().Match(message);
        properties = m.Success ? m.Groups[1].Value : string.Empty;
        return m.Success;
    }

    [GeneratedRegex(@"^Duplicate property '(.*)' encountered during deserialization", RegexOptions.CultureInvariant)]
    private static partial Regex Duplicate();

    [GeneratedRegex(@"was missing required properties including: (.*?)\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex MissingRequired();

    // Greedy: a property name may itself contain the words that follow it.
    [GeneratedRegex(@"The JSON property '(.*)' could not be mapped to any \.NET member contained in type '([^']*)'", RegexOptions.CultureInvariant)]
    private static partial Regex Unmapped();

    [GeneratedRegex(@"could not be converted to ([^\s.]+(?:\.[^\s.]+)*)", RegexOptions.CultureInvariant)]
    private static partial Regex ConvertedTo();
}
