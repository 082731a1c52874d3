using System.Globalization;
using Coop.Domain.Text;

namespace Coop.Domain.Calendar;

/// <summary>
/// The year, month and day read from a date as people type it, before any calendar checks them, with
/// the position of each part in the original text so that errors can point at it.
/// </summary>
internal readonly record struct DateParts(
    int Year, int Month, int Day, int YearAt, int MonthAt, int DayAt, bool MonthNamed);

/// <summary>A reason the text is not a date, and the 0-based index in the original text it refers to.</summary>
internal readonly record struct DateTextError(string Message, int Position);

/// <summary>
/// Reads the shape of a date: <c>1404/08/25</c>, <c>1404-8-25</c>, <c>25 آبان 1404</c>, <c>1404 Aban 25</c>,
/// <c>Aban 25, 1404</c>. Digits are normalised character by character with
/// <see cref="PersianText.NormalizeChar(char)"/> (which keeps every index where it was), so positions
/// in errors are positions in the caller's text. Nothing is allocated unless the text is rejected.
/// </summary>
internal static class DateText
{
    private const int MaxDigits = 9; // enough for any value we report; more digits are counted, not summed

    private static readonly (string Name, int Month)[] s_monthNames =
    [
        ("فروردین", 1), ("اردیبهشت", 2), ("خرداد", 3), ("تیر", 4), ("مرداد", 5), ("امرداد", 5),
        ("شهریور", 6), ("مهر", 7), ("آبان", 8), ("ابان", 8), ("آذر", 9), ("اذر", 9), ("دی", 10),
        ("بهمن", 11), ("اسفند", 12),
        ("farvardin", 1), ("ordibehesht", 2), ("khordad", 3), ("tir", 4), ("mordad", 5), ("amordad", 5),
        ("shahrivar", 6), ("mehr", 7), ("aban", 8), ("abaan", 8), ("azar", 9), ("dey", 10), ("dei", 10),
        ("bahman", 11), ("esfand", 12),
    ];

    /// <summary>Reads the parts of a date, or says what is wrong and where.</summary>
    internal static bool TryRead(ReadOnlySpan<char> text, out DateParts parts, out DateTextError error)
    {
        if (TryReadCanonical(text, out parts))
        {
            error = default;
            return true;
        }

        var scanner = new Scanner(text);
        Token first = scanner.Next();
        if (first.Kind == TokenKind.End)
        {
            error = new("the input is empty", 0);
            return false;
        }

        bool ok = first.Kind switch
        {
            TokenKind.Number => scanner.Peek().Kind == TokenKind.Word
                ? TryReadNumberFirstNamed(text, ref scanner, first, out parts, out error)
                : TryReadNumeric(text, ref scanner, first, out parts, out error),
            TokenKind.Word => TryReadMonthFirst(text, ref scanner, first, out parts, out error),
            _ => Fail(Unexpected(text, first), out error),
        };
        if (!ok)
        {
            return false;
        }

        Token rest = scanner.Next();
        if (rest.Kind != TokenKind.End)
        {
            return Fail(Unexpected(text, rest), out error);
        }

        error = default;
        return true;
    }

    /// <summary>
    /// The machine forms <c>yyyy/MM/dd</c> and <c>yyyy-MM-dd</c> in ASCII digits, read without the tokenizer;
    /// any other shape goes the general way, which reads these to the same parts (a property test checks).
    /// </summary>
    private static bool TryReadCanonical(ReadOnlySpan<char> text, out DateParts parts)
    {
        parts = default;
        if (text.Length != 10 || (text[4] != '/' && text[4] != '-') || text[7] != text[4])
        {
            return false;
        }

        uint y0 = (uint)(text[0] - '0'), y1 = (uint)(text[1] - '0'), y2 = (uint)(text[2] - '0'), y3 = (uint)(text[3] - '0');
        uint m0 = (uint)(text[5] - '0'), m1 = (uint)(text[6] - '0'), d0 = (uint)(text[8] - '0'), d1 = (uint)(text[9] - '0');
        if ((y0 > 9) | (y1 > 9) | (y2 > 9) | (y3 > 9) | (m0 > 9) | (m1 > 9) | (d0 > 9) | (d1 > 9))
        {
            return false;
        }

        parts = new DateParts(
            (int)((y0 * 1000) + (y1 * 100) + (y2 * 10) + y3), (int)((m0 * 10) + m1), (int)((d0 * 10) + d1), 0, 5, 8, MonthNamed: false);
        return true;
    }

    /// <summary>1404/08/25 or 1404-8-25: year first, the same separator twice.</summary>
    private static bool TryReadNumeric(ReadOnlySpan<char> text, ref Scanner scanner, Token year, out DateParts parts, out DateTextError error)
    {
        parts = default;
        Token sep1 = scanner.Next();
        if (sep1.Kind != TokenKind.Separator)
        {
            return Fail(sep1.Kind == TokenKind.End ? Incomplete(sep1, "'/' and the month") : Unexpected(text, sep1), out error);
        }

        Token month = scanner.Next();
        if (month.Kind != TokenKind.Number)
        {
            return Fail(month.Kind == TokenKind.End ? Incomplete(month, "the month") : Unexpected(text, month), out error);
        }

        Token sep2 = scanner.Next();
        if (sep2.Kind != TokenKind.Separator)
        {
            return Fail(sep2.Kind == TokenKind.End ? Incomplete(sep2, $"'{text[sep1.Start]}' and the day") : Unexpected(text, sep2), out error);
        }

        if (text[sep2.Start] != text[sep1.Start])
        {
            return Fail(new(string.Create(CultureInfo.InvariantCulture, $"separator '{text[sep2.Start]}' at position {sep2.Start} differs from the first separator '{text[sep1.Start]}'"), sep2.Start), out error);
        }

        Token day = scanner.Next();
        if (day.Kind != TokenKind.Number)
        {
            return Fail(day.Kind == TokenKind.End ? Incomplete(day, "the day") : Unexpected(text, day), out error);
        }

        if (year.Digits <= 2 && day.Digits == 4)
        {
            string suggestion = string.Create(
                CultureInfo.InvariantCulture,
                $"{day.Value:D4}{text[sep1.Start]}{month.Value:D2}{text[sep1.Start]}{year.Value:D2}");
            return Fail(new($"a numeric date is written year first (yyyy/MM/dd): did you mean {suggestion}?", year.Start), out error);
        }

        return TryBuild(text, year, month, day, monthNamed: false, out parts, out error);
    }

    /// <summary>25 آبان 1404 (day first) or 1404 آبان 25 (year first), optionally with ماه after the month.</summary>
    private static bool TryReadNumberFirstNamed(ReadOnlySpan<char> text, ref Scanner scanner, Token first, out DateParts parts, out DateTextError error)
    {
        parts = default;
        Token name = scanner.Next();
        if (!TryMonth(text, name, out Token month, out error))
        {
            return false;
        }

        SkipMonthWord(text, ref scanner);
        scanner.SkipComma();
        Token last = scanner.Next();
        if (last.Kind != TokenKind.Number)
        {
            return Fail(last.Kind == TokenKind.End ? Incomplete(last, first.Digits >= 3 ? "the day" : "the year") : Unexpected(text, last), out error);
        }

        return first.Digits >= 3
            ? TryBuild(text, first, month, last, monthNamed: true, out parts, out error)
            : TryBuild(text, last, month, first, monthNamed: true, out parts, out error);
    }

    /// <summary>Aban 25, 1404 or آبان ۲۵ ۱۴۰۴: month, day, year.</summary>
    private static bool TryReadMonthFirst(ReadOnlySpan<char> text, ref Scanner scanner, Token name, out DateParts parts, out DateTextError error)
    {
        parts = default;
        if (!TryMonth(text, name, out Token month, out error))
        {
            return false;
        }

        SkipMonthWord(text, ref scanner);
        Token day = scanner.Next();
        if (day.Kind != TokenKind.Number)
        {
            return Fail(day.Kind == TokenKind.End ? Incomplete(day, "the day") : Unexpected(text, day), out error);
        }

        scanner.SkipComma();
        Token year = scanner.Next();
        if (year.Kind != TokenKind.Number)
        {
            return Fail(year.Kind == TokenKind.End ? Incomplete(year, "the year") : Unexpected(text, year), out error);
        }

        return TryBuild(text, year, month, day, monthNamed: true, out parts, out error);
    }

    private static bool TryBuild(ReadOnlySpan<char> text, Token year, Token month, Token day, bool monthNamed, out DateParts parts, out DateTextError error)
    {
        parts = default;
        if (year.Digits < 4)
        {
            return Fail(new(
                string.Create(CultureInfo.InvariantCulture, $"year '{text.Slice(year.Start, year.Length)}' has {year.Digits} digit{(year.Digits == 1 ? "" : "s")}: write the full year (e.g. 1404); short years are not guessed"),
                year.Start), out error);
        }

        if (year.Digits > 4)
        {
            return Fail(new($"year '{text.Slice(year.Start, year.Length)}' has more than four digits", year.Start), out error);
        }

        if (month.Digits > 2)
        {
            return Fail(new($"month '{text.Slice(month.Start, month.Length)}' has more than two digits", month.Start), out error);
        }

        if (day.Digits > 2)
        {
            return Fail(new($"day '{text.Slice(day.Start, day.Length)}' has more than two digits", day.Start), out error);
        }

        parts = new DateParts(year.Value, month.Value, day.Value, year.Start, month.Start, day.Start, monthNamed);
        error = default;
        return true;
    }

    private static bool TryMonth(ReadOnlySpan<char> text, Token name, out Token month, out DateTextError error)
    {
        month = name;
        if (name.Kind != TokenKind.Word)
        {
            return Fail(name.Kind == TokenKind.End ? Incomplete(name, "the month") : Unexpected(text, name), out error);
        }

        int number = MonthOf(text.Slice(name.Start, name.Length));
        if (number == 0)
        {
            return Fail(new(
                string.Create(CultureInfo.InvariantCulture, $"'{text.Slice(name.Start, name.Length)}' at position {name.Start} is not a month name (Farvardin … Esfand, فروردین … اسفند)"),
                name.Start), out error);
        }

        month = name with { Value = number, Digits = 1 }; // one "digit", so the digit-count checks let it pass
        error = default;
        return true;
    }

    /// <summary>Skips the word ماه ("month") that formal Persian puts after a month name: ۲۵ آبان‌ماه ۱۴۰۴.</summary>
    private static void SkipMonthWord(ReadOnlySpan<char> text, ref Scanner scanner)
    {
        Token next = scanner.Peek();
        if (next.Kind == TokenKind.Word && text.Slice(next.Start, next.Length).SequenceEqual("ماه"))
        {
            scanner.Next();
        }
    }

    /// <summary>The month a name denotes (Persian after ي/ك normalisation, or Latin in any case), or 0.</summary>
    internal static int MonthOf(ReadOnlySpan<char> word)
    {
        foreach (var (name, month) in s_monthNames)
        {
            if (name.Length != word.Length)
            {
                continue;
            }

            int i = 0;
            while (i < word.Length && Fold(word[i]) == name[i])
            {
                i++;
            }

            if (i == word.Length)
            {
                return month;
            }
        }

        return 0;
    }

    private static char Fold(char c) => c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : PersianText.NormalizeChar(c);

    private static bool Fail(DateTextError reason, out DateTextError error)
    {
        error = reason;
        return false;
    }

    private static DateTextError Unexpected(ReadOnlySpan<char> text, Token token) =>
        new(string.Create(CultureInfo.InvariantCulture, $"unexpected character '{text[token.Start]}' at position {token.Start}"), token.Start);

    private static DateTextError Incomplete(Token end, string expected) =>
        new(string.Create(CultureInfo.InvariantCulture, $"the date ends at position {end.Start}: expected {expected}"), end.Start);

    private enum TokenKind
    {
        End,
        Number,
        Word,
        Separator,
        Comma,
        Other,
    }

    private readonly record struct Token(TokenKind Kind, int Start, int Length, int Value, int Digits);

    /// <summary>Splits the text into numbers, words, separators and commas; skips spaces and invisible marks.</summary>
    private ref struct Scanner(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _at;
        private Token _peeked;
        private int _afterPeeked = -1; // where the peeked token ends; -1 when nothing is peeked

        public Token Peek()
        {
            if (_afterPeeked < 0)
            {
                int saved = _at;
                _peeked = Scan();
                _afterPeeked = _at;
                _at = saved;
            }

            return _peeked;
        }

        public Token Next()
        {
            if (_afterPeeked < 0)
            {
                return Scan();
            }

            _at = _afterPeeked;
            _afterPeeked = -1;
            return _peeked;
        }

        public void SkipComma()
        {
            if (Peek().Kind == TokenKind.Comma)
            {
                Next();
            }
        }

        private Token Scan()
        {
            ReadOnlySpan<char> text = _text;
            while (_at < text.Length && IsSpace(text[_at]))
            {
                _at++;
            }

            int start = _at;
            if (start == text.Length)
            {
                return new Token(TokenKind.End, start, 0, 0, 0);
            }

            char c = PersianText.NormalizeChar(text[start]);
            if (c is >= '0' and <= '9')
            {
                int value = 0;
                while (_at < text.Length && PersianText.NormalizeChar(text[_at]) is var d && d is >= '0' and <= '9')
                {
                    if (_at - start < MaxDigits)
                    {
                        value = (value * 10) + (d - '0');
                    }

                    _at++;
                }

                return new Token(TokenKind.Number, start, _at - start, value, _at - start);
            }

            if (char.IsLetter(c))
            {
                while (_at < text.Length && char.IsLetter(text[_at]))
                {
                    _at++;
                }

                return new Token(TokenKind.Word, start, _at - start, 0, 0);
            }

            _at++;
            TokenKind kind = c switch
            {
                '/' or '-' => TokenKind.Separator,
                ',' or '،' => TokenKind.Comma,
                _ => TokenKind.Other,
            };
            return new Token(kind, start, 1, 0, 0);
        }

        // White space, and the invisible marks that Persian text copied from documents and web pages
        // carries: ZWNJ/ZWJ, left-to-right and right-to-left marks, the Arabic letter mark, a BOM.
        private static bool IsSpace(char c) =>
            char.IsWhiteSpace(c) || c is '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u061C' or '\uFEFF';
    }
}
