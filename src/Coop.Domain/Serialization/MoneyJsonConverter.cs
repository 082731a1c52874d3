using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Coop.Domain.Model;

namespace Coop.Domain.Serialization;

/// <summary>
/// Reads and writes <see cref="Money"/> as a JSON integer number of rials, e.g. <c>9400000000000</c>:
/// exact, never through <see cref="double"/>.
/// </summary>
/// <remarks>
/// Reading accepts only a JSON number that is a whole number of rials within ±9,223,372,036,854,775,807.
/// A fraction (<c>1.5</c>), an exponent (<c>1e3</c>), a number out of range, or any other token (a string
/// such as <c>"20 میلیارد تومان"</c>, <c>null</c>) is a <see cref="JsonException"/> saying which; System.Text.Json
/// adds the JSON path.
/// </remarks>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    /// <inheritdoc />
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw CodedJson.Create($"An amount must be a JSON integer number of rials such as 9400000000000, not {reader.TokenType}.", JsonLineErrorCode.AmountNotNumber, reader.TokenType.ToString());
        }

        if (reader.TryGetInt64(out long rials) && rials != long.MinValue)
        {
            return Money.FromRials(rials);
        }

        string raw = RawText(ref reader);
        bool integral = raw.AsSpan().IndexOfAny(".eE") < 0;
        throw integral
            ? CodedJson.Create($"The amount {raw} is out of range: Money holds at most ±9,223,372,036,854,775,807 rials.", JsonLineErrorCode.AmountOutOfRange, raw)
            : CodedJson.Create($"The amount {raw} is not a whole number of rials: write an integer without a fraction or exponent.", JsonLineErrorCode.AmountNotWhole, raw);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.Rials);
    }

    private static string RawText(ref Utf8JsonReader reader)
    {
        string text = reader.HasValueSequence
            ? Encoding.UTF8.GetString(reader.ValueSequence.ToArray())
            : Encoding.UTF8.GetString(reader.ValueSpan);
        return text.Length > 40 ? text[..40] + "…" : text;
    }
}
