using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Coop.Domain.Eligibility.Expressions;

namespace Coop.Domain.Eligibility.Policies;

/// <summary>
/// The second look at a policy file System.Text.Json refused for its shape (an unknown property, a value of the wrong
/// JSON type): it walks the whole document against the file format's types, so every such error is listed, not only
/// the first.
/// </summary>
/// <remarks>
/// <para>
/// The other errors of the file (a bad severity, a missing message, an expression that does not parse) are found by
/// the reader, which needs the document in the right shape. Where the only shape errors are unknown properties of
/// rules, scoring terms or outcome rows, dropping them changes nothing else in the file (nothing refers to those
/// objects' properties), so the reader runs on the document without them and its errors are listed too. Any other
/// shape error (a wrong type; an unknown property of the policy, a parameter or a text) could make the reader report
/// errors that are not there (a mistyped <c>keyed</c> changes how every value reads; a mistyped parameter name makes
/// every use undeclared), so the other errors wait until the shape is right.
/// </para>
/// <para>The types come from the source-generated metadata of <see cref="PolicyJsonContext"/>; nothing is looked up by a string from the file.</para>
/// </remarks>
internal static class PolicyShape
{
    private static readonly JsonDocumentOptions s_options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = PolicyFile.MaxDepth,
        AllowDuplicateProperties = false,
    };

    private static readonly string[] s_leafObjects = ["$.rules[", "$.scoring[", "$.outcomes["];

    /// <summary>Reads a policy whose shape System.Text.Json refused, listing every error it can without inventing any.</summary>
    /// <param name="utf8Json">The file's bytes.</param>
    /// <param name="file">The file name for the errors, or null.</param>
    /// <returns>
    /// Every unknown property and wrong JSON type in document order (then, where that is safe, the reader's other
    /// errors); null when the text is not one JSON object this walk can read (the caller's own error then stands).
    /// </returns>
    public static List<PolicyError>? ReadAll(ReadOnlySpan<byte> utf8Json, string? file)
    {
        JsonObject root;
        Dictionary<string, (int Line, int Column)> positions;
        Walker walker;
        try
        {
            if (JsonNode.Parse(utf8Json, documentOptions: s_options) is not JsonObject o)
            {
                return null;
            }

            root = o;
            positions = JsonPositions.Map(utf8Json);
            walker = new Walker(new PolicySource(file, positions), PolicyJsonContext.Default);

            // JsonNode reads lazily, so a duplicate property or bad text can surface only during the walk.
            walker.Object(root, PolicyJsonContext.Default.PolicyFileDto, "$");
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or FormatException)
        {
            return null;
        }

        List<PolicyError> errors = walker.Errors;
        if (errors.Count == 0)
        {
            return null;
        }

        if (!walker.OnlyLeafUnknowns)
        {
            return errors;
        }

        PolicyFileDto? dto;
        try
        {
            dto = root.Deserialize(PolicyJsonContext.Default.PolicyFileDto);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            return errors;
        }

        if (dto is null)
        {
            return errors;
        }

        // "'chek' — did you mean 'check'?" already covers the reader's "missing required property 'check'".
        var all = new List<PolicyError>(errors);
        all.AddRange(new PolicyReader(file, positions).Read(dto).Errors.Where(e =>
            !walker.Suggested.Any(s => e.JsonPath == s.Parent && e.Message.Contains("'" + s.Name + "'", StringComparison.Ordinal))));
        return all;
    }

    /// <summary>
    /// Every unknown property and wrong JSON type of a document of another file format (e.g. the source register)
    /// whose types are in <paramref name="context"/>; null when the text is not one JSON object, or nothing is wrong
    /// with its shape.
    /// </summary>
    public static List<PolicyError>? ShapeErrors(ReadOnlySpan<byte> utf8Json, string? file, JsonSerializerContext context, JsonTypeInfo root)
    {
        try
        {
            if (JsonNode.Parse(utf8Json, documentOptions: s_options) is not JsonObject o)
            {
                return null;
            }

            var walker = new Walker(new PolicySource(file, JsonPositions.Map(utf8Json)), context);
            walker.Object(o, root, "$");
            return walker.Errors.Count == 0 ? null : walker.Errors;
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private sealed class Walker(PolicySource source, JsonSerializerContext context)
    {
        private PolicySource Source { get; } = source;

        public List<PolicyError> Errors { get; } = [];

        public List<(string Parent, string Name)> Suggested { get; } = [];

        /// <summary>Whether every error so far is an unknown property of a rule, scoring term or outcome row (then removed).</summary>
        public bool OnlyLeafUnknowns { get; private set; } = true;

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
                        Suggested.Add((at, suggestion));
                    }

                    OnlyLeafUnknowns &= s_leafObjects.Any(prefix => at.StartsWith(prefix, StringComparison.Ordinal));
                    Errors.Add(Source.Error(path, Suggestions.UnknownProperty(name, known.Keys))
                        .With(PolicyErrorCode.UnknownProperty, PolicyReader.UnknownPropertyArguments(name, known.Keys)));
                    o.Remove(name);
                    continue;
                }

                Check(value, property.PropertyType, path);
            }
        }

        private void Check(JsonNode? value, Type type, string at)
        {
            if (value is null || type == typeof(JsonElement))
            {
                return;
            }

            Type target = Nullable.GetUnderlyingType(type) ?? type;
            JsonValueKind kind = value.GetValueKind();
            (bool Ok, string Expected, string Token) shape = target switch
            {
                _ when target == typeof(string) => (kind == JsonValueKind.String, "a string", "string"),
                _ when target == typeof(int) => (kind == JsonValueKind.Number && value.AsValue().TryGetValue(out int _), "a whole number", "integer"),
                _ when target == typeof(decimal) => (kind == JsonValueKind.Number && value.AsValue().TryGetValue(out decimal _), "a number", "number"),
                _ when target == typeof(bool) => (kind is JsonValueKind.True or JsonValueKind.False, "true or false", "boolean"),
                _ when target.IsGenericType && target.GetGenericTypeDefinition() == typeof(List<>) => (value is JsonArray, "an array", "array"),
                _ => (value is JsonObject, "an object", "object"),
            };

            if (!shape.Ok)
            {
                OnlyLeafUnknowns = false;
                Errors.Add(Source.Error(at, $"wrong type: expected {shape.Expected}, not {Describe(value)}")
                    .With(PolicyErrorCode.WrongType, [shape.Token, .. Found(value)]));
                return;
            }

            if (value is JsonArray array)
            {
                Type element = target.GetGenericArguments()[0];
                for (int i = 0; i < array.Count; i++)
                {
                    Check(array[i], element, $"{at}[{i}]");
                }
            }
            else if (value is JsonObject o && context.GetTypeInfo(target) is { } info)
            {
                Object(o, info, at);
            }
        }
    }

    /// <summary>What was found, as <see cref="PolicyErrorCode.WrongType"/> arguments: a kind, or <c>literal</c> and the number.</summary>
    private static string[] Found(JsonNode value) => value.GetValueKind() switch
    {
        JsonValueKind.String => ["string"],
        JsonValueKind.Number => ["literal", value.ToJsonString()],
        JsonValueKind.True or JsonValueKind.False => ["boolean"],
        JsonValueKind.Array => ["array"],
        JsonValueKind.Object => ["object"],
        _ => ["value"],
    };

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
