using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Model;

namespace Coop.Domain.Eligibility.Batch;

/// <summary>Counts per outcome and money totals for one group of a registry evaluation (a county, a sector, or all).</summary>
public sealed class OutcomeSummary
{
    private readonly int[] _counts = new int[4];

    internal OutcomeSummary(string key) => Key = key;

    /// <summary>The group: a county code, a sector (kebab-case, <c>-</c> for rows without an application) or <c>total</c>.</summary>
    public string Key { get; }

    /// <summary>Decisions in the group.</summary>
    public int Count { get; private set; }

    /// <summary>Eligible decisions.</summary>
    public int Eligible => _counts[(int)PolicyOutcome.Eligible];

    /// <summary>Ineligible decisions.</summary>
    public int Ineligible => _counts[(int)PolicyOutcome.Ineligible];

    /// <summary>Incomplete decisions.</summary>
    public int Incomplete => _counts[(int)PolicyOutcome.Incomplete];

    /// <summary>Decisions that need review.</summary>
    public int NeedsReview => _counts[(int)PolicyOutcome.NeedsReview];

    /// <summary>The sum of the amounts requested by the group's applications, in rials.</summary>
    public Money Requested { get; private set; }

    /// <summary>The sum granted to the group under the budget, in rials (zero without a budget).</summary>
    public Money Funded { get; private set; }

    /// <summary>The number of decisions with an outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outcome"/> is not a defined value.</exception>
    public int CountOf(PolicyOutcome outcome)
    {
        if (!Enum.IsDefined(outcome))
        {
            throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome.");
        }

        return _counts[(int)outcome];
    }

    /// <summary>Counts one decision and its amount requested (streamed, in registry order).</summary>
    /// <exception cref="InvalidDataException">The amounts requested sum beyond the range of <see cref="Money"/> (names the line and field).</exception>
    internal void Add(RegistryDecisionRow row)
    {
        Count++;
        _counts[(int)row.Decision.Outcome]++;
        try
        {
            Requested += row.Applicant.AmountRequested ?? Money.Zero;
        }
        catch (OverflowException)
        {
            // A property of the input, not a bug: say which line's amount took the sum beyond Money's range.
            var sum = new RequestedSumOverflowException(row.Applicant.Line, (row.Applicant.ApplicationNumber ?? 1) - 1, Key);
            throw new InvalidDataException(sum.Message, sum);
        }
    }

    /// <summary>Adds a grant once the budget is allocated; grants sum to at most the budget, so the sum cannot overflow.</summary>
    internal void AddFunded(Money granted) => Funded += granted;

    /// <inheritdoc/>
    public override string ToString() => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"{Key}: {Count} ({Eligible} eligible, {Ineligible} ineligible, {Incomplete} incomplete, {NeedsReview} needs review)");
}
