using Coop.Domain.Eligibility.Allocation;
using Coop.Domain.Model;
using Coop.Domain.Serialization;

namespace Coop.Domain.Eligibility.Batch;

/// <summary>How <see cref="RegistryEvaluator"/> evaluates a registry.</summary>
public sealed record RegistryEvaluationOptions
{
    /// <summary>The defaults: no budget, no trace, sequential.</summary>
    public static RegistryEvaluationOptions Default { get; } = new();

    /// <summary>The credit line to allocate among the eligible applications, in rials; null for a ranking without allocation.</summary>
    public Money? Budget { get; init; }

    /// <summary>What happens when the rest of the budget does not cover the next request; default <see cref="PartialFunding.FundRemainder"/>.</summary>
    public PartialFunding PartialFunding { get; init; }

    /// <summary>Trace and parallelism of the evaluations (<see cref="BatchOptions"/>).</summary>
    public BatchOptions Batch { get; init; } = BatchOptions.Default;

    /// <summary>Limits of the registry reader; null for <see cref="JsonLinesOptions.Default"/>.</summary>
    public JsonLinesOptions? Reader { get; init; }

    /// <summary>Told the number of cooperatives read so far, after each one (on the reading thread); null for none.</summary>
    public IProgress<long>? Progress { get; init; }
}
