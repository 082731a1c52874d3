namespace Coop.Domain.Eligibility.Expressions;

/// <summary>
/// The typed facts an expression can read: the fields of a root record type (e.g. <c>cooperative</c>,
/// <c>application</c>) plus the built-in <c>asOf</c>, the evaluation date.
/// </summary>
/// <typeparam name="TRoot">The C# class that carries one evaluation's facts.</typeparam>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class FactSchema<TRoot>
    where TRoot : class
{
    /// <summary>The name of the built-in Date fact that holds the evaluation date.</summary>
    public const string AsOfName = "asOf";

    /// <summary>Creates a schema over a root record type.</summary>
    /// <param name="root">The root record type; its fields are the top-level names of expressions.</param>
    /// <exception cref="ArgumentNullException"><paramref name="root"/> is null.</exception>
    /// <exception cref="ArgumentException">The root has a field named <c>asOf</c>, which is reserved.</exception>
    public FactSchema(RecordType<TRoot> root)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (root.TryGetField(AsOfName, out _))
        {
            throw new ArgumentException($"The root record type {root.Name} may not have a field named '{AsOfName}': it is the evaluation date.", nameof(root));
        }

        Root = root;
    }

    /// <summary>The root record type.</summary>
    public RecordType<TRoot> Root { get; }

    /// <summary>
    /// Whether the facts this schema reads never change once built, and its accessors read nothing else (true for
    /// <c>CoopFactSchema.Instance</c> over the immutable <c>EligibilityFacts</c>; false by default). Over such facts a
    /// decision keeps a reference to the facts and the statuses of its rules, and finds what its failed rules observed
    /// and required (and the missing fact or error of the others) when its rules are first read, so an evaluation costs little more than its
    /// outcome; otherwise every result is built during the evaluation. Set it only when it holds: over facts that
    /// change after the evaluation, a decision read later would report values the outcome was not decided on.
    /// </summary>
    public bool FactsAreImmutable { get; init; }
}
