namespace Coop.Domain.Model;

/// <summary>
/// Thrown when a cooperative (or a share ledger) is built from data that breaks its invariants. It carries
/// <b>every</b> violation found, not only the first.
/// </summary>
public sealed class ModelValidationException : Exception
{
    /// <summary>Creates the exception from the violations found.</summary>
    /// <param name="violations">The violations; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="violations"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="violations"/> is empty.</exception>
    public ModelValidationException(IEnumerable<ModelViolation> violations)
        : this(Materialise(violations))
    {
    }

    /// <summary>Creates the exception with a message and no violations list; prefer the list constructor.</summary>
    public ModelValidationException()
        : this("The model is invalid.")
    {
    }

    /// <summary>Creates the exception with a message and no violations list; prefer the list constructor.</summary>
    /// <param name="message">The message.</param>
    public ModelValidationException(string message)
        : base(message)
    {
        Violations = [];
    }

    /// <summary>Creates the exception with a message and an inner exception; prefer the list constructor.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ModelValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Violations = [];
    }

    private ModelValidationException(ModelViolation[] violations)
        : base(Describe(violations))
    {
        Violations = violations;
    }

    /// <summary>Every violation found, in the order the model was checked.</summary>
    public IReadOnlyList<ModelViolation> Violations { get; }

    private static ModelViolation[] Materialise(IEnumerable<ModelViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        ModelViolation[] list = violations.ToArray();
        return list.Length == 0
            ? throw new ArgumentException("A validation exception needs at least one violation.", nameof(violations))
            : list;
    }

    private static string Describe(ModelViolation[] violations) =>
        $"The model breaks {violations.Length} invariant{(violations.Length == 1 ? string.Empty : "s")}:"
        + string.Concat(violations.Select(v => Environment.NewLine + "  - " + v));
}
