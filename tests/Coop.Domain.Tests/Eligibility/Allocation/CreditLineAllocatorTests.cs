using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Allocation;
using Coop.Domain.Model;
using CsCheck;

namespace Coop.Domain.Tests.Eligibility.Allocation;

public class CreditLineAllocatorTests
{
    private static Money R(long rials) => Money.FromRials(rials);

    private static AllocationApplicant A(string id, decimal score, long requested, int day = 1) =>
        new(id, score, R(requested), new SolarHijriDate(1404, 7, day));

    private static string Ids(CreditLineAllocation a) => string.Join(",", a.Results.Select(r => r.Applicant.Id));

    [Fact]
    public void Applicants_are_ranked_by_score_descending_and_funded_in_order()
    {
        CreditLineAllocation a = CreditLineAllocator.Allocate(R(1_000), [A("c", 50, 300), A("a", 90, 400), A("b", 70, 200)]);
        Assert.Equal("a,b,c", Ids(a));
        Assert.Equal([1, 2, 3], a.Results.Select(r => r.Rank));
        Assert.All(a.Results, r => Assert.Equal(AllocationOutcome.Funded, r.Outcome));
        Assert.Equal([R(600), R(400), R(100)], a.Results.Select(r => r.RemainingBudget));
        Assert.Equal(R(900), a.TotalGranted);
        Assert.Equal(R(100), a.RemainingBudget);
    }

    [Fact]
    public void Ties_are_broken_by_earlier_application_then_by_id()
    {
        CreditLineAllocation a = CreditLineAllocator.Allocate(R(0),
            [A("z", 80, 10, day: 2), A("y", 80, 10, day: 1), A("b", 80, 10, day: 3), A("a", 80, 10, day: 3), A("top", 81, 10, day: 9)]);
        Assert.Equal("top,y,z,a,b", Ids(a));
    }

    [Fact]
    public void The_result_does_not_depend_on_input_order()
    {
        AllocationApplicant[] applicants = [A("a", 5, 100), A("b", 5, 100), A("c", 7, 50), A("d", 1, 1)];
        string first = Ids(CreditLineAllocator.Allocate(R(170), applicants));
        Assert.Equal(first, Ids(CreditLineAllocator.Allocate(R(170), applicants.Reverse())));
        Assert.Equal("c,a,b,d", first);
    }

    [Fact]
    public void By_default_the_remainder_goes_to_the_next_applicant_and_the_rest_wait()
    {
        CreditLineAllocation a = CreditLineAllocator.Allocate(R(500), [A("a", 3, 300), A("b", 2, 300), A("c", 1, 100)]);
        Assert.Equal(PartialFunding.FundRemainder, a.PartialFunding);
        Assert.Equal([AllocationOutcome.Funded, AllocationOutcome.PartlyFunded, AllocationOutcome.Waiting], a.Results.Select(r => r.Outcome));
        Assert.Equal([R(300), R(200), R(0)], a.Results.Select(r => r.Granted));
        Assert.Equal([R(200), R(0), R(0)], a.Results.Select(r => r.RemainingBudget));
    }

    [Fact]
    public void Skipping_funds_the_next_request_that_fits_in_full()
    {
        CreditLineAllocation a = CreditLineAllocator.Allocate(R(500), [A("a", 3, 300), A("b", 2, 300), A("c", 1, 100)], PartialFunding.SkipToNextThatFits);
        Assert.Equal([AllocationOutcome.Funded, AllocationOutcome.Waiting, AllocationOutcome.Funded], a.Results.Select(r => r.Outcome));
        Assert.Equal([R(200), R(200), R(100)], a.Results.Select(r => r.RemainingBudget));
        Assert.Equal(R(100), a.RemainingBudget);
    }

    [Fact]
    public void An_exact_fit_is_fully_funded_and_leaves_nothing()
    {
        CreditLineAllocation a = CreditLineAllocator.Allocate(R(500), [A("a", 2, 200), A("b", 1, 300), A("c", 0, 1)]);
        Assert.Equal([AllocationOutcome.Funded, AllocationOutcome.Funded, AllocationOutcome.Waiting], a.Results.Select(r => r.Outcome));
        Assert.True(a.RemainingBudget.IsZero);
    }

    [Fact]
    public void A_zero_budget_leaves_everyone_waiting()
    {
        foreach (PartialFunding mode in Enum.GetValues<PartialFunding>())
        {
            CreditLineAllocation a = CreditLineAllocator.Allocate(Money.Zero, [A("a", 2, 200), A("b", 1, 300)], mode);
            Assert.All(a.Results, r => Assert.Equal(AllocationOutcome.Waiting, r.Outcome));
            Assert.True(a.TotalGranted.IsZero);
        }
    }

    [Fact]
    public void No_applicants_give_an_empty_result()
    {
        CreditLineAllocation a = CreditLineAllocator.Allocate(R(10), []);
        Assert.Empty(a.Results);
        Assert.Equal(R(10), a.RemainingBudget);
    }

    [Fact]
    public void Bad_input_is_refused_naming_the_problem()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CreditLineAllocator.Allocate(R(-1), [A("a", 1, 1)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => CreditLineAllocator.Allocate(R(1), [A("a", 1, 1)], (PartialFunding)7));
        Assert.Throws<ArgumentNullException>(() => CreditLineAllocator.Allocate(R(1), null!));
        Assert.Throws<ArgumentNullException>(() => CreditLineAllocator.Allocate(R(1), [null!]));
        Assert.Contains("'a' appears more than once", Assert.Throws<ArgumentException>(() => CreditLineAllocator.Allocate(R(1), [A("a", 1, 1), A("a", 2, 1)])).Message, StringComparison.Ordinal);
        Assert.Contains("blank id", Assert.Throws<ArgumentException>(() => CreditLineAllocator.Allocate(R(1), [A(" ", 1, 1)])).Message, StringComparison.Ordinal);
        Assert.Contains("'a' requests 0 IRR", Assert.Throws<ArgumentException>(() => CreditLineAllocator.Allocate(R(1), [A("a", 1, 0)])).Message, StringComparison.Ordinal);
    }

    private static readonly Gen<AllocationApplicant[]> Applicants =
        Gen.Select(Gen.Int[0, 5], Gen.Long[1, 1_000], Gen.Int[1, 30])
            .Array[0, 12]
            .Select(xs => xs.Select((x, i) => A("id" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), x.Item1, x.Item2, x.Item3)).ToArray());

    [Fact]
    public void Grants_never_exceed_the_budget_and_remaining_budgets_add_up()
    {
        Gen.Select(Gen.Long[0, 5_000], Applicants, Gen.Bool).Sample((budget, applicants, skip) =>
        {
            CreditLineAllocation a = CreditLineAllocator.Allocate(R(budget), applicants, skip ? PartialFunding.SkipToNextThatFits : PartialFunding.FundRemainder);
            Assert.True(a.TotalGranted <= R(budget));
            Money left = R(budget);
            foreach (AllocationResult r in a.Results)
            {
                Assert.True(r.Granted >= Money.Zero && r.Granted <= r.Applicant.Requested);
                Assert.Equal(r.Outcome == AllocationOutcome.Funded, r.Granted == r.Applicant.Requested);
                left -= r.Granted;
                Assert.Equal(left, r.RemainingBudget);
            }

            Assert.Equal(applicants.Length, a.Results.Length);
            Assert.Equal(Enumerable.Range(1, applicants.Length), a.Results.Select(r => r.Rank));
        });
    }

    [Fact]
    public void With_partial_funding_the_funded_applicants_are_a_prefix_of_the_ranking()
    {
        Gen.Select(Gen.Long[0, 5_000], Applicants).Sample((budget, applicants) =>
        {
            CreditLineAllocation a = CreditLineAllocator.Allocate(R(budget), applicants);
            int funded = a.Results.TakeWhile(r => r.Outcome == AllocationOutcome.Funded).Count();
            Assert.All(a.Results.Skip(funded + 1), r => Assert.Equal(AllocationOutcome.Waiting, r.Outcome));
            Assert.True(a.Results.Count(r => r.Outcome == AllocationOutcome.PartlyFunded) <= 1);
            // The budget is used up unless everyone was funded.
            Assert.True(funded == applicants.Length || a.RemainingBudget.IsZero);
            for (int i = 1; i < a.Results.Length; i++)
            {
                Assert.True(CreditLineAllocator.CompareRank(a.Results[i - 1].Applicant, a.Results[i].Applicant) < 0);
            }
        });
    }
}
