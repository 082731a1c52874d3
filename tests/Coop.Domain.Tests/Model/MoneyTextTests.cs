using System.Globalization;
using System.Text;
using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Model;
using Coop.Domain.Text;
using CsCheck;

namespace Coop.Domain.Tests.Model;

public class MoneyTextTests
{
    private static readonly string[] s_scales = ["", "thousand", "million", "billion", "trillion", "هزار", "میلیون", "میلیارد", "هزار میلیارد"];
    private static readonly string[] s_units = ["rial", "rials", "toman", "tomans", "ریال", "تومان"];

    [Fact]
    public void Money_reads_every_money_literal_the_expression_language_and_so_policy_files_read()
    {
        // One grammar: whatever "N [scale] unit" the expression parser (which policy files use for money values) turns into
        // an amount, Money.Parse turns into the same amount.
        Gen.Select(Gen.Long[0, 999_999], Gen.Int[0, s_scales.Length - 1], Gen.Int[0, s_units.Length - 1], Gen.Bool).Sample((n, scale, unit, underscores) =>
        {
            string number = underscores && n >= 1000
                ? n.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '_')
                : n.ToString(CultureInfo.InvariantCulture);
            string text = s_scales[scale].Length == 0 ? $"{number} {s_units[unit]}" : $"{number} {s_scales[scale]} {s_units[unit]}";
            var literal = Assert.IsType<LiteralSyntax>(Parser.Parse(text, ExpressionLimits.Default));
            Assert.Equal(FactTypeKind.Money, literal.Value.Kind);
            ParseResult<Money> money = Money.ParseDetailed(text);
            if (literal.Value.AsDecimal() <= long.MaxValue)
            {
                Assert.Equal(literal.Value.AsDecimal(), money.Value.Rials);
            }
            else
            {
                // Expressions compute in decimal rials; Money holds a long, and says so.
                Assert.Contains("too large for Money", money.Error?.Message, StringComparison.Ordinal);
            }
        }, iter: 2_000);
    }

    [Theory]
    [InlineData("500 billion rial", 500_000_000_000L)]
    [InlineData("2 trillion rial", 2_000_000_000_000L)]
    [InlineData("50 million tomans", 500_000_000L)]
    public void The_expression_language_reads_the_same_words_as_Money(string text, long rials)
    {
        var literal = Assert.IsType<LiteralSyntax>(Parser.Parse(text, ExpressionLimits.Default));
        Assert.Equal(FactValue.Money(rials), literal.Value);
        Assert.Equal(Money.FromRials(rials), Money.Parse(text));
    }

    [Theory]
    [InlineData("", 0, "empty")]
    [InlineData("9400", 4, "has no currency unit at the end")]
    [InlineData("500 billion", 11, "has no currency unit at the end")]
    [InlineData("IRR", 0, "has a unit but no number")]
    [InlineData("5x billion rial", 0, "'5x' is not a number")]
    [InlineData("1,00,000 IRR", 0, "'1,00,000' is not a number")]
    [InlineData("2 lakh rial", 2, "'lakh' is neither a scale word")]
    [InlineData("5 rial please", 7, "'please' follows the unit")]
    [InlineData("2 میلیارد و abc تومان", 12, "'abc' is not a number")]
    public void Errors_say_what_is_wrong_and_point_at_it(string text, int position, string reason)
    {
        ParseResult<Money> result = Money.ParseDetailed(text);

        Assert.False(result.IsSuccess);
        ParseError error = result.Error!.Value;
        Assert.Equal(position, error.Position);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        FormatException e = Assert.Throws<FormatException>(() => Money.Parse(text));
        Assert.EndsWith($"(column {position + 1})", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Any_text_gives_an_amount_or_an_error_inside_it_and_never_throws()
    {
        const string Alphabet = "0123456789۰۱۲۳۴۵۶۷۸۹,._-٫٬ وrialtomanIRRbillionهزارمیلیاردتومان\u200C";
        Gen.Char[Alphabet].Array[0, 24].Select(chars => new string(chars)).Sample(text =>
        {
            ParseResult<Money> result = Money.ParseDetailed(text);
            if (result.TryGetValue(out Money value))
            {
                Assert.Equal(value, Money.Parse(value.ToString()));
            }
            else
            {
                Assert.InRange(result.Error!.Value.Position, 0, text.Length);
            }
        }, iter: 5_000);
    }

    [Fact]
    public void Formats_are_culture_invariant_and_the_span_forms_match_ToString()
    {
        Money m = Money.FromRials(9_400_000_000_000);
        Assert.Equal("9,400,000,000,000 IRR", m.ToString("G"));
        Assert.Equal("9,400,000,000,000 IRR", $"{m}");
        Assert.Equal("۹۴۰ میلیارد تومان", m.ToString("fa"));
        Assert.Equal("۹۴۰ میلیارد تومان", string.Create(CultureInfo.InvariantCulture, $"{m:fa}"));

        Span<char> chars = stackalloc char[64];
        Assert.True(m.TryFormat(chars, out int written));
        Assert.Equal(m.ToString(), chars[..written].ToString());
        Assert.False(m.TryFormat(chars[..5], out written));
        Assert.Equal(0, written);

        Span<byte> bytes = stackalloc byte[64];
        Assert.True(m.TryFormat(bytes, out int count, "fa"));
        Assert.Equal(m.ToPersianString(), Encoding.UTF8.GetString(bytes[..count]));
        Assert.Throws<FormatException>(() => m.ToString("N"));
    }

    [Fact]
    public void Generic_parsing_code_reads_Money_through_IParsable_and_ISpanParsable()
    {
        Assert.Equal(Money.FromRials(100_000_000_000), ParseVia<Money>("10 billion toman"));
        Assert.Equal(Money.FromRials(12_000), SpanParseVia<Money>("12,000 ریال"));
        Assert.False(TryParseVia<Money>("ten toman", out _));
    }

    [Fact]
    public void The_invariant_form_allocates_nothing_to_format()
    {
        Money m = Money.FromRials(-1_234_567);
        Span<char> chars = stackalloc char[32];
        Span<byte> bytes = stackalloc byte[32];
        m.TryFormat(chars, out _);
        long before = GC.GetAllocatedBytesForCurrentThread();
        m.TryFormat(chars, out int written);
        m.TryFormat(bytes, out _);
        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
        Assert.Equal("-1,234,567 IRR", chars[..written].ToString());
    }

    internal static T ParseVia<T>(string text)
        where T : IParsable<T> => T.Parse(text, CultureInfo.GetCultureInfo("fa-IR"));

    internal static bool TryParseVia<T>(string text, out T? value)
        where T : IParsable<T> => T.TryParse(text, CultureInfo.GetCultureInfo("tr-TR"), out value);

    internal static T SpanParseVia<T>(string text)
        where T : ISpanParsable<T> => T.Parse(text.AsSpan(), null);
}
