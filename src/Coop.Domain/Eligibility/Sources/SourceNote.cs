namespace Coop.Domain.Eligibility.Sources;

/// <summary>A reviewer's note on a source, in English, Persian or both (at least one is given).</summary>
/// <param name="En">The note in English, or null.</param>
/// <param name="Fa">The note in Persian, or null.</param>
public sealed record SourceNote(string? En, string? Fa);
