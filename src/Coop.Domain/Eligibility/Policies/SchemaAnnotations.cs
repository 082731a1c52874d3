using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Coop.Domain.Eligibility.Policies;

/// <summary>
/// Turns the exported schema of a file format's (all-optional) types into one editors can use: the
/// <see cref="PolicySchemaAttribute"/> descriptions, required properties, allowed values and examples, and no
/// <c>null</c> where a file may not write null.
/// </summary>
internal static class SchemaAnnotations
{
    /// <summary>Exporter options applying the annotations.</summary>
    public static JsonSchemaExporterOptions ExporterOptions { get; } = new()
    {
        // The types are nullable only so the loaders can report every missing property; a file never writes null.
        TreatNullObliviousAsNonNullable = true,
        TransformSchemaNode = Transform,
    };

    /// <summary>The annotated JSON Schema of a file format's root type, as indented text with a trailing newline.</summary>
    /// <param name="context">The format's source-generated context.</param>
    /// <param name="root">The root type.</param>
    /// <param name="title">The schema's title.</param>
    /// <param name="description">The schema's description.</param>
    public static string Export(JsonSerializerContext context, Type root, string title, string description)
    {
        JsonNode schema = context.Options.GetJsonSchemaAsNode(root, ExporterOptions);
        if (schema is JsonObject properties)
        {
            var ordered = new JsonObject
            {
                ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
                ["title"] = title,
                ["description"] = description,
            };
            foreach (KeyValuePair<string, JsonNode?> pair in properties.ToList())
            {
                properties.Remove(pair.Key);
                ordered[pair.Key] = pair.Value;
            }

            schema = ordered;
        }

        return schema.ToJsonString(new JsonSerializerOptions
        {
            WriteIndented = true,
            TypeInfoResolver = context,

            // A file for people and editors: Persian text as is, not \uXXXX.
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }).ReplaceLineEndings("\n") + "\n";
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        PolicySchemaAttribute? property = context.PropertyInfo is { } info ? Annotation(info) : null;
        if (schema is not JsonObject node)
        {
            // "true" (any JSON value, e.g. a parameter's value): keep it open, only describe it.
            return property is null ? schema : new JsonObject { ["description"] = property.Description };
        }

        if (node["type"] is JsonArray types && types.Count == 2 && types.Any(t => t?.GetValue<string>() == "null"))
        {
            string single = types.Select(t => t!.GetValue<string>()).First(t => t != "null");
            node["type"] = single;
        }

        if (context.TypeInfo.Kind == JsonTypeInfoKind.Object && context.TypeInfo.Properties.Count > 0)
        {
            var required = new JsonArray();
            foreach (JsonPropertyInfo p in context.TypeInfo.Properties)
            {
                if (Annotation(p) is { Required: true })
                {
                    required.Add((JsonNode)p.Name);
                }
            }

            if (required.Count > 0)
            {
                node["required"] = required;
            }
        }

        if (property is null)
        {
            return node;
        }

        var annotated = new JsonObject { ["description"] = property.Description };
        foreach (KeyValuePair<string, JsonNode?> pair in node.ToList())
        {
            node.Remove(pair.Key);
            annotated[pair.Key] = pair.Value;
        }

        if (property.Values is { } values)
        {
            annotated["enum"] = new JsonArray([.. values.Select(v => (JsonNode)v)]);
        }
        else if (property.Required && annotated["type"]?.GetValue<string>() == "string")
        {
            annotated["minLength"] = 1;
        }

        if (property.Pattern is { } pattern)
        {
            if (annotated["items"] is JsonObject items)
            {
                items["pattern"] = pattern;
                annotated["uniqueItems"] = true;
            }
            else
            {
                annotated["pattern"] = pattern;
            }
        }

        if (property.Minimum != int.MinValue)
        {
            annotated["minimum"] = property.Minimum;
        }

        if (property.Example is { } example)
        {
            annotated["examples"] = new JsonArray((JsonNode)example);
        }

        return annotated;
    }

    private static PolicySchemaAttribute? Annotation(JsonPropertyInfo property) =>
        property.AttributeProvider?.GetCustomAttributes(typeof(PolicySchemaAttribute), inherit: false) is [PolicySchemaAttribute a, ..] ? a : null;
}
