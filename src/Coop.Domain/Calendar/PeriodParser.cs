using System.Globalization;
using Coop.Domain.Text;

namespace Coop.Domain.Calendar;

/// <summary>
/// Parses the period forms described on <see cref="PeriodText"/>: splits the normalised text into numbers,
/// words and symbols (keeping each one's position in the original text), then reads them by recursive
/// descent. The first error wins and carries the position of the token that caused it.
/// </summary>
internal sealed class PeriodParser
{
    private const string Expected = "e.g. 1404, 1404-H1, 1404-Q3, 1404-08, 1404/08/25, 1404/08/25..1404/09/10 or پاییز 1404";

    private static readonly (string Name, int Season)[] s_seasonNames =
    [
        ("بهار", 1), ("تابستان", 2), ("پاییز", 3), ("پائیز", 3), ("زمستان", 4),
        ("spring", 1), ("summer", 2), ("autumn", 3), ("fall", 3), ("winter", 4),
    ];

    // Spellings beside SolarHijriMonthNames: the official alternative name of Mordad.
    private static readonly (string Name, int Month)[] s_monthAlternatives = [("امرداد", 5), ("Amordad", 5)];

    private static readonly string[] s_ordinals = ["اول", "دوم", "سوم", "چهارم"];

    private readonly string _text;
    private readonly int _fiscalStartMonth;
    private readonly List<Token> _tokens = [];
    private int _next;
    private ParseError _error;

    internal PeriodParser(string normalizedText, int fiscalStartMonth)
    {
        _text = normalizedText;
        _fiscalStartMonth = fiscalStartMonth;
    }

    private enum Kind
    {
        Number,
        Word,
        Symbol,
    }

    private int EndPosition => _text.Length;

    internal ParseResult<ReportingPeriod> Parse()
    {
        if (!Tokenize())
        {
            return ParseResult.Failure<ReportingPeriod>(_error);
        }

        if (_tokens.Count == 0)
        {
            return ParseResult.Failure<ReportingPeriod>(new ParseError(0, $"The text is empty; expected a period, {Expected}.", ParseErrorCode.ExpectedPeriod, string.Empty));
        }

        if (!TryPeriod(out ReportingPeriod period))
        {
            return ParseResult.Failure<ReportingPeriod>(_error);
        }

        if (Peek() is { } extra)
        {
            bool range = IsRangeSeparator(extra) && period.Unit != PeriodUnit.Day;
            string hint = range ? " A range is written between two dates, e.g. 1404/08/01..1404/09/30." : string.Empty;
            return ParseResult.Failure<ReportingPeriod>(new ParseError(
                extra.Position,
                $"Unexpected '{extra.Text}' after the period {period}.{hint}",
                range ? ParseErrorCode.RangeOfPeriods : ParseErrorCode.TrailingText,
                extra.Text,
                PeriodText.Format(period)));
        }

        return ParseResult.Success(period);
    }

    internal ParseResult<SolarHijriMonth> ParseMonthOfYear()
    {
        if (!Tokenize())
        {
            return ParseResult.Failure<SolarHijriMonth>(_error);
        }

        const string What = "a month as a number 1–12 or a name (فروردین … اسفند, Farvardin … Esfand)";
        if (Peek() is not { } token)
        {
            return ParseResult.Failure<SolarHijriMonth>(new ParseError(0, $"The text is empty; expected {What}.", ParseErrorCode.ExpectedMonth, string.Empty));
        }

        int month;
        if (token.Kind == Kind.Word)
        {
            if (!TryMonthName(token.Text, out month))
            {
                return ParseResult.Failure<SolarHijriMonth>(new ParseError(token.Position, $"'{token.Text}' is not {What}.", ParseErrorCode.ExpectedMonth, token.Text));
            }

            _next++;
        }
        else if (!TryMonthNumber(fiscalStart: false, out month))
        {
            return ParseResult.Failure<SolarHijriMonth>(_error);
        }

        if (Peek() is { } extra)
        {
            return ParseResult.Failure<SolarHijriMonth>(new ParseError(
                extra.Position, $"Unexpected '{extra.Text}' after the month; expected {What}.", ParseErrorCode.TrailingText, extra.Text, string.Empty));
        }

        return ParseResult.Success((SolarHijriMonth)month);
    }

    private static bool TrySeasonName(string word, out int season) => TryLookup(s_seasonNames, word, out season);

    private static bool TryMonthName(string word, out int month)
    {
        for (month = 1; month <= 12; month++)
        {
            if (string.Equals(word, SolarHijriMonthNames.Persian(month), StringComparison.Ordinal)
                || string.Equals(word, SolarHijriMonthNames.Latin(month), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return TryLookup(s_monthAlternatives, word, out month);
    }

    /// <summary>Finds <paramref name="word"/> in a table of names, ignoring the case of Latin letters.</summary>
    private static bool TryLookup((string Name, int Number)[] table, string word, out int number)
    {
        foreach (var (name, value) in table)
        {
            if (string.Equals(word, name, StringComparison.OrdinalIgnoreCase))
            {
                number = value;
                return true;
            }
        }

        number = 0;
        return false;
    }

    private static bool IsWord(Token? token, string word) =>
        token is { Kind: Kind.Word } t && string.Equals(t.Text, word, StringComparison.OrdinalIgnoreCase);

    private static bool IsSymbol(Token? token, string symbol) =>
        token is { Kind: Kind.Symbol } t && string.Equals(t.Text, symbol, StringComparison.Ordinal);

    private static bool IsDateSeparator(Token? token) => IsSymbol(token, "/") || IsSymbol(token, "-");

    private static bool IsRangeSeparator(Token? token) =>
        IsSymbol(token, "..") || IsSymbol(token, "-") || IsWord(token, "تا") || IsWord(token, "to");

    private static int Value(Token token) => int.Parse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture);

    private bool Tokenize()
    {
        string text = _text;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            int start = i;
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (c is >= '0' and <= '9')
            {
                while (i < text.Length && text[i] is >= '0' and <= '9')
                {
                    i++;
                }

                _tokens.Add(new Token(Kind.Number, start, text[start..i]));
            }
            else if (char.IsLetter(c))
            {
                // ZWNJ (the half-space) belongs inside Persian words.
                while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '\u200C'))
                {
                    i++;
                }

                _tokens.Add(new Token(Kind.Word, start, text[start..i]));
            }
            else if (c == '.' && i + 1 < text.Length && text[i + 1] == '.')
            {
                _tokens.Add(new Token(Kind.Symbol, start, ".."));
                i += 2;
            }
            else if (c is '/' or '-' or '@' or '(' or ')' or '\u2013' or '\u2212')
            {
                // An en dash or a minus sign is read as a hyphen.
                _tokens.Add(new Token(Kind.Symbol, start, c is '\u2013' or '\u2212' ? "-" : c.ToString()));
                i++;
            }
            else
            {
                string hex = ((int)c).ToString("X4", CultureInfo.InvariantCulture);
                return Fail(start, $"Unexpected character '{c}' (U+{hex}); expected a period, {Expected}.", ParseErrorCode.UnexpectedCharacter, c.ToString(), hex);
            }
        }

        return true;
    }

    private Token? Peek(int ahead = 0) => _next + ahead < _tokens.Count ? _tokens[_next + ahead] : null;

    private int PositionOfNext => Peek() is { } t ? t.Position : EndPosition;

    private bool Fail(int position, string message, ParseErrorCode code, params string[] arguments)
    {
        _error = new ParseError(position, message, code, arguments);
        return false;
    }

    private bool Fail(ParseError error)
    {
        _error = error;
        return false;
    }

    private bool TryPeriod(out ReportingPeriod period)
    {
        period = default;
        Token first = _tokens[0];
        if (IsWord(first, "از"))
        {
            _next++;
            return TryDate(out SolarHijriDate start, out _) && TryRangeEnd(start, required: true, out period);
        }

        if (first.Kind == Kind.Word)
        {
            return TryNamedPeriod(first, out period);
        }

        if (first.Kind == Kind.Number && ((first.Text.Length <= 2 && Peek(1) is { Kind: Kind.Word }) || (IsDateSeparator(Peek(1)) && Peek(2) is { Kind: Kind.Number } && IsDateSeparator(Peek(3)))))
        {
            return TryDate(out SolarHijriDate start, out _) && TryRangeEnd(start, required: false, out period);
        }

        if (first.Kind == Kind.Number)
        {
            return TryNumberedPeriod(out period);
        }

        return Fail(first.Position, $"Expected a year or a name at the start, {Expected}; found '{first.Text}'.", ParseErrorCode.ExpectedPeriod, first.Text);
    }

    /// <summary>Forms that start with a year: 1404, 1404@07, 1404-H1, 1404-Q3, 1404@07-Q1, 1404-08, 1404 Q3.</summary>
    private bool TryNumberedPeriod(out ReportingPeriod period)
    {
        period = default;
        if (!TryYear(out int year, out Token yearToken))
        {
            return false;
        }

        int fiscal = _fiscalStartMonth;
        Token? fiscalMark = Peek();
        if (IsSymbol(fiscalMark, "@"))
        {
            _next++;
            if (!TryMonthNumber(fiscalStart: true, out fiscal))
            {
                return false;
            }
        }

        Token? next = Peek();
        if (IsDateSeparator(next) && Peek(1) is { Kind: Kind.Number } monthToken)
        {
            if (IsSymbol(fiscalMark, "@"))
            {
                return Fail(fiscalMark!.Value.Position, "A fiscal start (@MM) applies to years, halves and seasons, not to a month.", ParseErrorCode.FiscalStartOnMonth);
            }

            _next++;
            if (!TryMonthNumber(fiscalStart: false, out int month))
            {
                return false;
            }

            period = ReportingPeriod.Month(year, month);
            return true;
        }

        if (IsDateSeparator(next))
        {
            _next++;
            next = Peek();
            if (!IsWord(next, "H") && !IsWord(next, "Q"))
            {
                return Fail(PositionOfNext, "Expected a month (1404-08), a half (1404-H1) or a season (1404-Q3) after the year.", ParseErrorCode.ExpectedPeriodPart, next?.Text ?? string.Empty);
            }
        }

        if (IsWord(next, "H") || IsWord(next, "Q"))
        {
            _next++;
            PeriodUnit unit = IsWord(next, "H") ? PeriodUnit.HalfYear : PeriodUnit.Season;
            return TryPartNumber(unit, out int part) && TryFiscalPart(unit, year, part, fiscal, yearToken, out period);
        }

        return TryFiscalPart(PeriodUnit.Year, year, 1, fiscal, yearToken, out period);
    }

    /// <summary>Forms that start with a word: پاییز 1404, آبان 1404, سال 1404, نیمه اول 1404, فصل اول سال مالی 1404 (از مهر), Q3 1404.</summary>
    private bool TryNamedPeriod(Token word, out ReportingPeriod period)
    {
        period = default;
        _next++;
        if (TrySeasonName(word.Text, out int season))
        {
            // A season's name names calendar months, so it belongs to a Farvardin year whatever the fiscal start.
            return TryYear(out int year, out Token yearToken) && TryFiscalPart(PeriodUnit.Season, year, season, 1, yearToken, out period);
        }

        if (TryMonthName(word.Text, out int month))
        {
            if (!TryYear(out int year, out _))
            {
                return false;
            }

            period = ReportingPeriod.Month(year, month);
            return true;
        }

        if (IsWord(word, "Q") || IsWord(word, "H"))
        {
            PeriodUnit unit = IsWord(word, "H") ? PeriodUnit.HalfYear : PeriodUnit.Season;
            return TryPartNumber(unit, out int part) && TryFiscalYearWords(unit, part, out period);
        }

        if (IsWord(word, "سال"))
        {
            _next--; // "سال" is part of the fiscal-year words.
            return TryFiscalYearWords(PeriodUnit.Year, 1, out period);
        }

        if (IsWord(word, "نیمه") || IsWord(word, "فصل"))
        {
            PeriodUnit unit = IsWord(word, "نیمه") ? PeriodUnit.HalfYear : PeriodUnit.Season;
            int count = unit == PeriodUnit.HalfYear ? 2 : 4;
            Token? ordinal = Peek();
            int part = ordinal is { Kind: Kind.Word } o ? Array.IndexOf(s_ordinals, o.Text) + 1 : 0;
            if (part < 1 || part > count)
            {
                string allowed = string.Join(", ", s_ordinals[..count].Select(x => $"{word.Text} {x}"));
                return Fail(
                    PositionOfNext,
                    $"Expected which {(unit == PeriodUnit.HalfYear ? "half" : "season")}: {allowed}.",
                    ParseErrorCode.ExpectedOrdinal,
                    word.Text,
                    count.ToString(CultureInfo.InvariantCulture));
            }

            _next++;
            return TryFiscalYearWords(unit, part, out period);
        }

        return Fail(
            word.Position,
            $"Unknown word '{word.Text}'; expected a month name (فروردین … اسفند, Farvardin … Esfand), a season name " +
            "(بهار … زمستان, spring … winter), سال, نیمه or فصل before the year.",
            ParseErrorCode.UnknownWord,
            word.Text);
    }

    /// <summary>Reads <c>[سال] [مالی] yyyy [(از ماه)]</c>, the year part of the display forms.</summary>
    private bool TryFiscalYearWords(PeriodUnit unit, int part, out ReportingPeriod period)
    {
        period = default;
        if (IsWord(Peek(), "سال"))
        {
            _next++;
        }

        if (IsWord(Peek(), "مالی"))
        {
            _next++;
        }

        if (!TryYear(out int year, out Token yearToken))
        {
            return false;
        }

        int fiscal = _fiscalStartMonth;
        if (IsSymbol(Peek(), "("))
        {
            _next++;
            if (!IsWord(Peek(), "از"))
            {
                return Fail(PositionOfNext, "Expected 'از' and the fiscal year's first month, e.g. (از مهر).", ParseErrorCode.ExpectedFiscalStart, "(");
            }

            _next++;
            if (Peek() is not { Kind: Kind.Word } monthWord || !TryMonthName(monthWord.Text, out fiscal))
            {
                return Fail(PositionOfNext, "Expected the name of the fiscal year's first month, e.g. (از مهر).", ParseErrorCode.ExpectedFiscalStart, "(");
            }

            _next++;
            if (!IsSymbol(Peek(), ")"))
            {
                return Fail(PositionOfNext, "Expected ')' after the fiscal year's first month.", ParseErrorCode.ExpectedClosingParenthesis);
            }

            _next++;
        }

        return TryFiscalPart(unit, year, part, fiscal, yearToken, out period);
    }

    private bool TryFiscalPart(PeriodUnit unit, int year, int part, int fiscal, Token yearToken, out ReportingPeriod period) =>
        ReportingPeriod.TryFromFiscalPart(unit, year, part, fiscal, out period)
        || Fail(
            yearToken.Position,
            ReportingPeriod.FiscalRangeMessage(unit, year, part, fiscal),
            ParseErrorCode.PeriodOutOfRange,
            unit.ToString(),
            Invariant(year),
            Invariant(part),
            Invariant(fiscal),
            Invariant(SolarHijriCalendar.MinYear),
            Invariant(SolarHijriCalendar.MaxYear));

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads the number after H or Q.</summary>
    private bool TryPartNumber(PeriodUnit unit, out int part)
    {
        part = 0;
        bool half = unit == PeriodUnit.HalfYear;
        string rule = half ? "A half-year is H1 or H2" : "A season is numbered Q1 to Q4 (بهار، تابستان، پاییز، زمستان)";
        if (Peek() is not { Kind: Kind.Number } token)
        {
            return Fail(PositionOfNext, $"Expected the number after {(half ? "H" : "Q")}; {char.ToLowerInvariant(rule[0])}{rule[1..]}.", ParseErrorCode.PartNumber, half ? "H" : "Q", string.Empty);
        }

        _next++;
        part = token.Text.Length <= 2 ? Value(token) : -1;
        if (part < 1 || part > (half ? 2 : 4))
        {
            return Fail(token.Position, $"{rule}; found {(half ? "H" : "Q")}{token.Text}.", ParseErrorCode.PartNumber, half ? "H" : "Q", token.Text);
        }

        return true;
    }

    private bool TryYear(out int year, out Token token)
    {
        year = 0;
        token = default;
        if (Peek() is not { } next || next.Kind != Kind.Number)
        {
            return Fail(PositionOfNext, "Expected a four-digit year, e.g. 1404.", ParseErrorCode.ExpectedYear, string.Empty);
        }

        token = next;
        if (next.Text.Length != 4)
        {
            return Fail(next.Position, $"A year has four digits, e.g. 1404; found '{next.Text}'.", ParseErrorCode.ExpectedYear, next.Text);
        }

        year = Value(next);
        if (year is < SolarHijriCalendar.MinYear or > SolarHijriCalendar.MaxYear)
        {
            return Fail(
                new ParseError(
                    next.Position,
                    string.Create(CultureInfo.InvariantCulture, $"Year {next.Text} is outside the supported range {SolarHijriCalendar.MinYear}–{SolarHijriCalendar.MaxYear}."),
                    ParseErrorCode.YearOutOfRange,
                    next.Text,
                    SolarHijriCalendar.MinYear.ToString(CultureInfo.InvariantCulture),
                    SolarHijriCalendar.MaxYear.ToString(CultureInfo.InvariantCulture)));
        }

        // A person writing 2025 means the Gregorian year: read as Solar Hijri it is six centuries ahead. (From 3000 neither
        // calendar is meant; the range rules below say so.)
        if (year < 3000 && CalendarConversion.GregorianYearProblem(year) is { } gregorian)
        {
            return Fail(new ParseError(
                next.Position,
                char.ToUpperInvariant(gregorian[0]) + gregorian[1..] + ".",
                ParseErrorCode.GregorianYear,
                next.Text,
                (year - 621).ToString(CultureInfo.InvariantCulture)));
        }

        _next++;
        return true;
    }

    /// <summary>Reads a month number 1–12 of one or two digits; <paramref name="fiscalStart"/> says whether it is a fiscal year's first month.</summary>
    private bool TryMonthNumber(bool fiscalStart, out int month)
    {
        month = 0;
        if (Peek() is not { Kind: Kind.Number } token)
        {
            return fiscalStart
                ? Fail(PositionOfNext, "Expected the fiscal year's first month after '@', e.g. 1404@07.", ParseErrorCode.ExpectedFiscalStart, "@")
                : Fail(PositionOfNext, "Expected a month number 1–12.", ParseErrorCode.ExpectedMonth, Peek()?.Text ?? string.Empty);
        }

        month = token.Text.Length <= 2 ? Value(token) : 0;
        if (month is < 1 or > 12)
        {
            return Fail(
                token.Position,
                fiscalStart
                    ? $"A fiscal year starts in a month numbered 1 to 12; found '{token.Text}'."
                    : $"Month {token.Text} does not exist; months are numbered 1 to 12 (01 = Farvardin … 12 = Esfand).",
                ParseErrorCode.MonthOutOfRange,
                token.Text);
        }

        _next++;
        return true;
    }

    /// <summary>Reads a date: <c>yyyy/MM/dd</c>, <c>yyyy-MM-dd</c> or <c>d MonthName yyyy</c>.</summary>
    private bool TryDate(out SolarHijriDate date, out int position)
    {
        date = default;
        position = PositionOfNext;
        int year;
        int month;
        Token dayToken;
        if (Peek() is { Kind: Kind.Number } first && first.Text.Length <= 2)
        {
            dayToken = first;
            _next++;
            if (Peek() is not { Kind: Kind.Word } monthWord || !TryMonthName(monthWord.Text, out month))
            {
                return Fail(PositionOfNext, "Expected a month name after the day, e.g. 25 آبان 1404.", ParseErrorCode.ExpectedDatePart, "month-name");
            }

            _next++;
            if (!TryYear(out year, out _))
            {
                return false;
            }
        }
        else
        {
            if (!TryYear(out year, out _))
            {
                return false;
            }

            if (!IsDateSeparator(Peek()))
            {
                return Fail(PositionOfNext, "Expected '/' and the month of a date, e.g. 1404/08/25.", ParseErrorCode.ExpectedDatePart, "month");
            }

            _next++;
            if (!TryMonthNumber(fiscalStart: false, out month))
            {
                return false;
            }

            if (!IsDateSeparator(Peek()))
            {
                return Fail(PositionOfNext, "Expected '/' and the day of a date, e.g. 1404/08/25.", ParseErrorCode.ExpectedDatePart, "day");
            }

            _next++;
            if (Peek() is not { Kind: Kind.Number } day)
            {
                return Fail(PositionOfNext, "Expected the day of the month, e.g. 1404/08/25.", ParseErrorCode.ExpectedDatePart, "day");
            }

            dayToken = day;
            _next++;
        }

        int dayNumber = dayToken.Text.Length <= 2 ? Value(dayToken) : 0;
        if (dayNumber < 1)
        {
            return Fail(
                dayToken.Position,
                $"A day of the month is a number from 1 to 31; found '{dayToken.Text}'.",
                ParseErrorCode.DayNotInMonth,
                Invariant(year),
                Invariant(month),
                dayToken.Text,
                Invariant(SolarHijriCalendar.DaysInMonthUnchecked(year, month)));
        }

        if (!SolarHijriDate.TryCreate(year, month, dayNumber, out date))
        {
            return Fail(
                dayToken.Position,
                SolarHijriDate.DescribeMissingDay(year, month, dayNumber),
                ParseErrorCode.DayNotInMonth,
                Invariant(year),
                Invariant(month),
                Invariant(dayNumber),
                Invariant(SolarHijriCalendar.DaysInMonthUnchecked(year, month)));
        }

        return true;
    }

    /// <summary>After a first date, reads an optional (or required) range separator and the last date.</summary>
    private bool TryRangeEnd(SolarHijriDate start, bool required, out ReportingPeriod period)
    {
        if (!IsRangeSeparator(Peek()))
        {
            period = ReportingPeriod.Day(start);
            return !required || Fail(PositionOfNext, "Expected 'تا' or '..' and the last day of the range, e.g. از 1404/08/25 تا 1404/09/10.", ParseErrorCode.ExpectedRangeEnd);
        }

        _next++;
        period = default;
        if (!TryDate(out SolarHijriDate end, out int endPosition))
        {
            return false;
        }

        if (end < start)
        {
            return Fail(endPosition, $"The range ends ({end}) before it starts ({start}).", ParseErrorCode.RangeReversed, end.ToString(), start.ToString());
        }

        period = ReportingPeriod.Custom(start, end);
        return true;
    }

    private readonly record struct Token(Kind Kind, int Position, string Text);
}
