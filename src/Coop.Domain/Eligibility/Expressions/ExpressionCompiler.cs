namespace Coop.Domain.Eligibility.Expressions;

/// <summary>
/// Parses, type-checks and compiles expressions of the closed expression language over a
/// <see cref="FactSchema{TRoot}"/> and a set of declared parameters. See <c>docs/expression-language.md</c>.
/// </summary>
/// <typeparam name="TRoot">The C# class that carries one evaluation's facts.</typeparam>
/// <remarks>
/// Compilation happens once; the result is a tree of pre-bound delegates that is immutable and safe to
/// evaluate from many threads at once. The compiler itself is also thread-safe.
/// </remarks>
public sealed class ExpressionCompiler<TRoot>
    where TRoot : class
{
    private readonly Dictionary<string, ParameterDeclaration> _parameters = new(StringComparer.Ordinal);

    /// <summary>Creates a compiler.</summary>
    /// <param name="schema">The facts expressions may read.</param>
    /// <param name="parameters">The parameters expressions may look up (none when null).</param>
    /// <param name="limits">Size limits (<see cref="ExpressionLimits.Default"/> when null).</param>
    /// <exception cref="ArgumentNullException"><paramref name="schema"/> is null.</exception>
    /// <exception cref="ArgumentException">Two parameters have the same name.</exception>
    public ExpressionCompiler(FactSchema<TRoot> schema, IEnumerable<ParameterDeclaration>? parameters = null, ExpressionLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
        Limits = limits ?? ExpressionLimits.Default;
        foreach (ParameterDeclaration parameter in parameters ?? [])
        {
            ArgumentNullException.ThrowIfNull(parameter, nameof(parameters));
            if (!_parameters.TryAdd(parameter.Name, parameter))
            {
                throw new ArgumentException($"The parameter '{parameter.Name}' is declared twice.", nameof(parameters));
            }
        }
    }

    /// <summary>The schema expressions are checked against.</summary>
    public FactSchema<TRoot> Schema { get; }

    /// <summary>The size limits.</summary>
    public ExpressionLimits Limits { get; }

    /// <summary>Parses and type-checks <paramref name="text"/> and returns its type, without compiling it.</summary>
    /// <param name="text">The expression.</param>
    /// <returns>The expression's type.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ExpressionCompileException">The expression does not parse or type-check; the error names the column.</exception>
    public FactType Check(string text) => Bind(text).Type;

    /// <summary>Compiles a condition (a Boolean expression, e.g. a rule's <c>when</c> or <c>check</c>).</summary>
    /// <param name="text">The expression.</param>
    /// <returns>The compiled condition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ExpressionCompileException">The expression does not parse or type-check, or is not Boolean.</exception>
    public CompiledCondition<TRoot> CompileCondition(string text)
    {
        BoundNode bound = Bind(text);
        if (bound.Type.Kind != FactTypeKind.Boolean)
        {
            throw Errors.At(ExpressionErrorKind.TypeMismatch, $"a condition must be a Boolean, but this expression is a {bound.Type}", bound.Syntax);
        }

        return new CompiledCondition<TRoot>(text, bound);
    }

    /// <summary>Compiles a condition, reporting failure as a value instead of an exception.</summary>
    /// <param name="text">The expression.</param>
    /// <param name="condition">The compiled condition, on success.</param>
    /// <param name="error">What is wrong and where, on failure.</param>
    /// <returns>Whether the expression compiled.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public bool TryCompileCondition(
        string text,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CompiledCondition<TRoot>? condition,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out ExpressionError? error)
    {
        try
        {
            condition = CompileCondition(text);
            error = null;
            return true;
        }
        catch (ExpressionCompileException e)
        {
            condition = null;
            error = e.Error;
            return false;
        }
    }

    /// <summary>Compiles an expression of any scalar type (for observed values in messages, scores...).</summary>
    /// <param name="text">The expression.</param>
    /// <returns>The compiled expression.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ExpressionCompileException">The expression does not parse or type-check, or is a record or collection.</exception>
    public CompiledExpression<TRoot> Compile(string text)
    {
        BoundNode bound = Bind(text);
        if (!bound.Type.IsScalar)
        {
            throw Errors.At(ExpressionErrorKind.TypeMismatch, $"an expression must give a single value, but this one is a {bound.Type}", bound.Syntax);
        }

        return new CompiledExpression<TRoot>(text, bound);
    }

    private BoundNode Bind(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        SyntaxNode syntax = Parser.Parse(text, Limits);
        return new Binder(text, Schema.Root, _parameters).Bind(syntax);
    }
}
