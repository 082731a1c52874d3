using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Coop.Domain.Eligibility.Expressions;

namespace Coop.Domain.Eligibility.Policies;

/// <summary>
/// The second look at a policy file System.Text.Json refused for its shape (an unknown property, a value of the wrong
/// JSON type): it walks the whole document against the file format's types, so every such error is listed, not only
/// the first, and returns a repaired copy (unknown properties dropped, wrong values replaced by a placeholder of the
/// right type) from which the reader can still report every other error.
/// </summary>
/// <remarks>The types come from the source-generated metadata of <see cref="PolicyJsonContext"/>; nothing is looked up by a string from the file.</remarks>
internal static class PolicyShape
{
    private static readonly JsonDocumentOptions s_options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = PolicyFile.MaxDepth,
        AllowDuplicateProperties = false,
    };

    /// <summary>Reads a policy whose shape System.Text.Json refused, listing every error.</summary>
    /// <param name="utf8Json">The file's bytes.</param>
    /// <param name="file">The file name for the errors, or null.</param>
    /// <returns>
    /// Every unknown property and wrong JSON type in document order, then every other error the reader finds in
    /// the repaired document (less those at a spot already reported); null when the text is not one JSON object at
    /// all (the caller's own error then stands).
    /// </returns>
    public static List<PolicyError>? ReadAll(ReadOnlySpan<byte> utf8Json, string? file)
    {
        if (!TryCheck(utf8Json, file, out List<PolicyError> errors, out List<(string Parent, string Name)> suggested, out JsonObject? repaired, out Dictionary<string, (int Line, int Column)>? positions)
            || errors.Count == 0)
        {
            return null;
        }

        PolicyFileDto? dto;
        try
        {
            dto = repaired.Deserialize(PolicyJsonContext.Default.PolicyFileDto);
        }
        catch (JsonException)
        {
            return errors;
        }

        if (dto is not null)
        {
            // A spot already reported (or inside one) is not reported again, nor is a missing property the
            // shape error already suggested ("'chek' — did you mean 'check'?" covers "missing 'check'").
            errors.AddRange(new PolicyReader(file, positions).Read(dto).Errors.Where(e =>
                !errors.Any(r => Inside(e.JsonPath, r.JsonPath) && !r.Message.StartsWith("unknown property", StringComparison.Ordinal))
                && !suggested.Any(s => e.JsonPath == s.Parent && e.Message.Contains("'" + s.Name + "'", StringComparison.Ordinal))));
        }

        return errors;
    }

    private static bool Inside(string path, string spot) =>
        path == spot || (path.StartsWith(spot, StringComparison.Ordinal) && path.Length > spot.Length && path[spot.Length] is '.' or '[');

    private static bool TryCheck(
        ReadOnlySpan<byte> utf8Json,
        string? file,
        out List<PolicyError> errors,
        out List<(string Parent, string Name)> suggested,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out JsonObject? repaired,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Dictionary<string, (int Line, int Column)>? positions)
    {
        errors = [];
        suggested = [];
        repaired = null;
        positions = null;
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(utf8Json, documentOptions: s_options);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            return false;
        }

        if (root is not JsonObject o)
        {
            return false;
        }

        positions = JsonPositions.Map(utf8Json);
        var walk = new Walker(new PolicySource(file, positions), errors, suggested);
        walk.Object(o, PolicyJsonContext.Default.PolicyFileDto, "$");
        repaired = o;
        return true;
    }

    private sealed class Walker(PolicySource source, List<PolicyError> errors, List<(string Parent, string Name)> suggested)
    {
        public void Object(JsonObject o, JsonTypeInfo info, string at)
        {
            var known = new Dictionary<string, JsonPropertyInfo>(StringComparer.Ordinal);
            foreach (JsonPropertyInfo p in info.Properties)
            {
                known[p.Name] = p;
            }

            foreach ((string name, JsonNode? value) in o.ToArray())
            {
                string path = JsonPositions.Append(at, name);
                if (!known.TryGetValue(name, out JsonPropertyInfo? property))
                {
                    string? suggestion = Suggestions.Closest(name, known.Keys);
                    if (suggestion is not null)
                    {
                        suggested.Add((at, suggestion));
                    }

                    errors.Add(source.Error(path, suggestion is not null
                        ? $"unknown property '{name}' — did you mean '{suggestion}'?"
                        : $"unknown property '{name}'; expected one of: {string.Join(", ", known.Keys)}"));
                    o.Remove(name);
                    continue;
                }

                if (Check(value, property.PropertyType, path) is { } placeholder)
                {
                    o[name] = placeholder;
                }
            }
        }

        /// <summary>Checks one value; returns a placeholder of the right type when the value is wrong, otherwise null.</summary>
        private JsonNode? Check(JsonNode? value, Type type, string at)
        {
            if (value is null || type == typeof(JsonElement))
            {
                return null;
            }

            Type target = Nullable.GetUnderlyingType(type) ?? type;
            (bool Ok, string Expected, Func<JsonNode> Placeholder) shape = target switch
            {
                _ when target == typeof(string) => (Kind(value) == JsonValueKind.String, "a string", () => JsonValue.Create(string.Empty)),
                _ when target == typeof(int) => (Kind(value) == JsonValueKind.Number && value.AsValue().TryGetValue(out int _), "a whole number", () => JsonValue.Create(1)),
                _ when target == typeof(decimal) => (Kind(value) == JsonValueKind.Number && value.AsValue().TryGetValue(out decimal _), "a number", () => JsonValue.Create(0m)),
                _ when target == typeof(bool) => (Kind(value) is JsonValueKind.True or JsonValueKind.False, "true or false", () => JsonValue.Create(false)),
                _ when target.IsGenericType && target.GetGenericTypeDefinition() == typeof(List<>) => (value is JsonArray, "an array", () => new JsonArray()),
                _ => (value is JsonObject, "an object", () => new JsonObject()),
            };

            if (!shape.Ok)
            {
                errors.Add(source.Error(at, $"wrong type: expected {shape.Expected}, not {Describe(value)}"));
                return shape.Placeholder();
            }

            if (value is JsonArray array)
            {
                Type element = target.GetGenericArguments()[0];
                for (int i = 0; i < array.Count; i++)
                {
                    if (Check(array[i], element, $"{at}[{i}]") is { } fixedElement)
                    {
                        array[i] = fixedElement;
                    }
                }
            }
            else if (value is JsonObject o && PolicyJsonContext.Default.GetTypeInfo(target) is { } info)
            {
                Object(o, info, at);
            }

            return null;
        }
    }

    private static JsonValueKind Kind(JsonNode value) => value.GetValueKind();

    private static string Describe(JsonNode value) => value.GetValueKind() switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => value.ToJsonString(),
        JsonValueKind.True or JsonValueKind.False => "true or false",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "another kind of value",
    };
}
