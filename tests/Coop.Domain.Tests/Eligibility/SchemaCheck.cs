using System.Text.Json;

namespace Coop.Domain.Tests.Eligibility;

/// <summary>
/// The part of JSON Schema the repository's schemas use: type, properties, required, additionalProperties, items, enum,
/// minLength, minimum, minItems, uniqueItems, pattern, oneOf, and local $ref (<c>#/$defs/name</c>). <paramref name="strict"/> treats every
/// object schema with properties as closed, to prove that everything a writer writes is described.
/// </summary>
internal static class SchemaCheck
{
    public static List<string> Validate(JsonElement schema, JsonElement value, bool strict = false)
    {
        var problems = new List<string>();
        Check(schema, schema, value, "$", problems, strict);
        return problems;
    }

    private static void Check(JsonElement root, JsonElement schema, JsonElement value, string at, List<string> problems, bool strict)
    {
        if (schema.ValueKind == JsonValueKind.True)
        {
            return;
        }

        if (schema.TryGetProperty("$ref", out JsonElement reference))
        {
            string target = reference.GetString()!;
            const string Prefix = "#/$defs/";
            Assert.StartsWith(Prefix, target, StringComparison.Ordinal);
            Check(root, root.GetProperty("$defs").GetProperty(target[Prefix.Length..]), value, at, problems, strict);
        }

        if (schema.TryGetProperty("oneOf", out JsonElement choices))
        {
            int matching = choices.EnumerateArray().Count(c =>
            {
                var sub = new List<string>();
                Check(root, c, value, at, sub, strict);
                return sub.Count == 0;
            });
            if (matching != 1)
            {
                problems.Add($"{at}: matches {matching} of the {choices.GetArrayLength()} oneOf choices, not exactly one");
            }
        }

        if (schema.TryGetProperty("type", out JsonElement type) && !Is(type, value))
        {
            problems.Add($"{at}: a {value.ValueKind} where the schema wants {type}");
            return;
        }

        if (schema.TryGetProperty("enum", out JsonElement allowed) && !allowed.EnumerateArray().Any(a => a.ToString() == value.ToString()))
        {
            problems.Add($"{at}: '{value}' is not one of {allowed}");
        }

        if (schema.TryGetProperty("minLength", out JsonElement minLength) && value.GetString()!.Length < minLength.GetInt32())
        {
            problems.Add($"{at}: shorter than {minLength}");
        }

        if (schema.TryGetProperty("pattern", out JsonElement pattern) && !System.Text.RegularExpressions.Regex.IsMatch(value.GetString()!, pattern.GetString()!, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            problems.Add($"{at}: '{value}' does not match {pattern}");
        }

        if (schema.TryGetProperty("minItems", out JsonElement minItems) && value.GetArrayLength() < minItems.GetInt32())
        {
            problems.Add($"{at}: fewer than {minItems} items");
        }

        if (schema.TryGetProperty("uniqueItems", out JsonElement unique) && unique.GetBoolean()
            && value.EnumerateArray().Select(e => e.GetRawText()).GroupBy(t => t, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            problems.Add($"{at}: {twice.Key} appears more than once");
        }

        if (schema.TryGetProperty("minimum", out JsonElement minimum) && value.GetDecimal() < minimum.GetDecimal())
        {
            problems.Add($"{at}: {value} is below the minimum {minimum}");
        }

        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out JsonElement items))
        {
            int i = 0;
            foreach (JsonElement item in value.EnumerateArray())
            {
                Check(root, items, item, $"{at}[{i++}]", problems, strict);
            }
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        schema.TryGetProperty("properties", out JsonElement properties);
        foreach (JsonProperty p in value.EnumerateObject())
        {
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(p.Name, out JsonElement sub))
            {
                Check(root, sub, p.Value, at + "." + p.Name, problems, strict);
            }
            else if ((schema.TryGetProperty("additionalProperties", out JsonElement extra) && extra.ValueKind == JsonValueKind.False)
                || (strict && properties.ValueKind == JsonValueKind.Object && extra.ValueKind == JsonValueKind.Undefined))
            {
                problems.Add($"{at}: unknown property '{p.Name}'");
            }
        }

        if (schema.TryGetProperty("required", out JsonElement required))
        {
            foreach (JsonElement name in required.EnumerateArray())
            {
                if (!value.TryGetProperty(name.GetString()!, out _))
                {
                    problems.Add($"{at}: missing required '{name}'");
                }
            }
        }
    }

    private static bool Is(JsonElement type, JsonElement value) => type.ValueKind == JsonValueKind.Array
        ? type.EnumerateArray().Any(t => Is(t, value))
        : type.GetString() switch
        {
            "object" => value.ValueKind == JsonValueKind.Object,
            "array" => value.ValueKind == JsonValueKind.Array,
            "string" => value.ValueKind == JsonValueKind.String,
            "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
            "number" => value.ValueKind == JsonValueKind.Number,
            "null" => value.ValueKind == JsonValueKind.Null,
            _ => false,
        };
}
