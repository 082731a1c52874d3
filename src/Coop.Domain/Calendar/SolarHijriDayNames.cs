namespace Coop.Domain.Calendar;

/// <summary>Persian names of the days of the week, for display (the Iranian week runs شنبه … جمعه).</summary>
public static class SolarHijriDayNames
{
    // Indexed by DayOfWeek (Sunday = 0). Three- and five-day names keep their ZWNJ (سه‌شنبه, پنج‌شنبه).
    private static readonly string[] s_persian =
    [
        "یکشنبه", "دوشنبه", "سه\u200Cشنبه", "چهارشنبه", "پنج\u200Cشنبه", "جمعه", "شنبه",
    ];

    /// <summary>The Persian name of a day of the week, e.g. <c>شنبه</c> for Saturday and <c>جمعه</c> for Friday.</summary>
    /// <param name="day">The day of the week.</param>
    /// <returns>The name, with its ZWNJ where Persian orthography has one.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not a defined <see cref="DayOfWeek"/>.</exception>
    public static string Persian(DayOfWeek day)
    {
        if (day is < DayOfWeek.Sunday or > DayOfWeek.Saturday)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "Not a day of the week (Sunday = 0 … Saturday = 6).");
        }

        return s_persian[(int)day];
    }
}
