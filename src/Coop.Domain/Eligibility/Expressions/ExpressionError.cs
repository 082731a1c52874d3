using System.Globalization;

namespace Coop.Domain.Eligibility.Expressions;

/// <summary>Why an expression does not compile, and where.</summary>
/// <param name="Kind">The kind of error.</param>
/// <param name="Message">A message for the author, e.g. <c>unknown field cooperative.memberz — did you mean members?</c>.</param>
/// <param name="Column">The 1-based column (character position) in the expression where the problem starts.</param>
/// <param name="Length">How many characters the problem spans (at least 1).</param>
public sealed record ExpressionError(ExpressionErrorKind Kind, string Message, int Column, int Length)
{
    /// <summary><c>column 12: message</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"column {Column}: {Message}");
}
