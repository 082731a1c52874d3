using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Coop.Domain.Model;

namespace Coop.Domain.Serialization;

/// <summary>
/// Reads and writes the <see cref="ShareLedger"/> of a cooperative as <c>{"nominalValue":…,"entries":[…]}</c>.
/// The ledger checks itself when constructed; this converter reports its violations and entry errors with
/// paths from the cooperative (<c>shareLedger.entries[10].shares</c>, <c>$.shareLedger.entries[3].date</c>),
/// because in <see cref="CoopJsonContext"/> a ledger only ever hangs off <see cref="Cooperative.ShareLedger"/>.
/// </summary>
internal sealed class ShareLedgerJsonConverter : JsonConverter<ShareLedger>
{
    private const string Where = "$.shareLedger";

    public override ShareLedger Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw CodedJson.Create($"The share ledger must be an object {{\"nominalValue\":…,\"entries\":[…]}}, not {reader.TokenType}.", JsonLineErrorCode.ShareLedgerNotObject, reader.TokenType.ToString());
        }

        var entryInfo = (JsonTypeInfo<ShareEntry>)options.GetTypeInfo(typeof(ShareEntry));
        Money? nominal = null;
        ImmutableArray<ShareEntry>? entries = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("nominalValue"u8))
            {
                reader.Read();
                nominal = s_money.Read(ref reader, typeof(Money), options);
            }
            else if (reader.ValueTextEquals("entries"u8))
            {
                reader.Read();
                entries = ReadEntries(ref reader, entryInfo);
            }
            else
            {
                string property = reader.GetString() ?? string.Empty;
                throw CodedJson.Create($"The share ledger has no property \"{property}\"; it has nominalValue and entries.", JsonLineErrorCode.ShareLedgerUnknownProperty, property);
            }
        }

        if (nominal is null || entries is null)
        {
            string missing = nominal is null ? "nominalValue" : "entries";
            throw CodedJson.Create($"The share ledger is missing {missing}.", JsonLineErrorCode.ShareLedgerMissingProperty, missing);
        }

        try
        {
            return new ShareLedger(nominal.Value, entries.Value);
        }
        catch (ModelValidationException e) when (e.Violations.Count > 0)
        {
            throw new ModelValidationException(e.Violations.Select(v => v with { Path = "shareLedger." + v.Path }));
        }
    }

    public override void Write(Utf8JsonWriter writer, ShareLedger value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        var entryInfo = (JsonTypeInfo<ShareEntry>)options.GetTypeInfo(typeof(ShareEntry));
        writer.WriteStartObject();
        writer.WriteNumber("nominalValue"u8, value.NominalValue.Rials);
        writer.WriteStartArray("entries"u8);
        foreach (ShareEntry entry in value.Entries)
        {
            JsonSerializer.Serialize(writer, entry, entryInfo);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static readonly MoneyJsonConverter s_money = new();

    private static ImmutableArray<ShareEntry> ReadEntries(ref Utf8JsonReader reader, JsonTypeInfo<ShareEntry> entryInfo)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw CodedJson.Create($"The share ledger's entries must be an array, not {reader.TokenType}.", JsonLineErrorCode.ShareLedgerEntriesNotArray, reader.TokenType.ToString());
        }

        var entries = ImmutableArray.CreateBuilder<ShareEntry>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            int index = entries.Count;
            try
            {
                entries.Add(JsonSerializer.Deserialize(ref reader, entryInfo)
                    ?? throw CodedJson.Create("A share-register entry cannot be null.", JsonLineErrorCode.ShareLedgerNullEntry));
            }
            catch (JsonException e)
            {
                string inner = e.Path is { Length: > 1 } p && p.StartsWith('$') ? p[1..] : string.Empty;
                string message = e.Message;
                int cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
                throw new JsonException(cut > 0 ? message[..cut] : message, $"{Where}.entries[{index}]{inner}", e.LineNumber, e.BytePositionInLine, e);
            }
        }

        return entries.ToImmutable();
    }
}
