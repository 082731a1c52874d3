namespace Coop.Domain.Calendar;

/// <summary>
/// What is wrong with a line of a holiday table (<see cref="HolidayTableError.Code"/>); its
/// <see cref="HolidayTableError.Arguments"/> (invariant-culture text) fill the message in any language, as
/// <see cref="HolidayTableError.MessageFa"/> does in Persian.
/// </summary>
public enum HolidayTableErrorCode
{
    /// <summary>Only the English <see cref="HolidayTableError.Message"/> says what is wrong (an error a host made itself). No arguments.</summary>
    Unspecified = 0,

    /// <summary>The table has no header line. Arguments: the expected header, its columns joined by spaces.</summary>
    NoHeader,

    /// <summary>The table has a header but no holiday rows. No arguments.</summary>
    NoRows,

    /// <summary>A header column is not one of the known ones. Arguments: the column; the known columns, joined by <c>, </c>.</summary>
    UnknownColumn,

    /// <summary>A header column appears twice. No arguments (the column is <see cref="HolidayTableError.Column"/>).</summary>
    DuplicateColumn,

    /// <summary>A required column is missing from the header. No arguments (the column is <see cref="HolidayTableError.Column"/>).</summary>
    MissingColumn,

    /// <summary>A row has another number of columns than the header. Arguments: the header's count; the row's count.</summary>
    ColumnCount,

    /// <summary>The same holiday (day and English name) appears twice. Arguments: the date <c>yyyy/MM/dd</c>; the English name; the first line.</summary>
    RepeatedHoliday,

    /// <summary>
    /// The Solar Hijri date is not a date. Arguments: the text; its parse error is <see cref="HolidayTableError.DateError"/>.
    /// </summary>
    InvalidSolarDate,

    /// <summary>The kind is not solar, lunar or adhoc. Arguments: the text.</summary>
    InvalidKind,

    /// <summary>The standing is not official or projected. Arguments: the text.</summary>
    InvalidStanding,

    /// <summary>The Persian name is empty. No arguments.</summary>
    EmptyPersianName,

    /// <summary>The English name is empty. No arguments.</summary>
    EmptyEnglishName,

    /// <summary>The Gregorian date is not a date <c>yyyy-MM-dd</c>. Arguments: the text.</summary>
    InvalidGregorianDate,

    /// <summary>The Gregorian date is not that of the Solar Hijri date. Arguments: the Gregorian date given; the Solar Hijri date <c>yyyy/MM/dd</c>; its Gregorian date.</summary>
    GregorianMismatch,

    /// <summary>A solar holiday on a day that is not one of the fixed solar holidays. Arguments: the date <c>yyyy/MM/dd</c>; its year.</summary>
    NotASolarHoliday,
}
