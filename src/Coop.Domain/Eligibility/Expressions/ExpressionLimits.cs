namespace Coop.Domain.Eligibility.Expressions;

/// <summary>
/// Size limits an expression must respect to be compiled, so that hostile or broken input (e.g. ten
/// thousand nested parentheses) ends with an error, never a stack overflow or a hang.
/// </summary>
public sealed record ExpressionLimits
{
    /// <summary>The default limits: 10,000 characters, depth 100, 2,000 nodes.</summary>
    public static ExpressionLimits Default { get; } = new();

    /// <summary>The longest accepted expression, in characters (default 10,000).</summary>
    public int MaxLength { get; init; } = 10_000;

    /// <summary>The deepest accepted nesting of sub-expressions (default 100).</summary>
    public int MaxDepth { get; init; } = 100;

    /// <summary>The most syntax nodes accepted in one expression (default 2,000).</summary>
    public int MaxNodes { get; init; } = 2_000;
}
