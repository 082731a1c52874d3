using Coop.Domain.Calendar;
using Coop.Domain.Model;

namespace Coop.Domain.Eligibility.Batch;

/// <summary>
/// Who was evaluated in a registry evaluation: one cooperative of the registry with one of its facility
/// applications, or the cooperative alone when the policy does not look at applications.
/// </summary>
public sealed class RegistryApplicant
{
    internal RegistryApplicant(string id, long line, Cooperative cooperative, FacilityApplication? application, int? applicationNumber)
    {
        Id = id;
        Line = line;
        Name = cooperative.Name;
        RegistrationNumber = cooperative.RegistrationNumber.ToString();
        NationalId = cooperative.NationalId.ToString();
        CountyCode = cooperative.CountyCode;
        Kind = cooperative.Kind;
        Application = application;
        ApplicationNumber = applicationNumber;
    }

    /// <summary>
    /// A unique id within the evaluation: the national id, then <c>#n</c> for the n-th application of the
    /// cooperative (1-based, in the registry's order); <c>@L</c> and the line number is appended when a national id
    /// repeats in the registry. The last tie-breaker of the ranking.
    /// </summary>
    public string Id { get; }

    /// <summary>The 1-based line of the registry file the cooperative was read from.</summary>
    public long Line { get; }

    /// <summary>The cooperative's registered name.</summary>
    public string Name { get; }

    /// <summary>The registration number.</summary>
    public string RegistrationNumber { get; }

    /// <summary>The national id (شناسه‌ی ملی), 11 digits.</summary>
    public string NationalId { get; }

    /// <summary>The county code, e.g. <c>02-JUYBAR</c>.</summary>
    public string CountyCode { get; }

    /// <summary>The cooperative's kind.</summary>
    public CooperativeKind Kind { get; }

    /// <summary>The application judged, or null when the policy judges the cooperative alone.</summary>
    public FacilityApplication? Application { get; }

    /// <summary>The application's 1-based position among the cooperative's applications, or null.</summary>
    public int? ApplicationNumber { get; }

    /// <summary>The programme applied under, or null.</summary>
    public string? Programme => Application?.Programme;

    /// <summary>The project's sector, or null.</summary>
    public ProjectSector? Sector => Application?.Sector;

    /// <summary>The amount requested, in rials, or null.</summary>
    public Money? AmountRequested => Application?.AmountRequested;

    /// <summary>The application date, or null.</summary>
    public SolarHijriDate? AppliedOn => Application?.AppliedOn;

    /// <inheritdoc/>
    public override string ToString() => Name + " (" + Id + ")";
}
