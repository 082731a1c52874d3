using System.Text;
using System.Text.Json;
using Coop.Domain.Calendar;
using Coop.Domain.Reporting.Output;
using CsCheck;

namespace Coop.Domain.Tests.Reporting.Output;

public class TableWriterTests
{
    [Fact]
    public void The_text_table_aligns_columns_by_display_width()
    {
        var table = new Table(
            [new TableColumn("county", "شهرستان"), new TableColumn("amount", "مبلغ", TableAlignment.Right)],
            [["رشت", 1_234_567L], ["می‌خواهم", 5L], ["x", 12.5m]]);
        string text = TextTableWriter.ToText(table);
        Assert.Equal(
            "شهرستان     مبلغ\n" +
            "-------  -------\n" +
            "رشت      1234567\n" +
            "می‌خواهم        5\n" +
            "x           12.5\n",
            text);
    }

    [Fact]
    public void The_text_table_writes_Persian_digits_on_request_and_keeps_rows_on_one_line()
    {
        var table = new Table(
            [new TableColumn("d", "تاریخ"), new TableColumn("n", "n", TableAlignment.Right), new TableColumn("t", "t")],
            [[new SolarHijriDate(1404, 8, 25), -2.5m, "a\r\nb\tc"]]);
        string text = TextTableWriter.ToText(table, new TextTableOptions { PersianDigits = true });
        Assert.Equal("تاریخ          n  t\n----------  ----  -----\n۱۴۰۴/۰۸/۲۵  \u2212۲٫۵  a b c\n", text);
    }

    [Fact]
    public void A_negative_number_in_a_Persian_table_takes_the_minus_sign_and_a_lone_dash_stays_a_dash()
    {
        // The sign is that of the Persian messages (U+2212); "-" as a text cell means "no value" and is not a sign.
        var table = new Table(
            [new TableColumn("a", "a", TableAlignment.Right), new TableColumn("b", "b", TableAlignment.Right), new TableColumn("c", "c")],
            [[-1234L, -0.5m, "-"], [7L, 2.25m, "1404-08"]]);
        string text = TextTableWriter.ToText(table, new TextTableOptions { PersianDigits = true });
        Assert.Equal("    a     b  c\n-----  ----  -------\n\u2212۱۲۳۴  \u2212۰٫۵  -\n    ۷  ۲٫۲۵  1404-08\n", text);
        Assert.DoesNotContain("-۱", text, StringComparison.Ordinal);
    }

    [Fact]
    public void CSV_follows_RFC_4180_with_CRLF_and_quoting()
    {
        string csv = CsvTableWriter.ToCsv(Samples.Disbursements());
        Assert.Equal(
            "شهرستان,فصل,تعداد,مبلغ (ریال),سهم,نخستین پرداخت\r\n" +
            "رشت,بهار ۱۴۰۴,12,1234567890123,0.125,1404/01/15\r\n" +
            "لاهیجان,بهار ۱۴۰۴,3,45000000,2.50,1404/02/01\r\n" +
            "\"Bandar \"\"Anzali\"\", <port>\",,0,-1234,-0.5,\r\n",
            csv);
    }

    [Fact]
    public void CSV_separator_hint_ids_and_byte_order_mark_are_options()
    {
        var table = new Table([new TableColumn("a", "A"), new TableColumn("b", "B")], [["x;y", 1.5m], [" lead", "trail "]]);
        string csv = CsvTableWriter.ToCsv(table, CsvOptions.Excel with { SeparatorHint = true, HeaderFromIds = true });
        Assert.Equal("\uFEFFsep=;\r\na;b\r\n\"x;y\";1.5\r\n\" lead\";\"trail \"\r\n", csv);

        using var stream = new MemoryStream();
        CsvTableWriter.Write(table, stream, CsvOptions.Excel);
        byte[] bytes = stream.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF, (byte)'A'], bytes[..4]);

        using var plain = new MemoryStream();
        CsvTableWriter.Write(table, plain);
        Assert.Equal((byte)'A', plain.ToArray()[0]);
    }

    [Theory]
    [InlineData('"')]
    [InlineData('\n')]
    [InlineData('\r')]
    [InlineData('a')]
    [InlineData('7')]
    [InlineData('.')]
    public void CSV_refuses_a_separator_that_would_be_ambiguous(char separator)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CsvTableWriter.ToCsv(Samples.Disbursements(), new CsvOptions { Separator = separator }));
    }

    [Fact]
    public void CSV_round_trips_any_text_through_an_RFC_4180_reader()
    {
        Gen<string> field = Gen.OneOf(
                Gen.Char["ab,;\"\r\n \t"].Select(c => c.ToString()),
                Gen.Char['\u0621', '\u06CC'].Select(c => c.ToString()),
                Gen.Const("😀"))
            .Array[0, 12]
            .Select(string.Concat);
        Gen.Select(field.Array[1, 4], Gen.Char[",;\t|"]).Sample((cells, separator) =>
        {
            TableColumn[] columns = [.. cells.Select((_, i) => new TableColumn("c" + i, "h" + i))];
            var table = new Table(columns, [cells.Select(TableCell.FromString)]);
            List<List<string>> records = ReadCsv(CsvTableWriter.ToCsv(table, new CsvOptions { Separator = separator }), separator);
            Assert.Equal(2, records.Count);
            Assert.Equal(cells, records[1]);
        }, iter: 300);
    }

    [Fact]
    public void JSON_rows_are_objects_keyed_by_column_id_with_exact_numbers()
    {
        string json = JsonTableWriter.ToJson(Samples.Disbursements(), new JsonTableOptions { Indented = false });
        Assert.StartsWith("{\"columns\":[{\"id\":\"county\",\"header\":\"شهرستان\"}", json, StringComparison.Ordinal);
        Assert.Contains(
            "{\"county\":\"رشت\",\"season\":\"بهار ۱۴۰۴\",\"count\":12,\"amount\":1234567890123,\"share\":0.125,\"first\":\"1404/01/15\"}",
            json,
            StringComparison.Ordinal);
        Assert.Contains("\"share\":2.50,", json, StringComparison.Ordinal);
        Assert.Contains("\"season\":null", json, StringComparison.Ordinal);

        using JsonDocument doc = JsonDocument.Parse(json);
        JsonElement row = doc.RootElement.GetProperty("rows")[2];
        Assert.Equal("Bandar \"Anzali\", <port>", row.GetProperty("county").GetString());
        Assert.Equal(-1234L, row.GetProperty("amount").GetInt64());
        Assert.Equal(-0.5m, row.GetProperty("share").GetDecimal());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("first").ValueKind);
        Assert.Equal(6, doc.RootElement.GetProperty("columns").GetArrayLength());
    }

    [Fact]
    public void JSON_writes_Persian_and_the_half_space_as_is_and_escapes_HTML_characters()
    {
        var table = new Table([new TableColumn("t", "t")], [["تعاونی‌ها <b>&'"]]);
        string json = JsonTableWriter.ToJson(table, new JsonTableOptions { Indented = false });
        Assert.Contains("\"t\":\"تعاونی\u200Cها \\u003Cb\\u003E\\u0026\\u0027\"", json, StringComparison.Ordinal);
        using JsonDocument doc = JsonDocument.Parse(json);
        Assert.Equal("تعاونی‌ها <b>&'", doc.RootElement.GetProperty("rows")[0].GetProperty("t").GetString());
    }

    [Fact]
    public void JSON_keeps_money_exact_beyond_double_precision()
    {
        var table = new Table([new TableColumn("m", "m"), new TableColumn("d", "d")], [[9_007_199_254_740_993L, 12345678901234567890.123456789m]]);
        string json = JsonTableWriter.ToJson(table, new JsonTableOptions { Indented = false });
        Assert.Equal("{\"columns\":[{\"id\":\"m\",\"header\":\"m\"},{\"id\":\"d\",\"header\":\"d\"}],\"rows\":[{\"m\":9007199254740993,\"d\":12345678901234567890.123456789}]}", json);
    }

    [Fact]
    public void JSON_can_be_embedded_in_a_larger_document_and_indents_with_LF()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("report");
            JsonTableWriter.Write(new Table([new TableColumn("a", "A")], [[1L]]), writer);
            writer.WriteEndObject();
        }

        Assert.Equal("{\"report\":{\"columns\":[{\"id\":\"a\",\"header\":\"A\"}],\"rows\":[{\"a\":1}]}}", Encoding.UTF8.GetString(stream.ToArray()));
        string indented = JsonTableWriter.ToJson(new Table([new TableColumn("a", "A")], [[1L]]));
        Assert.DoesNotContain('\r', indented);
        Assert.Contains("\n  \"rows\"", indented, StringComparison.Ordinal);
    }

    [Fact]
    public void Writers_are_deterministic()
    {
        Assert.Equal(TextTableWriter.ToText(Samples.Disbursements()), TextTableWriter.ToText(Samples.Disbursements()));
        Assert.Equal(CsvTableWriter.ToCsv(Samples.Disbursements()), CsvTableWriter.ToCsv(Samples.Disbursements()));
        Assert.Equal(JsonTableWriter.ToJson(Samples.Disbursements()), JsonTableWriter.ToJson(Samples.Disbursements()));
        using var stream = new MemoryStream();
        CsvTableWriter.Write(Samples.Disbursements(), stream);
        Assert.Equal(Encoding.UTF8.GetBytes(CsvTableWriter.ToCsv(Samples.Disbursements())), stream.ToArray());
    }

    /// <summary>A minimal RFC 4180 reader: quoted fields with doubled quotes; records end in CRLF.</summary>
    private static List<List<string>> ReadCsv(string text, char separator)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                    }
                    else if (text[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        field.Append(text[i++]);
                    }
                }
            }
            else if (text[i] == separator)
            {
                record.Add(field.ToString());
                field.Clear();
                i++;
            }
            else if (text[i] == '\r' && text[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i += 2;
            }
            else
            {
                field.Append(text[i++]);
            }
        }

        return records;
    }
}
