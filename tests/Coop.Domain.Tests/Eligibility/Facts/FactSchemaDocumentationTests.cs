using System.Text.RegularExpressions;
using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Facts;

namespace Coop.Domain.Tests.Eligibility.Facts;

public partial class FactSchemaDocumentationTests
{
    [GeneratedRegex(@"^\|\s*`(?<path>[A-Za-z0-9_.\[\]]+)`\s*\|\s*(?<type>[^|]+?)\s*\|\s*(?<meaning>[^|]*?)\s*\|\s*$")]
    private static partial Regex Row();

    private static Dictionary<string, string> DocumentedFields()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Docs", "fact-schema.md");
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in File.ReadAllLines(path))
        {
            Match m = Row().Match(line);
            if (m.Success)
            {
                Assert.False(string.IsNullOrWhiteSpace(m.Groups["meaning"].Value), "no meaning for " + m.Groups["path"].Value);
                Assert.True(rows.TryAdd(m.Groups["path"].Value, m.Groups["type"].Value), "listed twice: " + m.Groups["path"].Value);
            }
        }

        return rows;
    }

    private static void Walk(RecordType record, string prefix, Dictionary<string, string> into)
    {
        foreach (FactField field in record.Fields)
        {
            string path = prefix + field.Name;
            switch (field.Type.Kind)
            {
                case FactTypeKind.Record:
                    into.Add(path, field.Type.RecordType!.Name + " record");
                    Walk(field.Type.RecordType, path + ".", into);
                    break;
                case FactTypeKind.Collection:
                    into.Add(path, "collection of " + field.Type.RecordType!.Name);
                    Walk(field.Type.RecordType, path + "[].", into);
                    break;
                default:
                    into.Add(path, field.Type.Kind.ToString());
                    break;
            }
        }
    }

    private static Dictionary<string, string> SchemaFields()
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        Walk(CoopFactSchema.Instance.Root, "", fields);
        return fields;
    }

    [Fact]
    public void Every_schema_field_is_documented_with_its_type()
    {
        Dictionary<string, string> documented = DocumentedFields();
        foreach ((string path, string type) in SchemaFields())
        {
            Assert.True(documented.TryGetValue(path, out string? docType), "not documented in docs/fact-schema.md: " + path);
            Assert.Equal(type, docType);
        }
    }

    [Fact]
    public void Every_documented_field_exists_in_the_schema()
    {
        Dictionary<string, string> schema = SchemaFields();
        foreach (string path in DocumentedFields().Keys)
        {
            Assert.True(schema.ContainsKey(path), "documented but not in the schema: " + path);
        }

        Assert.True(schema.Count > 80, "the schema walk found too few fields");
    }

    [Fact]
    public void Every_field_has_a_description_in_the_schema_too()
    {
        foreach (FactField f in CoopFactSchema.Instance.Root.Fields)
        {
            Assert.False(string.IsNullOrWhiteSpace(f.Description), f.Name);
        }
    }
}
