using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Eligibility.Batch;

/// <summary>One item of a batch with its decision (<see cref="BatchEvaluation.EvaluateMany{TItem, TRoot}"/>).</summary>
/// <typeparam name="TItem">The item type.</typeparam>
/// <param name="Item">The item.</param>
/// <param name="Decision">The item's decision.</param>
public readonly record struct BatchResult<TItem>(TItem Item, Decision Decision);
