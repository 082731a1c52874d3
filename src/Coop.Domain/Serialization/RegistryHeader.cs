using System.Text.Json.Serialization;
using Coop.Domain.Calendar;

namespace Coop.Domain.Serialization;

/// <summary>
/// The first line of a registry file: <c>{"format":"coop-registry","version":1,"generated":"1404/08/25",…}</c>
/// (docs/registry-format.md). Unknown header properties are ignored, so later versions can add some.
/// </summary>
/// <param name="Format">Always <see cref="FormatName"/> (<c>coop-registry</c>).</param>
/// <param name="Version">The format version; this library reads and writes <see cref="CurrentVersion"/> (1).</param>
/// <param name="Generated">The day the file was written (also the as-of date of a generated registry).</param>
/// <param name="Source">Free text saying where the data came from, e.g. the generator command; optional.</param>
/// <param name="Count">The number of cooperative lines the writer meant to write; informational, optional.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
public sealed record RegistryHeader(string Format, int Version, SolarHijriDate Generated, string? Source = null, long? Count = null)
{
    /// <summary>The value of <see cref="Format"/>: <c>coop-registry</c>.</summary>
    public const string FormatName = "coop-registry";

    /// <summary>The format version this library reads and writes: 1.</summary>
    public const int CurrentVersion = 1;

    /// <summary>A version-1 header generated on <paramref name="generated"/>.</summary>
    /// <param name="generated">The day the file is written.</param>
    /// <param name="source">Where the data came from; optional.</param>
    /// <param name="count">How many cooperatives follow; optional.</param>
    public static RegistryHeader Create(SolarHijriDate generated, string? source = null, long? count = null) =>
        new(FormatName, CurrentVersion, generated, source, count);
}
