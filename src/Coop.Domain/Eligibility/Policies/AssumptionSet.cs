namespace Coop.Domain.Eligibility.Policies;

/// <summary>The unverified bases of a rule over a stretch of dates, with the note a failure shows; built once when a policy is compiled.</summary>
internal sealed class AssumptionSet
{
    public AssumptionSet(IReadOnlyList<AssumptionBasis> items)
    {
        Items = items;
        Note = new PolicyText(
            "بر فرضی تأییدنشده استوار است: " + string.Join("؛ ", items.Select(i => i.Describe(persian: true))),
            "rests on an unverified assumption: " + string.Join("; ", items.Select(i => i.Describe(persian: false))));
    }

    public IReadOnlyList<AssumptionBasis> Items { get; }

    public PolicyText Note { get; }
}
