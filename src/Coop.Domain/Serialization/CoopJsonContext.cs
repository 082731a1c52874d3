using System.Text.Json;
using System.Text.Json.Serialization;
using Coop.Domain.Calendar;
using Coop.Domain.Model;

namespace Coop.Domain.Serialization;

/// <summary>
/// The source-generated System.Text.Json context for the cooperative model (no reflection; AOT-safe):
/// <see cref="Cooperative"/> and everything hanging off it, <see cref="RegistryHeader"/>, <see cref="Money"/>
/// and <see cref="ReportingPeriod"/>.
/// </summary>
/// <remarks>
/// <para>
/// Conventions (docs/registry-format.md): camelCase property names; enums as kebab-case strings
/// (<c>employment-generating</c>, flags as <c>"board, inspectors"</c>), numbers rejected; dates as
/// <c>"1404/08/25"</c>; money as an integer number of rials; identifiers as digit strings; periods as
/// <c>"1404-Q3"</c>. Nulls are written out, and every constructor parameter must be present when reading
/// (a missing one is an error, not a silent default); unknown properties are errors. Comments and trailing
/// commas are allowed on read.
/// </para>
/// <para>
/// The model's constructors validate: an invalid record throws <see cref="ModelValidationException"/> with
/// every violation, which <see cref="JsonLinesReader"/> and <see cref="RegistryReader"/> report as an error of
/// that line.
/// </para>
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    Converters =
    [
        typeof(SolarHijriDateJsonConverter),
        typeof(MoneyJsonConverter),
        typeof(ReportingPeriodJsonConverter),
        typeof(ShareLedgerJsonConverter),
        typeof(NationalCodeJsonConverter),
        typeof(LegalEntityIdJsonConverter),
        typeof(RegistrationNumberJsonConverter),
        typeof(ShebaJsonConverter),
        typeof(PostalCodeJsonConverter),
        typeof(KebabCaseEnumConverter<ActivityClass>),
        typeof(KebabCaseEnumConverter<AssemblyCall>),
        typeof(KebabCaseEnumConverter<AssemblyElections>),
        typeof(KebabCaseEnumConverter<AssemblyKind>),
        typeof(KebabCaseEnumConverter<AuditStatus>),
        typeof(KebabCaseEnumConverter<BoardRole>),
        typeof(KebabCaseEnumConverter<CollateralKind>),
        typeof(KebabCaseEnumConverter<CooperativeKind>),
        typeof(KebabCaseEnumConverter<CooperativeStatus>),
        typeof(KebabCaseEnumConverter<LegalForm>),
        typeof(KebabCaseEnumConverter<Openness>),
        typeof(KebabCaseEnumConverter<PersonKind>),
        typeof(KebabCaseEnumConverter<ProjectSector>),
        typeof(KebabCaseEnumConverter<SeatType>),
        typeof(KebabCaseEnumConverter<ShareEntryKind>),
        typeof(KebabCaseEnumConverter<WorkBasis>),
    ])]
[JsonSerializable(typeof(Cooperative))]
[JsonSerializable(typeof(RegistryHeader))]
[JsonSerializable(typeof(ShareEntry))]
[JsonSerializable(typeof(Money))]
[JsonSerializable(typeof(ReportingPeriod))]
public sealed partial class CoopJsonContext : JsonSerializerContext;
