namespace Coop.Domain.Calendar;

/// <summary>One official holiday on one day: its date, where it comes from, and its names in Persian and English.</summary>
/// <remarks>
/// An immutable value with value equality. A day with two holidays (e.g. 1403/01/13, Nature Day and a lunar
/// holiday) has two <see cref="Holiday"/> values. <see cref="ToString"/> gives
/// <c>1404/01/01 Solar Nowruz (New Year's Day)</c> whatever the current culture.
/// </remarks>
public sealed record Holiday
{
    /// <summary>Creates a holiday.</summary>
    /// <param name="date">The day of the holiday.</param>
    /// <param name="kind">Where it comes from.</param>
    /// <param name="nameFa">The Persian name, e.g. <c>عید نوروز</c>; not empty.</param>
    /// <param name="nameEn">The English name, e.g. <c>Nowruz</c>; not empty.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined <see cref="HolidayKind"/>.</exception>
    /// <exception cref="ArgumentNullException">A name is null.</exception>
    /// <exception cref="ArgumentException">A name is empty or only white space.</exception>
    public Holiday(SolarHijriDate date, HolidayKind kind, string nameFa, string nameEn)
    {
        if (kind is < HolidayKind.Solar or > HolidayKind.Announced)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown holiday kind.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(nameFa);
        ArgumentException.ThrowIfNullOrWhiteSpace(nameEn);
        Date = date;
        Kind = kind;
        NameFa = nameFa;
        NameEn = nameEn;
    }

    /// <summary>The day of the holiday.</summary>
    public SolarHijriDate Date { get; }

    /// <summary>Where the holiday comes from.</summary>
    public HolidayKind Kind { get; }

    /// <summary>The Persian name, e.g. <c>عید نوروز</c>.</summary>
    public string NameFa { get; }

    /// <summary>The English name, e.g. <c>Nowruz</c>.</summary>
    public string NameEn { get; }

    /// <summary>The canonical text <c>yyyy/MM/dd Kind English name</c>, e.g. <c>1404/01/01 Solar Nowruz (New Year's Day)</c>.</summary>
    public override string ToString() => $"{Date} {Kind} {NameEn}";
}
