namespace Coop.Domain.Reporting.Output;

/// <summary>How <see cref="IcsWriter"/> writes a calendar.</summary>
public sealed record IcsOptions
{
    /// <summary>The options used when none are given.</summary>
    public static IcsOptions Default { get; } = new();

    /// <summary>The calendar's display name (<c>X-WR-CALNAME</c>); empty (the default) writes none.</summary>
    public string CalendarName { get; init; } = "";

    /// <summary>
    /// Whether each summary ends with the SH date, <c>title — ۱۴۰۵/۰۴/۳۱</c>; <see langword="true"/> by default.
    /// </summary>
    public bool DateInSummary { get; init; } = true;

    /// <summary>Whether the date in the summary uses Persian digits; <see langword="true"/> by default.</summary>
    public bool PersianDigits { get; init; } = true;

    /// <summary>
    /// The right-hand side of every UID, <c>hash@UidDomain</c>; <c>coop-domain</c> by default. Use your
    /// organisation's domain name so UIDs are unique world-wide as RFC 5545 asks.
    /// </summary>
    public string UidDomain { get; init; } = "coop-domain";

    internal void Validate()
    {
        OutputText.Check(CalendarName, nameof(CalendarName), "calendar name");
        OutputText.Check(UidDomain, nameof(UidDomain), "UID domain");
        foreach (char c in UidDomain)
        {
            if (c is <= ' ' or > '~' or '@' or ';' or ',' or ':' or '\\')
            {
                throw new ArgumentException(
                    $"The UID domain '{UidDomain}' may hold only printable ASCII other than space, @ ; , : and \\.",
                    nameof(UidDomain));
            }
        }

        if (UidDomain.Length == 0)
        {
            throw new ArgumentException("The UID domain is empty.", nameof(UidDomain));
        }
    }
}
