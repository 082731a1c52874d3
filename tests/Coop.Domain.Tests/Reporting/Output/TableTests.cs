using Coop.Domain.Calendar;
using Coop.Domain.Reporting.Output;

namespace Coop.Domain.Tests.Reporting.Output;

public class TableTests
{
    [Fact]
    public void Cells_keep_their_kind_and_value()
    {
        TableCell text = "رشت";
        TableCell whole = 1_234_567_890_123L;
        TableCell exact = 2.50m;
        TableCell date = new SolarHijriDate(1404, 8, 25);
        Assert.Equal(TableCellKind.Text, text.Kind);
        Assert.Equal("رشت", text.TextValue);
        Assert.Equal(TableCellKind.WholeNumber, whole.Kind);
        Assert.Equal(1_234_567_890_123L, whole.IntegerValue);
        Assert.Null(whole.DecimalValue);
        Assert.Equal(TableCellKind.DecimalNumber, exact.Kind);
        Assert.Equal("2.50", exact.ToString());
        Assert.Equal(TableCellKind.Date, date.Kind);
        Assert.Equal("1404/08/25", date.ToString());
        Assert.Equal(TableCellKind.Empty, TableCell.FromString(null).Kind);
        Assert.Equal(TableCell.Empty, default);
        Assert.Equal(string.Empty, TableCell.Empty.ToString());
    }

    [Fact]
    public void Whole_numbers_keep_every_digit_at_the_ends_of_the_long_range()
    {
        Assert.Equal("9223372036854775807", TableCell.FromInt64(long.MaxValue).ToString());
        Assert.Equal(long.MinValue, TableCell.FromInt64(long.MinValue).IntegerValue);
    }

    [Fact]
    public void Cells_compare_by_kind_and_value()
    {
        Assert.Equal(TableCell.FromDecimal(2.5m), TableCell.FromDecimal(2.50m));
        Assert.NotEqual(TableCell.FromDecimal(2m), TableCell.FromInt64(2));
        Assert.NotEqual(TableCell.FromString("1404/08/25"), TableCell.FromSolarHijriDate(new SolarHijriDate(1404, 8, 25)));
        Assert.True(TableCell.FromString("a") == "a");
        Assert.True(TableCell.FromString("a") != "b");
    }

    [Fact]
    public void A_table_rejects_bad_shapes_naming_the_row_or_column()
    {
        TableColumn[] columns = [new("a", "A"), new("b", "B")];
        var ex = Assert.Throws<ArgumentException>(() => new Table(columns, [["x", "y"], ["only one"]]));
        Assert.Contains("Row 1 has 1 cells but the table has 2 columns", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'a'", Assert.Throws<ArgumentException>(() => new Table([new("a", "A"), new("a", "B")], [])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new Table([], []));
        Assert.Throws<ArgumentNullException>(() => new Table(columns, [null!]));
        Assert.Throws<ArgumentException>(() => new TableColumn("", "A"));
        Assert.Throws<ArgumentException>(() => new TableColumn("a", "A\nB"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TableColumn("a", "A", (TableAlignment)5));
    }

    [Fact]
    public void A_table_copies_its_input()
    {
        var rows = new List<TableCell[]> { new TableCell[] { "x" } };
        var table = new Table([new TableColumn("a", "A")], rows);
        rows[0][0] = "changed";
        rows.Add(["y"]);
        Assert.Single(table.Rows);
        Assert.Equal("x", table.Rows[0][0].TextValue);
    }

    [Theory]
    [InlineData("abc", 3)]
    [InlineData("رشت", 3)]
    [InlineData("می‌خواهم", 7)] // the ZWNJ takes no column
    [InlineData("مُحَمَّد", 4)] // vowel marks and tashdid take none
    [InlineData("۱۴۰۴", 4)]
    [InlineData("日本", 4)]
    [InlineData("", 0)]
    public void Display_width_counts_letters_not_marks(string text, int width)
    {
        Assert.Equal(width, DisplayWidth.Of(text));
    }
}
