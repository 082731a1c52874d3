namespace Coop.Domain.Calendar;

/// <summary>
/// The official holidays on fixed Solar Hijri dates, by rule for any year: 1–4, 12 and 13 Farvardin;
/// 14 and 15 Khordad; 22 Bahman; 29 Esfand; and 30 Esfand when the caller's <see cref="Esfand30Rule"/> says so.
/// Names are those of the shipped table, so a computed holiday equals the table's row.
/// </summary>
internal static class FixedHolidays
{
    private static readonly (int Month, int Day, string NameFa, string NameEn)[] s_rules =
    [
        (1, 1, "جشن نوروز/جشن سال نو", "Nowruz (New Year's Day)"),
        (1, 2, "عید نوروز", "Nowruz"),
        (1, 3, "عید نوروز", "Nowruz"),
        (1, 4, "عید نوروز", "Nowruz"),
        (1, 12, "روز جمهوری اسلامی ایران", "Islamic Republic Day"),
        (1, 13, "جشن سیزده به در", "Sizdah Bedar (Nature Day)"),
        (3, 14, "رحلت حضرت امام خمینی", "Death of Imam Khomeini"),
        (3, 15, "قیام 15 خرداد", "15 Khordad Uprising"),
        (11, 22, "پیروزی انقلاب اسلامی", "Islamic Revolution Day"),
        (12, 29, "روز ملی شدن صنعت نفت ایران", "Oil Nationalization Day"),
        (12, 30, "آخرین روز سال", "Last day of the year (30 Esfand)"),
    ];

    /// <summary>Whether month/day is a fixed holiday other than 30 Esfand.</summary>
    internal static bool IsFixedExceptEsfand30(int month, int day) => month switch
    {
        1 => day <= 4 || day == 12 || day == 13,
        3 => day is 14 or 15,
        11 => day == 22,
        12 => day == 29,
        _ => false,
    };

    /// <summary>The fixed holiday on <paramref name="date"/>, or null; 30 Esfand only when <paramref name="esfand30"/>.</summary>
    internal static Holiday? On(SolarHijriDate date, bool esfand30)
    {
        var (_, month, day) = date;
        if (!IsFixedExceptEsfand30(month, day) && !(esfand30 && month == 12 && day == 30))
        {
            return null;
        }

        foreach (var rule in s_rules)
        {
            if (rule.Month == month && rule.Day == day)
            {
                return new Holiday(date, HolidayKind.Solar, rule.NameFa, rule.NameEn);
            }
        }

        return null;
    }
}
