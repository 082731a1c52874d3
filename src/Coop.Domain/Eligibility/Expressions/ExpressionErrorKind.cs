namespace Coop.Domain.Eligibility.Expressions;

/// <summary>What is wrong with an expression that does not compile.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<ExpressionErrorKind>))]
public enum ExpressionErrorKind
{
    /// <summary>The text does not follow the grammar (unexpected token, missing parenthesis...).</summary>
    Syntax,

    /// <summary>A string literal has no closing quote.</summary>
    UnterminatedString,

    /// <summary>A literal is malformed or out of range (a date that does not exist, a number too large).</summary>
    InvalidLiteral,

    /// <summary>A field path names no field of the schema.</summary>
    UnknownField,

    /// <summary>A call names no function of the function table.</summary>
    UnknownFunction,

    /// <summary>A <c>$name</c> names no declared parameter.</summary>
    UnknownParameter,

    /// <summary>A function is called with the wrong number of arguments.</summary>
    WrongArity,

    /// <summary>An operand or argument has the wrong type.</summary>
    TypeMismatch,

    /// <summary>The expression is longer than <see cref="ExpressionLimits.MaxLength"/>.</summary>
    TooLong,

    /// <summary>The expression nests deeper than <see cref="ExpressionLimits.MaxDepth"/>.</summary>
    TooDeep,

    /// <summary>The expression has more nodes than <see cref="ExpressionLimits.MaxNodes"/>.</summary>
    TooManyNodes,
}
