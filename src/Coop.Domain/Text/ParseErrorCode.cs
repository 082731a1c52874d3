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

    /// <summary>A character that no period, date or amount contains; arguments: the character and its code point as four or more hexadecimal digits (e.g. <c>0021</c>).</summary>
    UnexpectedCharacter,

    /// <summary>The text does not start as a period does (<c>1404</c>, <c>1404-Q3</c>, <c>1404/08/25</c>, <c>پاییز 1404</c>); argument: what was found instead, empty when the text is empty.</summary>
    ExpectedPeriod,

    /// <summary>Text after a complete period or month; arguments: the first extra part and the period read, in its canonical form (<c>1404-Q3</c>), or empty after a month of the year.</summary>
    TrailingText,

    /// <summary>A range separator after a period that is not a day (<c>1404-Q1..1404-Q2</c>): a range is written between two dates; arguments: the separator and the period before it, in its canonical form.</summary>
    RangeOfPeriods,

    /// <summary>A fiscal start (<c>@MM</c>) before a month, to which it does not apply; no arguments.</summary>
    FiscalStartOnMonth,

    /// <summary>After a year and a separator, neither a month (<c>1404-08</c>), a half (<c>1404-H1</c>) nor a season (<c>1404-Q3</c>); argument: what was found, empty at the end of the text.</summary>
    ExpectedPeriodPart,

    /// <summary>A half-year or season word (<c>نیمه</c>, <c>فصل</c>) without its ordinal (<c>اول</c> …); arguments: the word and how many parts there are (2 or 4).</summary>
    ExpectedOrdinal,

    /// <summary>A word that is neither a month, a season nor one of the words of a period; argument: the word.</summary>
    UnknownWord,

    /// <summary>
    /// The fiscal year's first month is missing or misspelt; argument: the notation: <c>@</c> after a year (a month number,
    /// <c>1404@07</c>) or <c>(</c> in the display form (<c>(از مهر)</c>).
    /// </summary>
    ExpectedFiscalStart,

    /// <summary>The <c>)</c> that closes <c>(از مهر)</c> is missing; no arguments.</summary>
    ExpectedClosingParenthesis,

    /// <summary>The number of a half (<c>H1</c>, <c>H2</c>) or season (<c>Q1</c> … <c>Q4</c>) is missing or out of range; arguments: the letter (<c>H</c> or <c>Q</c>) and the number as written, empty when missing.</summary>
    PartNumber,

    /// <summary>
    /// A fiscal year, half or season that reaches outside the supported years; arguments: the unit (<c>Year</c>, <c>HalfYear</c>
    /// or <c>Season</c>, as <see cref="Calendar.PeriodUnit"/> names it), the year, the part (1 for a year), the fiscal start month
    /// (1–12), the first and the last supported year.
    /// </summary>
    PeriodOutOfRange,

    /// <summary>A year is missing or does not have four digits; argument: what was written, empty when the year is missing.</summary>
    ExpectedYear,

    /// <summary>A month is missing or is not a month's number or name; argument: what was found, empty when nothing was.</summary>
    ExpectedMonth,

    /// <summary>A date stops before its month or day; argument: the part missing: <c>month</c> (after the year), <c>day</c> (after the month) or <c>month-name</c> (after the day, as in <c>25 آبان 1404</c>).</summary>
    ExpectedDatePart,

    /// <summary>A range started with <c>از</c> has no <c>تا</c> (or <c>..</c>) and last day; no arguments.</summary>
    ExpectedRangeEnd,

    /// <summary>A range ends before it starts; arguments: the last and the first day, canonical (<c>1404/08/25</c>).</summary>
    RangeReversed,

    /// <summary>An amount of money has a unit but no number; argument: the text.</summary>
    AmountWithoutNumber,

    /// <summary>A part of an amount of money that is not a number; argument: that part, empty at the end of the text.</summary>
    NotANumber,

    /// <summary>An amount of money beyond what <see cref="Model.Money"/> holds; argument: the largest amount in rials.</summary>
    AmountTooLarge,

    /// <summary>An amount of money has no currency unit at the end; no arguments.</summary>
    MissingCurrencyUnit,

    /// <summary>A word where a scale word or currency unit of an amount of money is expected; argument: the word.</summary>
    UnknownCurrencyUnit,

    /// <summary>Text after the currency unit, which ends an amount; argument: that text.</summary>
    TextAfterCurrencyUnit,

    /// <summary>An amount of money that is not a whole number of rials; no arguments.</summary>
    FractionOfRial,

    /// <summary>A negative amount where only zero or more is allowed (a budget); argument: the amount in rials, invariant digits with its sign.</summary>
    NegativeAmount,

    /// <summary>
    /// A Solar Hijri month name in a date read as Gregorian; arguments: the year and, when the calendar was chosen by the
    /// year, the first year read as Gregorian (empty when the Gregorian calendar was asked for).
    /// </summary>
    GregorianMonthName,

    /// <summary>A day the Gregorian month does not have (or day 0); arguments: the year, the month (1–12), the day and the month's length in days.</summary>
    GregorianDayNotInMonth,

    /// <summary>A Gregorian date outside the range of the Solar Hijri calendar; arguments: the date (<c>yyyy-MM-dd</c>), the first and the last Gregorian date of the range.</summary>
    GregorianOutOfRange,
}
