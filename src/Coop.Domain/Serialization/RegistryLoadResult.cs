using Coop.Domain.Model;

namespace Coop.Domain.Serialization;

/// <summary>
/// A whole registry loaded by <see cref="RegistryReader.Load(Stream, JsonLinesOptions?)"/>: the header, the
/// cooperatives that loaded, and every error. Nothing is dropped: <see cref="LinesRead"/> =
/// (1 for a valid header) + <see cref="Cooperatives"/>.Count + the errors of lines.
/// </summary>
/// <param name="Header">The header, or <see langword="null"/> when it was missing or invalid (then an error says why).</param>
/// <param name="Cooperatives">The cooperatives that loaded, in file order.</param>
/// <param name="Errors">Every line that did not load, in file order (the header's error included).</param>
/// <param name="LinesRead">
/// The number of non-blank lines read. Errors about the file as a whole (empty; header count not matching)
/// are in <paramref name="Errors"/> but are not lines.
/// </param>
public sealed record RegistryLoadResult(
    RegistryHeader? Header,
    IReadOnlyList<Cooperative> Cooperatives,
    IReadOnlyList<JsonLineError> Errors,
    long LinesRead)
{
    /// <summary>Whether the header was valid and every cooperative line loaded.</summary>
    public bool IsClean => Header is not null && Errors.Count == 0;

    /// <summary>
    /// Whether the file is damaged rather than merely dirty: no valid header, or any error is
    /// <see cref="JsonLineError.IsMalformed"/> (a truncated, binary, over-long or not-JSON line, a line that is
    /// not an object, the header's count not matching). Results from a damaged file are incomplete in ways
    /// no line count shows, so tools should refuse it (the <c>coop</c> tool exits with 2).
    /// </summary>
    public bool IsDamaged => Header is null || Errors.Any(e => e.IsMalformed);
}
