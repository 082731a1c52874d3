using Coop.Domain.Calendar;

namespace Coop.Domain.Eligibility.Expressions;

internal enum TokenKind
{
    End,
    Integer,
    Decimal,
    String,
    Date,
    Identifier,
    Parameter,
    LeftParen,
    RightParen,
    LeftBracket,
    RightBracket,
    Comma,
    Dot,
    Colon,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Plus,
    Minus,
    Star,
    Slash,
    And,
    Or,
    Not,
    In,
    Between,
    Where,
    True,
    False,
}

/// <summary>One token: kind, 0-based start and length in the source, and its literal value if any.</summary>
internal readonly record struct Token(TokenKind Kind, int Start, int Length, string? Text = null, long Integer = 0, decimal Decimal = 0m, SolarHijriDate Date = default)
{
    public int End => Start + Length;
}
