using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Coop.Domain.Text;

namespace Coop.Domain.Model;

/// <summary>
/// An exact amount of Iranian money, held as a whole number of rials (IRR) in a 64-bit integer.
/// </summary>
/// <remarks>
/// <para>
/// <b>Why <see cref="long"/> rials.</b> The rial is the legal unit and every amount the sector records
/// (capital, facilities, statements) is a whole number of rials. A signed 64-bit integer holds up to
/// ±9,223,372,036,854,775,807 rials, about a million times the largest amounts the sector reports
/// (e.g. 9,400,000,000,000 IRR), and its arithmetic is exact and allocation-free. <see cref="double"/> is
/// never used. Amounts may be negative (a net loss, a correction); <see cref="long.MinValue"/> rials is
/// excluded so that negation can never overflow.
/// </para>
/// <para>
/// <b>Overflow.</b> Every operation is checked: a result outside ±<see cref="MaxValue"/> throws
/// <see cref="OverflowException"/> whose message names the operation and the operands.
/// </para>
/// <para>
/// <b>Toman.</b> 1 toman = 10 rials. <see cref="FromToman(decimal)"/> accepts amounts with at most one
/// decimal place (0.1 toman = 1 rial) and rejects finer fractions; <see cref="ToToman"/> is exact.
/// </para>
/// <para>
/// <b>Text.</b> <see cref="ToString()"/> gives the invariant machine form <c>9,400,000,000,000 IRR</c>;
/// <see cref="ToPersianString"/> gives a rounded display form such as <c>۹۴۰ میلیارد تومان</c> (rules on
/// that method). <see cref="Parse(string)"/> and <see cref="ParseDetailed"/> read both, plus forms such as
/// <c>940 میلیارد تومان</c>, <c>۱٫۵ میلیون تومان</c>, <c>2 میلیارد و 500 میلیون تومان</c>, <c>12000 ریال</c>,
/// <c>10 billion toman</c> and <c>500_000_000 rial</c>, in Persian or Latin digits, whatever the current culture: the
/// library's one money grammar, whose words the expression language (and so policy files) and the CLI's
/// <c>--budget</c> share. <see cref="ToString(string?)"/> and the <see cref="ISpanFormattable"/>/<see cref="IUtf8SpanFormattable"/>
/// members format, and <see cref="IParsable{TSelf}"/>/<see cref="ISpanParsable{TSelf}"/> parse, so ASP.NET Core binds a
/// route or query value such as <c>500 billion rial</c> to a <see cref="Money"/> parameter.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.MoneyJsonConverter))]
public readonly struct Money : IEquatable<Money>, IComparable<Money>, IComparable, ISpanFormattable, IUtf8SpanFormattable, ISpanParsable<Money>
{
    private const long RialsPerToman = 10;

    private readonly long _rials;

    private Money(long rials) => _rials = rials;

    /// <summary>Zero rials.</summary>
    public static Money Zero => default;

    /// <summary>The largest amount, 9,223,372,036,854,775,807 IRR.</summary>
    public static Money MaxValue => new(long.MaxValue);

    /// <summary>The smallest amount, −9,223,372,036,854,775,807 IRR (the negation of <see cref="MaxValue"/>).</summary>
    public static Money MinValue => new(-long.MaxValue);

    /// <summary>The amount in rials.</summary>
    public long Rials => _rials;

    /// <summary>Whether the amount is a whole number of toman (a multiple of 10 rials).</summary>
    public bool IsWholeToman => _rials % RialsPerToman == 0;

    /// <summary>Whether the amount is below zero.</summary>
    public bool IsNegative => _rials < 0;

    /// <summary>Whether the amount is zero.</summary>
    public bool IsZero => _rials == 0;

    /// <summary>The amount of <paramref name="rials"/> rials.</summary>
    /// <param name="rials">The amount in rials; any value except <see cref="long.MinValue"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rials"/> is <see cref="long.MinValue"/>.</exception>
    public static Money FromRials(long rials)
    {
        if (rials == long.MinValue)
        {
            throw new ArgumentOutOfRangeException(nameof(rials), rials, "Money holds at most ±9,223,372,036,854,775,807 rials; long.MinValue is excluded so negation cannot overflow.");
        }

        return new Money(rials);
    }

    /// <summary>The amount of <paramref name="toman"/> toman (10 rials each).</summary>
    /// <param name="toman">The amount in toman.</param>
    /// <exception cref="OverflowException">The amount in rials does not fit in <see cref="long"/>.</exception>
    public static Money FromToman(long toman)
    {
        long rials = MoneyMath.Multiply(toman, RialsPerToman, "FromToman");
        return FromRials(rials);
    }

    /// <summary>The amount of <paramref name="toman"/> toman, which may have one decimal place (0.1 toman = 1 rial).</summary>
    /// <param name="toman">The amount in toman, e.g. <c>12.5m</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="toman"/> has a fraction finer than 0.1 toman (it is not a whole number of rials).</exception>
    /// <exception cref="OverflowException">The amount in rials does not fit in <see cref="long"/>.</exception>
    public static Money FromToman(decimal toman)
    {
        decimal rials = MoneyMath.DecimalMultiply(toman, RialsPerToman, "FromToman");
        if (decimal.Truncate(rials) != rials)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{toman} toman is not a whole number of rials (toman amounts have at most one decimal place)."),
                nameof(toman));
        }

        return FromRials(MoneyMath.ToRials(rials, "FromToman"));
    }

    /// <summary>The amount in toman, exact: 15 rials is 1.5 toman.</summary>
    public decimal ToToman() => _rials / (decimal)RialsPerToman;

    /// <summary>The sum of two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <exception cref="OverflowException">The sum is outside ±<see cref="MaxValue"/>.</exception>
    public static Money operator +(Money left, Money right) => Add(left, right);

    /// <summary>The difference of two amounts.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <exception cref="OverflowException">The difference is outside ±<see cref="MaxValue"/>.</exception>
    public static Money operator -(Money left, Money right) => Subtract(left, right);

    /// <summary>The negated amount; it cannot overflow.</summary>
    /// <param name="value">The amount.</param>
    public static Money operator -(Money value) => Negate(value);

    /// <summary>The amount times a whole number.</summary>
    /// <param name="value">The amount.</param>
    /// <param name="factor">The factor, e.g. a number of shares.</param>
    /// <exception cref="OverflowException">The product is outside ±<see cref="MaxValue"/>.</exception>
    public static Money operator *(Money value, long factor) => Multiply(value, factor);

    /// <summary>The amount times a whole number.</summary>
    /// <param name="factor">The factor.</param>
    /// <param name="value">The amount.</param>
    /// <exception cref="OverflowException">The product is outside ±<see cref="MaxValue"/>.</exception>
    public static Money operator *(long factor, Money value) => Multiply(value, factor);

    /// <summary>The sum of two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <exception cref="OverflowException">The sum is outside ±<see cref="MaxValue"/>.</exception>
    public static Money Add(Money left, Money right) =>
        new(MoneyMath.Add(left._rials, right._rials, "Add"));

    /// <summary>The difference of two amounts.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <exception cref="OverflowException">The difference is outside ±<see cref="MaxValue"/>.</exception>
    public static Money Subtract(Money left, Money right) =>
        new(MoneyMath.Add(left._rials, -right._rials, "Subtract"));

    /// <summary>The negated amount; it cannot overflow because <see cref="MinValue"/> is −<see cref="MaxValue"/>.</summary>
    /// <param name="value">The amount.</param>
    public static Money Negate(Money value) => new(-value._rials);

    /// <summary>The amount times a whole number.</summary>
    /// <param name="value">The amount.</param>
    /// <param name="factor">The factor.</param>
    /// <exception cref="OverflowException">The product is outside ±<see cref="MaxValue"/>.</exception>
    public static Money Multiply(Money value, long factor) =>
        new(MoneyMath.Multiply(value._rials, factor, "Multiply"));

    /// <summary>
    /// The amount times an exact decimal ratio (for example a member's share of capital, or a rate such as
    /// 0.05m), rounded to a whole rial by <paramref name="rounding"/>.
    /// </summary>
    /// <param name="ratio">The ratio; any decimal, e.g. 0.005m for 0.5%.</param>
    /// <param name="rounding">How a result between two rials is rounded; the default is to the nearest rial, halves away from zero.</param>
    /// <returns>The rounded product.</returns>
    /// <exception cref="OverflowException">The product is outside ±<see cref="MaxValue"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="rounding"/> is not a defined <see cref="MidpointRounding"/>.</exception>
    public Money MultiplyBy(decimal ratio, MidpointRounding rounding = MidpointRounding.AwayFromZero)
    {
        if (!Enum.IsDefined(rounding))
        {
            throw new ArgumentException($"Unknown rounding mode {rounding}.", nameof(rounding));
        }

        decimal product = MoneyMath.DecimalMultiply(_rials, ratio, "MultiplyBy");
        return new Money(MoneyMath.ToRials(decimal.Round(product, 0, rounding), "MultiplyBy"));
    }

    /// <summary>
    /// The amount times an exact fraction (for example a member's <see cref="CooperativeFacts.ShareOfCapital"/>),
    /// computed exactly in 128-bit integers and rounded once to a whole rial by <paramref name="rounding"/>.
    /// </summary>
    /// <param name="proportion">The fraction.</param>
    /// <param name="rounding">How a result between two rials is rounded; the default is to the nearest rial, halves away from zero.</param>
    /// <returns>The rounded product.</returns>
    /// <exception cref="OverflowException">The product is outside ±<see cref="MaxValue"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="rounding"/> is not a defined <see cref="MidpointRounding"/>.</exception>
    public Money MultiplyBy(Proportion proportion, MidpointRounding rounding = MidpointRounding.AwayFromZero)
    {
        if (!Enum.IsDefined(rounding))
        {
            throw new ArgumentException($"Unknown rounding mode {rounding}.", nameof(rounding));
        }

        Int128 product = (Int128)_rials * proportion.Numerator;
        long denominator = proportion.Denominator;
        Int128 quotient = Int128.DivRem(product, denominator).Quotient;
        Int128 remainder = product - (quotient * denominator);
        if (remainder != 0)
        {
            int sign = product < 0 ? -1 : 1;
            Int128 twice = Int128.Abs(remainder) * 2;
            bool awayFromZero = rounding switch
            {
                MidpointRounding.AwayFromZero => twice >= denominator,
                MidpointRounding.ToEven => twice > denominator || (twice == denominator && !Int128.IsEvenInteger(quotient)),
                MidpointRounding.ToPositiveInfinity => sign > 0,
                MidpointRounding.ToNegativeInfinity => sign < 0,
                _ => false, // ToZero
            };
            if (awayFromZero)
            {
                quotient += sign;
            }
        }

        if (quotient > long.MaxValue || quotient < -long.MaxValue)
        {
            throw new OverflowException(
                string.Create(CultureInfo.InvariantCulture, $"Money.MultiplyBy: {this} × {proportion} is outside the range of Money (±9,223,372,036,854,775,807 IRR)."));
        }

        return new Money((long)quotient);
    }

    /// <summary>The absolute amount.</summary>
    public Money Abs() => _rials < 0 ? new Money(-_rials) : this;

    /// <summary>The sum of <paramref name="amounts"/>; zero when there are none.</summary>
    /// <param name="amounts">The amounts.</param>
    /// <exception cref="ArgumentNullException"><paramref name="amounts"/> is null.</exception>
    /// <exception cref="OverflowException">A partial sum leaves ±<see cref="MaxValue"/>.</exception>
    public static Money Sum(IEnumerable<Money> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        Money total = Zero;
        foreach (Money amount in amounts)
        {
            total += amount;
        }

        return total;
    }

    /// <summary>Parses an amount in any of the forms listed in the type remarks, whatever the current culture.</summary>
    /// <param name="text">The text, e.g. <c>9,400,000,000,000 IRR</c>, <c>۹۴۰ میلیارد تومان</c> or <c>10 billion toman</c>.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not an amount; the message says what is wrong and at which column.</exception>
    public static Money Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return MoneyText.Parse(text).Value;
    }

    /// <summary>Parses an amount in any of the forms listed in the type remarks.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="FormatException">The text is not an amount; the message says what is wrong and at which column.</exception>
    public static Money Parse(ReadOnlySpan<char> text) => MoneyText.Parse(text).Value;

    /// <summary>
    /// Reads an amount in any of the forms listed in the type remarks and returns it or a precise error; never throws. The
    /// grammar is the library's one money grammar: the same words as money in expressions and policy files
    /// (<c>50 billion toman</c>, <c>500_000_000 rial</c>) and everything people type in Persian.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The amount, or a <see cref="ParseError"/> whose position is the 0-based index in <paramref name="text"/> of the offending part.</returns>
    public static ParseResult<Money> ParseDetailed(ReadOnlySpan<char> text) => MoneyText.Parse(text);

    /// <summary>Parses an amount without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The amount when the method returns <see langword="true"/>; otherwise zero.</param>
    /// <returns>Whether <paramref name="text"/> is an amount.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Money value) => MoneyText.Parse(text).TryGetValue(out value);

    /// <summary>Parses an amount without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The amount when the method returns <see langword="true"/>; otherwise zero.</param>
    /// <returns>Whether <paramref name="text"/> is an amount.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out Money value) => MoneyText.Parse(text).TryGetValue(out value);

    /// <summary>Parses an amount without throwing, saying what is wrong.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The amount when the method returns <see langword="true"/>; otherwise zero.</param>
    /// <param name="error">Why the text is not an amount, when the method returns <see langword="false"/>.</param>
    /// <returns>Whether <paramref name="text"/> is an amount.</returns>
    public static bool TryParse(string? text, out Money value, out string? error)
    {
        ParseResult<Money> result = MoneyText.Parse(text);
        error = result.Error?.Message;
        return result.TryGetValue(out value);
    }

    // The provider-taking members serve generic code (minimal-API binding, IParsable<T> constraints); the grammar is
    // culture-invariant, so the provider is ignored and the members are explicit.
    static Money IParsable<Money>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<Money>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Money result) => TryParse(s, out result);

    static Money ISpanParsable<Money>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<Money>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Money result) => TryParse(s, out result);

    /// <summary>The invariant machine form: rials with comma grouping and the code, e.g. <c>9,400,000,000,000 IRR</c> or <c>-1,500 IRR</c>.</summary>
    public override string ToString() => _rials.ToString("#,0", CultureInfo.InvariantCulture) + " IRR";

    /// <summary>Formats the amount in one of the standard formats, whatever the current culture.</summary>
    /// <param name="format">
    /// <c>null</c>, <c>""</c> or <c>"G"</c>: the invariant machine form <c>9,400,000,000,000 IRR</c> (exact; it parses back);
    /// <c>"fa"</c>: the Persian display form of <see cref="ToPersianString"/>, e.g. <c>۹۴۰ میلیارد تومان</c> (may round).
    /// </param>
    /// <returns>The formatted amount.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the formats above.</exception>
    public string ToString(string? format) => IsPersianFormat(format) ? ToPersianString() : ToString();

    /// <summary>Writes the amount in one of the formats of <see cref="ToString(string?)"/>; the invariant form allocates nothing.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written; 0 when the destination is too short.</param>
    /// <param name="format">The format; empty for the invariant form.</param>
    /// <returns>Whether the destination was long enough.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a known format.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default)
    {
        if (IsPersianFormat(format))
        {
            return Utf8Text.TryCopy(ToPersianString(), destination, out charsWritten);
        }

        if (_rials.TryFormat(destination, out int digits, "#,0", CultureInfo.InvariantCulture) && " IRR".TryCopyTo(destination[digits..]))
        {
            charsWritten = digits + 4;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    /// <summary>Writes the amount as UTF-8 in one of the formats of <see cref="ToString(string?)"/>.</summary>
    /// <param name="utf8Destination">Where to write.</param>
    /// <param name="bytesWritten">How many bytes were written; 0 when the destination is too short.</param>
    /// <param name="format">The format; empty for the invariant form.</param>
    /// <returns>Whether the destination was long enough.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a known format.</exception>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format = default) =>
        Utf8Text.TryFormat(this, utf8Destination, out bytesWritten, format);

    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => ToString(format);

    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        TryFormat(destination, out charsWritten, format);

    bool IUtf8SpanFormattable.TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        TryFormat(utf8Destination, out bytesWritten, format);

    private static bool IsPersianFormat(ReadOnlySpan<char> format) => format switch
    {
        "" or "G" => false,
        "fa" => true,
        _ => throw new FormatException($"'{format}' is not a Money format; use G (9,400,000,000,000 IRR) or fa (۹۴۰ میلیارد تومان)."),
    };

    /// <summary>
    /// A Persian display form in toman with a scale word and Persian digits, e.g. <c>۹۴۰ میلیارد تومان</c>.
    /// </summary>
    /// <remarks>
    /// The scale is the largest of هزار میلیارد (10¹²), میلیارد (10⁹), میلیون (10⁶), هزار (10³) or none that
    /// does not exceed the amount in toman. The number in that scale is rounded to at most two decimal places,
    /// halves away from zero, and trailing zeros are dropped: 1,234,567 toman is <c>۱٫۲۳ میلیون تومان</c>;
    /// 15 rials is <c>۱٫۵ تومان</c>. If rounding reaches 1000 of a scale the next scale is used
    /// (999,999,999 toman is <c>۱ میلیارد تومان</c>). Above 999 هزار میلیارد the number keeps growing with
    /// the Persian thousands separator (٬). A negative amount starts with the minus sign U+2212 (<c>−۲٫۵ میلیارد تومان</c>), as Persian numbers are written; parsing reads it back. The form is for display
    /// and may round; use <see cref="ToString()"/> for an exact, round-trippable form.
    /// </remarks>
    public string ToPersianString() => MoneyText.FormatPersian(_rials);

    /// <inheritdoc />
    public bool Equals(Money other) => _rials == other._rials;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _rials.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Money other) => _rials.CompareTo(other._rials);

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="Money"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Money other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a Money.", nameof(obj)),
    };

    /// <summary>Whether two amounts are equal.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    public static bool operator ==(Money left, Money right) => left._rials == right._rials;

    /// <summary>Whether two amounts differ.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    public static bool operator !=(Money left, Money right) => left._rials != right._rials;

    /// <summary>Whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    public static bool operator <(Money left, Money right) => left._rials < right._rials;

    /// <summary>Whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    public static bool operator >(Money left, Money right) => left._rials > right._rials;

    /// <summary>Whether <paramref name="left"/> is at most <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    public static bool operator <=(Money left, Money right) => left._rials <= right._rials;

    /// <summary>Whether <paramref name="left"/> is at least <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    public static bool operator >=(Money left, Money right) => left._rials >= right._rials;
}
