namespace Coop.Domain.Eligibility.Expressions;

internal static class Errors
{
    /// <summary>An exception for a problem at the 0-based position <paramref name="start"/>.</summary>
    public static ExpressionCompileException At(ExpressionErrorKind kind, string message, int start, int length) =>
        new(new ExpressionError(kind, message, start + 1, Math.Max(1, length)));

    public static ExpressionCompileException At(ExpressionErrorKind kind, string message, SyntaxNode node) =>
        At(kind, message, node.Start, node.Length);
}
