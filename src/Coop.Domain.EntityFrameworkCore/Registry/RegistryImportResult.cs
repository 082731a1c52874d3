using Coop.Domain.Serialization;

namespace Coop.Domain.EntityFrameworkCore.Registry;

/// <summary>
/// What an import did: the file's header, how many cooperatives were added and replaced, and every line that
/// was not saved with its reason. Nothing is dropped silently: <see cref="LinesRead"/> = 1 (the header) +
/// <see cref="Added"/> + <see cref="Replaced"/> + the rejected lines.
/// </summary>
public sealed class RegistryImportResult
{
    internal RegistryImportResult(RegistryHeader header, int added, int replaced, IReadOnlyList<JsonLineError> rejected, long linesRead, int batches)
    {
        Header = header;
        Added = added;
        Replaced = replaced;
        Rejected = rejected;
        LinesRead = linesRead;
        Batches = batches;
    }

    /// <summary>The registry's header line.</summary>
    public RegistryHeader Header { get; }

    /// <summary>Cooperatives saved that were not in the store before.</summary>
    public int Added { get; }

    /// <summary>Cooperatives saved over a stored one with the same national ID (<see cref="ExistingCooperatives.Replace"/>).</summary>
    public int Replaced { get; }

    /// <summary>
    /// Every line not saved, in file order, with its line number, JSON path and reason: lines the reader refused
    /// (bad JSON, a broken invariant, a wrong check digit), national IDs refused by
    /// <see cref="ExistingCooperatives.Reject"/>, and problems of the file as a whole (a header <c>count</c> that
    /// does not match, whose <see cref="JsonLineError.Line"/> is one past the last line).
    /// </summary>
    public IReadOnlyList<JsonLineError> Rejected { get; }

    /// <summary>The non-blank lines read, the header included.</summary>
    public long LinesRead { get; }

    /// <summary>The transactions committed.</summary>
    public int Batches { get; }
}
