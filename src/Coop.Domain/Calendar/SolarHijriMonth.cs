namespace Coop.Domain.Calendar;

/// <summary>The twelve months of the Solar Hijri year, numbered as in dates (1 = Farvardin).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<SolarHijriMonth>))]
public enum SolarHijriMonth
{
    /// <summary>فروردین, month 1, 31 days.</summary>
    Farvardin = 1,

    /// <summary>اردیبهشت, month 2, 31 days.</summary>
    Ordibehesht = 2,

    /// <summary>خرداد, month 3, 31 days.</summary>
    Khordad = 3,

    /// <summary>تیر, month 4, 31 days.</summary>
    Tir = 4,

    /// <summary>مرداد, month 5, 31 days.</summary>
    Mordad = 5,

    /// <summary>شهریور, month 6, 31 days.</summary>
    Shahrivar = 6,

    /// <summary>مهر, month 7, 30 days.</summary>
    Mehr = 7,

    /// <summary>آبان, month 8, 30 days.</summary>
    Aban = 8,

    /// <summary>آذر, month 9, 30 days.</summary>
    Azar = 9,

    /// <summary>دی, month 10, 30 days.</summary>
    Dey = 10,

    /// <summary>بهمن, month 11, 30 days.</summary>
    Bahman = 11,

    /// <summary>اسفند, month 12, 29 days, 30 in a leap year.</summary>
    Esfand = 12,
}

/// <summary>Persian and Latin names of the Solar Hijri months.</summary>
public static class SolarHijriMonthNames
{
    private static readonly string[] s_persian =
    [
        "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
        "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
    ];

    private static readonly string[] s_latin =
    [
        "Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
        "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand",
    ];

    /// <summary>The Persian name of a month, e.g. <c>آبان</c> for 8.</summary>
    /// <param name="month">The month number, 1–12.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not in 1–12.</exception>
    public static string Persian(int month)
    {
        SolarHijriCalendar.CheckMonth(month);
        return s_persian[month - 1];
    }

    /// <summary>The usual Latin transliteration of a month, e.g. <c>Aban</c> for 8.</summary>
    /// <param name="month">The month number, 1–12.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not in 1–12.</exception>
    public static string Latin(int month)
    {
        SolarHijriCalendar.CheckMonth(month);
        return s_latin[month - 1];
    }
}
