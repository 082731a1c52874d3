using System.Globalization;
using System.Text;
using Coop.Domain.Calendar;
using Coop.Domain.Text;

namespace Coop.Domain.Eligibility.Expressions;

/// <summary>Splits expression text into tokens. Persian and Arabic-Indic digits count as digits.</summary>
internal sealed class Lexer
{
    private readonly string _text;
    private int _pos;

    public Lexer(string text) => _text = text;

    public static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

    public static bool IsIdentifierPart(char c) => char.IsLetter(c) || c == '_' || char.IsAsciiDigit(c) || IsPersianDigit(c);

    public static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || !IsIdentifierStart(name[0]))
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!IsIdentifierPart(c))
            {
                return false;
            }
        }

        return true;
    }

    public List<Token> Tokenize()
    {
        var tokens = new List<Token>();
        while (true)
        {
            Token token = Next();
            tokens.Add(token);
            if (token.Kind == TokenKind.End)
            {
                return tokens;
            }
        }
    }

    private static bool IsPersianDigit(char c) => c is (>= '\u06F0' and <= '\u06F9') or (>= '\u0660' and <= '\u0669');

    private static bool IsDigit(char c) => char.IsAsciiDigit(c) || IsPersianDigit(c);

    private char Peek(int ahead = 0) => _pos + ahead < _text.Length ? _text[_pos + ahead] : '\0';

    private Token Next()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }

        int start = _pos;
        if (_pos >= _text.Length)
        {
            return new Token(TokenKind.End, _pos, 0);
        }

        char c = _text[_pos];
        if (IsDigit(c))
        {
            return Number();
        }

        if (IsIdentifierStart(c))
        {
            return Word();
        }

        switch (c)
        {
            case '\'':
            case '"':
                return Quoted(c);
            case '@':
                return DateLiteral();
            case '$':
                _pos++;
                if (!IsIdentifierStart(Peek()))
                {
                    throw Errors.At(ExpressionErrorKind.Syntax, "'$' must be followed by a parameter name, e.g. $minimumMembers", start, 1);
                }

                Token name = Word();
                return new Token(TokenKind.Parameter, start, name.End - start, _text[(start + 1)..name.End]);
            case '(': return Single(TokenKind.LeftParen);
            case ')': return Single(TokenKind.RightParen);
            case '[': return Single(TokenKind.LeftBracket);
            case ']': return Single(TokenKind.RightBracket);
            case ',': return Single(TokenKind.Comma);
            case '.': return Single(TokenKind.Dot);
            case ':': return Single(TokenKind.Colon);
            case '+': return Single(TokenKind.Plus);
            case '-': return Single(TokenKind.Minus);
            case '*': return Single(TokenKind.Star);
            case '/': return Single(TokenKind.Slash);
            case '=':
                return Peek(1) == '=' ? Double(TokenKind.Equal) : Single(TokenKind.Equal);
            case '!':
                if (Peek(1) == '=')
                {
                    return Double(TokenKind.NotEqual);
                }

                throw Errors.At(ExpressionErrorKind.Syntax, "unexpected '!': write 'not' for negation or '!=' for inequality", start, 1);
            case '<':
                return Peek(1) switch
                {
                    '=' => Double(TokenKind.LessOrEqual),
                    '>' => Double(TokenKind.NotEqual),
                    _ => Single(TokenKind.Less),
                };
            case '>':
                return Peek(1) == '=' ? Double(TokenKind.GreaterOrEqual) : Single(TokenKind.Greater);
            default:
                throw Errors.At(ExpressionErrorKind.Syntax, $"unexpected character '{c}'", start, 1);
        }
    }

    private Token Single(TokenKind kind) => new(kind, _pos++, 1);

    private Token Double(TokenKind kind)
    {
        _pos += 2;
        return new(kind, _pos - 2, 2);
    }

    private Token Word()
    {
        int start = _pos;
        while (_pos < _text.Length && IsIdentifierPart(_text[_pos]))
        {
            _pos++;
        }

        string word = _text[start.._pos];
        TokenKind kind = word.ToUpperInvariant() switch
        {
            "AND" => TokenKind.And,
            "OR" => TokenKind.Or,
            "NOT" => TokenKind.Not,
            "IN" => TokenKind.In,
            "BETWEEN" => TokenKind.Between,
            "WHERE" => TokenKind.Where,
            "TRUE" => TokenKind.True,
            "FALSE" => TokenKind.False,
            _ => TokenKind.Identifier,
        };
        return new Token(kind, start, _pos - start, word);
    }

    private Token Number()
    {
        int start = _pos;
        var digits = new StringBuilder();
        bool isDecimal = false;
        bool lastWasDigit = false;
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (IsDigit(c))
            {
                digits.Append(PersianText.NormalizeChar(c));
                lastWasDigit = true;
            }
            else if (c == '_' && lastWasDigit && _pos + 1 < _text.Length && IsDigit(_text[_pos + 1]))
            {
                lastWasDigit = false;
            }
            else if (c == '.' && !isDecimal && lastWasDigit && _pos + 1 < _text.Length && IsDigit(_text[_pos + 1]))
            {
                isDecimal = true;
                digits.Append('.');
                lastWasDigit = false;
            }
            else
            {
                break;
            }

            _pos++;
        }

        if (_pos < _text.Length && IsIdentifierStart(_text[_pos]) && _text[_pos] != '_' && !char.IsWhiteSpace(_text[_pos]))
        {
            // "30days" reads better as "30 days"; a letter glued to a number is almost always a typo.
            int end = _pos;
            while (end < _text.Length && IsIdentifierPart(_text[end]))
            {
                end++;
            }

            throw Errors.At(ExpressionErrorKind.InvalidLiteral, $"malformed number '{_text[start..end]}': put a space between a number and its unit", start, end - start);
        }

        string s = digits.ToString();
        if (isDecimal)
        {
            if (!decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal d))
            {
                throw Errors.At(ExpressionErrorKind.InvalidLiteral, $"the number {s} is too large", start, _pos - start);
            }

            return new Token(TokenKind.Decimal, start, _pos - start, s, Decimal: d);
        }

        if (!long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out long n))
        {
            throw Errors.At(ExpressionErrorKind.InvalidLiteral, $"the integer {s} is too large (the largest is {long.MaxValue})", start, _pos - start);
        }

        return new Token(TokenKind.Integer, start, _pos - start, s, Integer: n);
    }

    private Token Quoted(char quote)
    {
        int start = _pos++;
        var value = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length || _text[_pos] is '\n' or '\r')
            {
                throw Errors.At(ExpressionErrorKind.UnterminatedString, $"unterminated string: the {(quote == '\'' ? "'" : "\"")} opened here is never closed", start, 1);
            }

            char c = _text[_pos++];
            if (c == quote)
            {
                if (Peek() == quote)
                {
                    // A doubled quote stands for one quote character, as in SQL: 'Ali''s'.
                    value.Append(quote);
                    _pos++;
                    continue;
                }

                return new Token(TokenKind.String, start, _pos - start, value.ToString());
            }

            value.Append(c);
        }
    }

    private Token DateLiteral()
    {
        int start = _pos++;
        int[] parts = new int[3];
        for (int i = 0; i < 3; i++)
        {
            int partStart = _pos;
            int n = 0;
            while (_pos < _text.Length && IsDigit(_text[_pos]) && _pos - partStart < 4)
            {
                n = (n * 10) + (PersianText.NormalizeChar(_text[_pos]) - '0');
                _pos++;
            }

            bool lengthOk = i == 0 ? _pos - partStart == 4 : _pos - partStart is 1 or 2;
            if (!lengthOk || (i < 2 && Peek() is not ('/' or '-')))
            {
                throw Errors.At(ExpressionErrorKind.InvalidLiteral, "a date is written @yyyy/mm/dd, e.g. @1404/01/01", start, Math.Max(1, _pos - start));
            }

            parts[i] = n;
            if (i < 2)
            {
                _pos++;
            }
        }

        if (IsDigit(Peek()))
        {
            throw Errors.At(ExpressionErrorKind.InvalidLiteral, "a date is written @yyyy/mm/dd, e.g. @1404/01/01", start, _pos - start + 1);
        }

        try
        {
            var date = new SolarHijriDate(parts[0], parts[1], parts[2]);
            return new Token(TokenKind.Date, start, _pos - start, Date: date);
        }
        catch (ArgumentOutOfRangeException e)
        {
            string reason = e.Message.Split(" (Parameter", 2)[0];
            throw Errors.At(ExpressionErrorKind.InvalidLiteral, "invalid date: " + reason, start, _pos - start);
        }
    }
}
