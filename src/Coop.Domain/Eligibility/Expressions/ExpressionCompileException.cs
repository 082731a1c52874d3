namespace Coop.Domain.Eligibility.Expressions;

/// <summary>Thrown when an expression does not parse or type-check; <see cref="Error"/> says what and where.</summary>
public sealed class ExpressionCompileException : Exception
{
    /// <summary>Creates the exception for <paramref name="error"/>.</summary>
    /// <param name="error">The error.</param>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
    public ExpressionCompileException(ExpressionError error)
        : base((error ?? throw new ArgumentNullException(nameof(error))).ToString())
    {
        Error = error;
    }

    /// <summary>Creates the exception with a message only (kind <see cref="ExpressionErrorKind.Syntax"/>, column 1).</summary>
    /// <param name="message">The message.</param>
    public ExpressionCompileException(string message)
        : this(new ExpressionError(ExpressionErrorKind.Syntax, message, 1, 1))
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ExpressionCompileException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = new ExpressionError(ExpressionErrorKind.Syntax, message, 1, 1);
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public ExpressionCompileException()
        : this("The expression does not compile.")
    {
    }

    /// <summary>What is wrong and where.</summary>
    public ExpressionError Error { get; }
}
