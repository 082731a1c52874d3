using System.Text.Json.Serialization;
using Coop.Domain.Calendar;
using Coop.Domain.Model.Identifiers;

namespace Coop.Domain.Model;

/// <summary>A member of a cooperative (عضو).</summary>
/// <param name="Number">
/// The membership number in the cooperative's register, at least 1 and unique within the cooperative; the
/// share ledger refers to members by it.
/// </param>
/// <param name="Kind">Natural or legal person.</param>
/// <param name="Name">The person's or company's name, not blank.</param>
/// <param name="NationalCode">The national code; required for a natural person, absent for a legal person.</param>
/// <param name="LegalEntityId">The legal-entity national ID; required for a legal person, absent for a natural person.</param>
/// <param name="JoinedOn">The day membership began.</param>
/// <param name="LeftOn">The last day of membership, or <see langword="null"/> while still a member; not before <paramref name="JoinedOn"/>.</param>
/// <param name="IsEmployed">Whether the member works in the cooperative (Art. 8 notes 1–2), as last recorded.</param>
public sealed record Member(
    int Number,
    PersonKind Kind,
    string Name,
    NationalCode? NationalCode,
    LegalEntityId? LegalEntityId,
    SolarHijriDate JoinedOn,
    SolarHijriDate? LeftOn,
    bool IsEmployed)
{
    /// <summary>Whether the person is a member on <paramref name="date"/> (joined on or before it, not left before it).</summary>
    /// <param name="date">The day.</param>
    public bool IsMemberOn(SolarHijriDate date) => JoinedOn <= date && (LeftOn is null || date <= LeftOn.Value);

    /// <summary>
    /// What kind of person the member is for the share ceilings of Art. 12(2)-(3) of the Art. 44 law (state body,
    /// public non-governmental institution, cooperative, other legal person), or <see langword="null"/> when not
    /// recorded. Optional: <see cref="MemberLegalType.NaturalPerson"/> only for a <see cref="PersonKind.Natural"/>
    /// member, the others only for a <see cref="PersonKind.Legal"/> one. Left out of the JSON when absent.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MemberLegalType? LegalType { get; init; }
}
