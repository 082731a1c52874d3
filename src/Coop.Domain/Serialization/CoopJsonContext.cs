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
/// <para>
/// The date, period, money and identifier forms and the kebab-case enums do not depend on this context: the types carry
/// their converters, so <see cref="JsonSerializer"/> with default options, <see cref="JsonSerializerDefaults.Web"/> or an
/// application's own source-generated context writes and reads the same forms. This context can join an application's
/// resolver chain (<c>JsonTypeInfoResolver.Combine(AppJsonContext.Default, CoopJsonContext.Default)</c>) to give the
/// model's records their registry-format contracts.
/// </para>
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    // The value types and enums carry their converters ([JsonConverter] on the type), so any options use the same forms;
    // only the share ledger, a collection whose JSON is its entries, needs one here.
    Converters = [typeof(ShareLedgerJsonConverter)])]
[JsonSerializable(typeof(Cooperative))]
[JsonSerializable(typeof(RegistryHeader))]
[JsonSerializable(typeof(ShareEntry))]
[JsonSerializable(typeof(Money))]
[JsonSerializable(typeof(ReportingPeriod))]
public sealed partial class CoopJsonContext : JsonSerializerContext;
