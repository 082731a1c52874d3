namespace Coop.Domain.Text;

/// <summary>
/// What kind of error a <see cref="ParseError"/> is, so that a host can say it in its own language from
/// <see cref="ParseError.Arguments"/> instead of from the English <see cref="ParseError.Message"/>. Each member says which
/// arguments it carries, in order; numbers are written in ASCII digits.
/// </summary>
public enum ParseErrorCode
{
    /// <summary>Only the English message says what is wrong; no arguments.</summary>
    Unspecified = 0,

    /// <summary>The text is empty; no arguments.</summary>
    Empty,

    /// <summary>The text is not of the expected form; argument: the offending part of the text (may be empty at the end).</summary>
    Syntax,

    /// <summary>A Solar Hijri year outside the supported range; arguments: the year, the first and the last supported year.</summary>
    YearOutOfRange,

    /// <summary>A month number outside 1–12; argument: the month number.</summary>
    MonthOutOfRange,

    /// <summary>A day the month does not have; arguments: the year, the month (1–12), the day and the month's length in days.</summary>
    DayNotInMonth,

    /// <summary>A year that reads as Gregorian where a Solar Hijri one was asked for; arguments: the year as written and the Solar Hijri date (or year) to write instead, empty when there is none.</summary>
    GregorianYear,
}
