using System.Globalization;

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
/// that method). <see cref="Parse"/> reads both, plus forms such as <c>940 میلیارد تومان</c>,
/// <c>۱٫۵ میلیون تومان</c>, <c>2 میلیارد و 500 میلیون تومان</c> and <c>12000 ریال</c>, in Persian or
/// Latin digits, whatever the current culture.
/// </para>
/// </remarks>
public readonly struct Money : IEquatable<Money>, IComparable<Money>, IComparable
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
    /// <param name="text">The text, e.g. <c>9,400,000,000,000 IRR</c> or <c>۹۴۰ میلیارد تومان</c>.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not an amount; the message says what is wrong and where.</exception>
    public static Money Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return MoneyText.TryParse(text, out Money value, out string? error) ? value : throw new FormatException(error);
    }

    /// <summary>Parses an amount without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The amount when the method returns <see langword="true"/>; otherwise zero.</param>
    /// <returns>Whether <paramref name="text"/> is an amount.</returns>
    public static bool TryParse(string? text, out Money value) => MoneyText.TryParse(text, out value, out _);

    /// <summary>Parses an amount without throwing, saying what is wrong.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The amount when the method returns <see langword="true"/>; otherwise zero.</param>
    /// <param name="error">Why the text is not an amount, when the method returns <see langword="false"/>.</param>
    /// <returns>Whether <paramref name="text"/> is an amount.</returns>
    public static bool TryParse(string? text, out Money value, out string? error) => MoneyText.TryParse(text, out value, out error);

    /// <summary>The invariant machine form: rials with comma grouping and the code, e.g. <c>9,400,000,000,000 IRR</c> or <c>-1,500 IRR</c>.</summary>
    public override string ToString() => _rials.ToString("#,0", CultureInfo.InvariantCulture) + " IRR";

    /// <summary>
    /// A Persian display form in toman with a scale word and Persian digits, e.g. <c>۹۴۰ میلیارد تومان</c>.
    /// </summary>
    /// <remarks>
    /// The scale is the largest of هزار میلیارد (10¹²), میلیارد (10⁹), میلیون (10⁶), هزار (10³) or none that
    /// does not exceed the amount in toman. The number in that scale is rounded to at most two decimal places,
    /// halves away from zero, and trailing zeros are dropped: 1,234,567 toman is <c>۱٫۲۳ میلیون تومان</c>;
    /// 15 rials is <c>۱٫۵ تومان</c>. If rounding reaches 1000 of a scale the next scale is used
    /// (999,999,999 toman is <c>۱ میلیارد تومان</c>). Above 999 هزار میلیارد the number keeps growing with
    /// the Persian thousands separator (٬). A negative amount starts with <c>-</c>. The form is for display
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
