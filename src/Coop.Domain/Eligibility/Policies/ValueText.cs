using System.Globalization;
using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Text;

namespace Coop.Domain.Eligibility.Policies;

/// <summary>Formats fact values for messages, culture-invariantly: English with Latin digits, Persian with Persian digits (a negative with U+2212).</summary>
internal static class ValueText
{
    public static string Format(FactValue value, bool persian) => Format(value, persian, forMessage: false);

    /// <summary>
    /// A value as text; in a message (<paramref name="forMessage"/>) a decimal is rounded for a reader: one fractional
    /// digit from 10 on (53.448… reads 53.4), two below (0.5, 1.25), trailing zeros dropped. Traces keep every digit.
    /// </summary>
    public static string Format(FactValue value, bool persian, bool forMessage)
    {
        string text = value.Kind switch
        {
            FactTypeKind.Boolean => value.AsBoolean() ? (persian ? "بله" : "yes") : (persian ? "خیر" : "no"),
            FactTypeKind.Integer => Integer(value.AsInteger()),
            FactTypeKind.Decimal when forMessage => Readable(value.AsDecimal()),
            FactTypeKind.Decimal => value.AsDecimal().ToString("#,0.##########", CultureInfo.InvariantCulture),
            FactTypeKind.Money => value.AsDecimal().ToString("#,0.##", CultureInfo.InvariantCulture) + (persian ? " ریال" : " rials"),
            FactTypeKind.Date => value.AsDate().ToString(),
            FactTypeKind.Duration => Duration(value.AsDuration(), persian),
            FactTypeKind.String => value.AsString(),
            _ => value.ToString(),
        };
        if (!persian || value.Kind == FactTypeKind.String)
        {
            return text;
        }

        // Persian thousands separator (U+066C) and decimal separator (U+066B), then Persian digits and the minus sign U+2212.
        return PersianMessages.Signed(PersianText.ToPersianDigits(text.Replace(',', '\u066C').Replace('.', '\u066B')));
    }

    private static string Readable(decimal value)
    {
        int digits = Math.Abs(value) >= 10 ? 1 : 2;
        return Math.Round(value, digits, MidpointRounding.AwayFromZero).ToString(digits == 1 ? "#,0.#" : "#,0.##", CultureInfo.InvariantCulture);
    }

    // Four-digit integers are written without a separator, so that fiscal years read 1403 (not 1,403);
    // from 10,000 on the thousands are grouped.
    private static string Integer(long value) =>
        value.ToString(value is > -10_000 and < 10_000 ? "0" : "#,0", CultureInfo.InvariantCulture);

    private static string Duration(CalendarDuration d, bool persian)
    {
        string months = d.Months.ToString(CultureInfo.InvariantCulture) + (persian ? " ماه" : d.Months == 1 ? " month" : " months");
        string days = d.Days.ToString(CultureInfo.InvariantCulture) + (persian ? " روز" : d.Days == 1 ? " day" : " days");
        return d.Months != 0 && d.Days != 0 ? months + (persian ? " و " : " ") + days
            : d.Months != 0 ? months : days;
    }
}
