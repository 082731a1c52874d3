using System.Text.Json;
using System.Text.Json.Serialization;
using Coop.Domain.Calendar;
using Coop.Domain.Text;

namespace Coop.Domain.Serialization;

/// <summary>
/// Reads and writes a <see cref="ReportingPeriod"/> as a JSON string in the canonical form of
/// <see cref="PeriodText.Format"/>, e.g. <c>"1404-Q3"</c>, <c>"1404-07"</c> or <c>"1403@07"</c>.
/// </summary>
/// <remarks>
/// Reading accepts every form <see cref="PeriodText.Parse"/> accepts (fiscal years start in Farvardin unless
/// the text says otherwise). Bad text is a <see cref="JsonException"/> quoting the text and the parser's
/// reason; System.Text.Json adds the JSON path.
/// </remarks>
public sealed class ReportingPeriodJsonConverter : JsonConverter<ReportingPeriod>
{
    /// <inheritdoc />
    public override ReportingPeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A reporting period must be a string such as \"1404-Q3\", not {reader.TokenType}.");
        }

        string? text = reader.GetString();
        ParseResult<ReportingPeriod> parsed = PeriodText.Parse(text);
        return parsed.TryGetValue(out ReportingPeriod period)
            ? period
            : throw new JsonException($"Invalid reporting period \"{text}\": {parsed.Error}");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ReportingPeriod value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(PeriodText.Format(value));
    }
}
