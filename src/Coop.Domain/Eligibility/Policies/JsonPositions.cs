using System.Text;
using System.Text.Json;

namespace Coop.Domain.Eligibility.Policies;

/// <summary>Maps each JSON path of a document (<c>$.rules[3].check</c>) to the 1-based line and column of its value.</summary>
internal static class JsonPositions
{
    public static Dictionary<string, (int Line, int Column)> Map(ReadOnlySpan<byte> utf8)
    {
        var result = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var lineStarts = new List<int> { 0 };
        for (int i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = PolicyFile.MaxDepth,
        });

        // Each frame: the path of the container, whether it is an array, and the next array index.
        var stack = new Stack<(string Path, bool Array, int Index)>();
        string? pendingProperty = null;
        try
        {
            while (reader.Read())
            {
                JsonTokenType token = reader.TokenType;
                if (token == JsonTokenType.PropertyName)
                {
                    pendingProperty = reader.GetString();
                    continue;
                }

                if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    stack.Pop();
                    continue;
                }

                string path;
                if (stack.Count == 0)
                {
                    path = "$";
                }
                else
                {
                    (string parent, bool isArray, int index) = stack.Pop();
                    if (isArray)
                    {
                        path = parent + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
                        stack.Push((parent, true, index + 1));
                    }
                    else
                    {
                        path = Append(parent, pendingProperty ?? string.Empty);
                        stack.Push((parent, false, 0));
                    }
                }

                result.TryAdd(path, Position(utf8, lineStarts, (int)reader.TokenStartIndex));
                if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    stack.Push((path, token == JsonTokenType.StartArray, 0));
                }
            }
        }
        catch (JsonException)
        {
            // The document was already accepted by the serializer; a reader disagreement only costs positions.
        }

        return result;
    }

    public static string Append(string parent, string property)
    {
        bool simple = property.Length > 0 && (char.IsAsciiLetter(property[0]) || property[0] is '_' or '$');
        foreach (char c in property)
        {
            simple &= char.IsAsciiLetterOrDigit(c) || c is '_' or '$';
        }

        return simple ? parent + "." + property : parent + "['" + property.Replace("'", "\\'", StringComparison.Ordinal) + "']";
    }

    private static (int Line, int Column) Position(ReadOnlySpan<byte> utf8, List<int> lineStarts, int offset)
    {
        int line = lineStarts.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        int column = Encoding.UTF8.GetCharCount(utf8[lineStarts[line]..offset]) + 1;
        return (line + 1, column);
    }
}
