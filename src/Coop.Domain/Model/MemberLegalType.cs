namespace Coop.Domain.Model;

/// <summary>
/// What kind of person a member is, as the law's share ceilings distinguish them: Art. 12(2)-(3) of the Law
/// implementing the Art. 44 General Policies (register ids <c>art44-law-art-12-1-2</c>, <c>art44-law-art-12-3</c>).
/// Recorded on <see cref="Member.LegalType"/>; optional.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<MemberLegalType>))]
public enum MemberLegalType
{
    /// <summary>A natural person (<see cref="PersonKind.Natural"/>).</summary>
    NaturalPerson,

    /// <summary>A state legal person (شخص حقوقی دولتی): a ministry, state organisation or state company.</summary>
    StateBody,

    /// <summary>A public non-governmental institution (مؤسسه عمومی غیردولتی), e.g. a municipality or a foundation listed as such.</summary>
    PublicNonGovernmental,

    /// <summary>
    /// A national comprehensive or public joint-stock cooperative, which Art. 12(2) allows 10% of a public joint-stock
    /// cooperative; an ordinary cooperative holding shares is an <see cref="OtherLegalPerson"/>.
    /// </summary>
    Cooperative,

    /// <summary>Any other legal person (a private company, an association, an ordinary cooperative).</summary>
    OtherLegalPerson,
}
