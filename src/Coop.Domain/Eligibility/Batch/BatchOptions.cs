namespace Coop.Domain.Eligibility.Batch;

/// <summary>How a batch of applicants is evaluated (<see cref="BatchEvaluation"/>).</summary>
public sealed record BatchOptions
{
    /// <summary>The largest accepted <see cref="MaxDegreeOfParallelism"/>.</summary>
    public const int MaxParallelism = 256;

    /// <summary>The defaults: sequential, no trace.</summary>
    public static BatchOptions Default { get; } = new();

    /// <summary>Whether every decision records its trace (slower; allocates). Default false.</summary>
    public bool Trace { get; init; }

    /// <summary>
    /// How many applicants may be evaluated at the same time, 1 to <see cref="MaxParallelism"/>; default 1 (sequential,
    /// on the caller's thread). Whatever the value, decisions come out in input order and equal the sequential ones.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1 or above <see cref="MaxParallelism"/>.</exception>
    public int MaxDegreeOfParallelism
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxParallelism);
            field = value;
        }
    }

    = 1;
}
