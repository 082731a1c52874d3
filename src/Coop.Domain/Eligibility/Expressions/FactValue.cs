using System.Globalization;
using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Text;

namespace Coop.Domain.Eligibility.Expressions;

/// <summary>
/// One scalar value of the expression language, tagged with its kind: what a parameter source returns,
/// what a compiled expression produces and what a trace records. Allocation-free except for strings.
/// </summary>
/// <remarks><c>default(FactValue)</c> is the Boolean <c>false</c>.</remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Integer, Decimal and String are the expression language's own type names (docs/expression-language.md).")]
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.DecisionJsonConverter<FactValue>))]
public readonly struct FactValue : IEquatable<FactValue>
{
    private readonly long _number;
    private readonly decimal _decimal;
    private readonly string? _text;

    private FactValue(FactTypeKind kind, long number, decimal @decimal, string? text)
    {
        Kind = kind;
        _number = number;
        _decimal = @decimal;
        _text = text;
    }

    /// <summary>The kind of the value; never <see cref="FactTypeKind.Record"/> or <see cref="FactTypeKind.Collection"/>.</summary>
    public FactTypeKind Kind { get; }

    /// <summary>A Boolean value.</summary>
    /// <param name="value">The value.</param>
    public static FactValue Boolean(bool value) => new(FactTypeKind.Boolean, value ? 1 : 0, 0m, null);

    /// <summary>An Integer value.</summary>
    /// <param name="value">The value.</param>
    public static FactValue Integer(long value) => new(FactTypeKind.Integer, value, 0m, null);

    /// <summary>A Decimal value.</summary>
    /// <param name="value">The value.</param>
    public static FactValue Decimal(decimal value) => new(FactTypeKind.Decimal, 0, value, null);

    /// <summary>A Money value.</summary>
    /// <param name="rials">The amount in rials (exact; fractions of a rial are kept).</param>
    public static FactValue Money(decimal rials) => new(FactTypeKind.Money, 0, rials, null);

    /// <summary>A String value.</summary>
    /// <param name="value">The text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static FactValue String(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(FactTypeKind.String, 0, 0m, value);
    }

    /// <summary>A Date value.</summary>
    /// <param name="value">The day.</param>
    public static FactValue Date(SolarHijriDate value) => new(FactTypeKind.Date, value.DayNumber, 0m, null);

    /// <summary>A Duration value.</summary>
    /// <param name="value">The duration.</param>
    public static FactValue Duration(CalendarDuration value) =>
        new(FactTypeKind.Duration, ((long)value.Months << 32) | (uint)value.Days, 0m, null);

    /// <summary>The Boolean value.</summary>
    /// <exception cref="InvalidOperationException">The value is not a Boolean.</exception>
    public bool AsBoolean() => Expect(FactTypeKind.Boolean)._number != 0;

    /// <summary>The Integer value.</summary>
    /// <exception cref="InvalidOperationException">The value is not an Integer.</exception>
    public long AsInteger() => Expect(FactTypeKind.Integer)._number;

    /// <summary>The number of a Decimal, Money (rials) or Integer value as a decimal.</summary>
    /// <exception cref="InvalidOperationException">The value is not a number.</exception>
    public decimal AsDecimal() => Kind switch
    {
        FactTypeKind.Decimal or FactTypeKind.Money => _decimal,
        FactTypeKind.Integer => _number,
        _ => throw WrongKind("a number"),
    };

    /// <summary>The String value.</summary>
    /// <exception cref="InvalidOperationException">The value is not a String.</exception>
    public string AsString() => Expect(FactTypeKind.String)._text!;

    /// <summary>The Date value.</summary>
    /// <exception cref="InvalidOperationException">The value is not a Date.</exception>
    public SolarHijriDate AsDate() => SolarHijriDate.FromDayNumberUnchecked((int)Expect(FactTypeKind.Date)._number);

    /// <summary>The Duration value.</summary>
    /// <exception cref="InvalidOperationException">The value is not a Duration.</exception>
    public CalendarDuration AsDuration()
    {
        long packed = Expect(FactTypeKind.Duration)._number;
        return new CalendarDuration((int)(packed >> 32), (int)(packed & 0xFFFF_FFFF));
    }

    /// <inheritdoc />
    public bool Equals(FactValue other) =>
        Kind == other.Kind && _number == other._number && _decimal == other._decimal
        && string.Equals(_text, other._text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FactValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, _number, _decimal, _text);

    /// <summary>Whether two values are of the same kind and equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(FactValue left, FactValue right) => left.Equals(right);

    /// <summary>Whether two values differ in kind or value.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(FactValue left, FactValue right) => !left.Equals(right);

    /// <summary>
    /// The value for a reader, culture-invariant, as the package's messages show it: in English <c>yes</c>, <c>42</c>,
    /// <c>12,500</c>, <c>0.5</c>, <c>500,000,000 rials</c>, <c>1404/01/01</c>, <c>4 months</c>; in Persian <c>بله</c>, <c>۴۲</c>,
    /// <c>۱۲٬۵۰۰</c>, <c>۰٫۵</c>, <c>۵۰۰٬۰۰۰٬۰۰۰ ریال</c>, <c>۱۴۰۴/۰۱/۰۱</c>, <c>۴ ماه</c> (Persian digits and separators, a
    /// negative number with the minus sign U+2212). Integers below 10,000 are not grouped, so years read 1403. Text values
    /// are returned as they are. Unlike <see cref="ToString"/>, the form is not the expression language's and is not meant to
    /// be parsed back.
    /// </summary>
    /// <param name="language">The language of the words and digits.</param>
    /// <returns>The value as text.</returns>
    public string ToDisplayString(Language language) => ValueText.Format(this, language == Language.Fa);

    /// <summary>
    /// The value in the language's own notation, culture-invariant: <c>true</c>, <c>42</c>, <c>0.5</c>,
    /// <c>500000000 rial</c>, <c>'text'</c>, <c>@1404/01/01</c>, <c>4 months</c>.
    /// </summary>
    public override string ToString() => Kind switch
    {
        FactTypeKind.Boolean => _number != 0 ? "true" : "false",
        FactTypeKind.Integer => _number.ToString(CultureInfo.InvariantCulture),
        FactTypeKind.Decimal => _decimal.ToString(CultureInfo.InvariantCulture),
        FactTypeKind.Money => _decimal.ToString(CultureInfo.InvariantCulture) + " rial",
        FactTypeKind.String => "'" + _text + "'",
        FactTypeKind.Date => "@" + AsDate().ToString(),
        FactTypeKind.Duration => AsDuration().ToString(),
        _ => Kind.ToString(),
    };

    private FactValue Expect(FactTypeKind kind) => Kind == kind ? this : throw WrongKind(kind.ToString());

    private InvalidOperationException WrongKind(string wanted) =>
        new($"The value {this} is a {Kind}, not {wanted}.");
}
