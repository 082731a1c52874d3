using Coop.Domain.Calendar;
using Coop.Domain.Model;

namespace Coop.Domain.Eligibility.Facts;

/// <summary>One member as seen at an as-of date: an exit after that date is not yet known.</summary>
internal sealed class MemberFacts
{
    internal MemberFacts(Member member, SolarHijriDate asOf, CooperativeFacts facts)
    {
        Member = member;
        LeftOn = member.LeftOn is { } left && left <= asOf ? left : null;
        IsMember = member.IsMemberOn(asOf);
        Shares = facts.SharesOf(member.Number);
        ShareOfCapital = facts.SharesOutstanding > 0 ? facts.ShareOfCapital(member.Number).ToDecimal() : null;
        LegalType = member.Kind == PersonKind.Natural ? MemberLegalType.NaturalPerson : member.LegalType;
    }

    /// <summary>The recorded legal type; <see cref="MemberLegalType.NaturalPerson"/> for every natural person.</summary>
    internal MemberLegalType? LegalType { get; }

    internal Member Member { get; }

    internal SolarHijriDate? LeftOn { get; }

    internal bool IsMember { get; }

    internal long Shares { get; }

    internal decimal? ShareOfCapital { get; }
}
