namespace Coop.Domain.Calendar;

/// <summary>
/// One official holiday on one day: its date, where it comes from, its names in Persian and English, how sure the
/// date is (<see cref="Standing"/>) and its source.
/// </summary>
/// <remarks>
/// An immutable value with value equality (all properties, <see cref="Source"/> included). A day with two holidays
/// (e.g. 1403/01/13, Nature Day and a lunar holiday) has two <see cref="Holiday"/> values. <see cref="ToString"/>
/// gives <c>1404/01/01 Solar Nowruz (New Year's Day)</c>, with <c> (projected)</c> after a projected one, whatever
/// the current culture.
/// </remarks>
public sealed record Holiday
{
    /// <summary>Creates an official holiday with no source (<see cref="HolidayStanding.Official"/>, empty <see cref="Source"/>).</summary>
    /// <param name="date">The day of the holiday.</param>
    /// <param name="kind">Where it comes from.</param>
    /// <param name="nameFa">The Persian name, e.g. <c>عید نوروز</c>; not empty.</param>
    /// <param name="nameEn">The English name, e.g. <c>Nowruz</c>; not empty.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined <see cref="HolidayKind"/>.</exception>
    /// <exception cref="ArgumentNullException">A name is null.</exception>
    /// <exception cref="ArgumentException">A name is empty or only white space.</exception>
    public Holiday(SolarHijriDate date, HolidayKind kind, string nameFa, string nameEn)
        : this(date, kind, nameFa, nameEn, HolidayStanding.Official, null)
    {
    }

    /// <summary>Creates a holiday with its standing and source.</summary>
    /// <param name="date">The day of the holiday.</param>
    /// <param name="kind">Where it comes from.</param>
    /// <param name="nameFa">The Persian name; not empty.</param>
    /// <param name="nameEn">The English name; not empty.</param>
    /// <param name="standing">Official (published or statutory) or projected.</param>
    /// <param name="source">Where the date comes from (a publication, a law, the projection); null or empty for none.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> or <paramref name="standing"/> is not a defined value.</exception>
    /// <exception cref="ArgumentNullException">A name is null.</exception>
    /// <exception cref="ArgumentException">A name is empty or only white space.</exception>
    public Holiday(SolarHijriDate date, HolidayKind kind, string nameFa, string nameEn, HolidayStanding standing, string? source)
    {
        if (kind is < HolidayKind.Solar or > HolidayKind.Announced)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown holiday kind.");
        }

        if (standing is < HolidayStanding.Official or > HolidayStanding.Projected)
        {
            throw new ArgumentOutOfRangeException(nameof(standing), standing, "Unknown holiday standing.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(nameFa);
        ArgumentException.ThrowIfNullOrWhiteSpace(nameEn);
        Date = date;
        Kind = kind;
        NameFa = nameFa;
        NameEn = nameEn;
        Standing = standing;
        Source = string.IsNullOrWhiteSpace(source) ? string.Empty : source.Trim();
    }

    /// <summary>The day of the holiday.</summary>
    public SolarHijriDate Date { get; }

    /// <summary>Where the holiday comes from.</summary>
    public HolidayKind Kind { get; }

    /// <summary>The Persian name, e.g. <c>عید نوروز</c>.</summary>
    public string NameFa { get; }

    /// <summary>The English name, e.g. <c>Nowruz</c>.</summary>
    public string NameEn { get; }

    /// <summary>Official (published or statutory) or projected (computed; may move when the official calendar is published).</summary>
    public HolidayStanding Standing { get; }

    /// <summary>Where the date comes from, e.g. a newspaper report of the official calendar, a law, or the projection; empty when not given.</summary>
    public string Source { get; }

    /// <summary>
    /// The canonical text <c>yyyy/MM/dd Kind English name</c>, e.g. <c>1404/01/01 Solar Nowruz (New Year's Day)</c>;
    /// a projected holiday ends with <c> (projected)</c>.
    /// </summary>
    public override string ToString() =>
        Standing == HolidayStanding.Projected ? $"{Date} {Kind} {NameEn} (projected)" : $"{Date} {Kind} {NameEn}";
}
