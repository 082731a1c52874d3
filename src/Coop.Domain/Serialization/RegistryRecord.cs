using Coop.Domain.Model;

namespace Coop.Domain.Serialization;

/// <summary>
/// One non-blank line of a registry file as read by <see cref="RegistryReader"/>: the header (line 1), a
/// cooperative, or the error that kept the line from loading.
/// </summary>
public sealed class RegistryRecord
{
    private RegistryRecord(long line, RegistryHeader? header, Cooperative? cooperative, JsonLineError? error, bool isLine = true)
    {
        IsLine = isLine;
        Line = line;
        Header = header;
        Cooperative = cooperative;
        Error = error;
    }

    /// <summary>The 1-based line number in the file.</summary>
    public long Line { get; }

    /// <summary>The header, when this is the valid header line.</summary>
    public RegistryHeader? Header { get; }

    /// <summary>The cooperative, when this line loaded as one.</summary>
    public Cooperative? Cooperative { get; }

    /// <summary>The error, when the line did not load.</summary>
    public JsonLineError? Error { get; }

    /// <summary>
    /// Whether the record stands for a non-blank line of the file: true except for an error about the file as
    /// a whole (it is empty, or the header's <c>count</c> does not match the lines that follow). Counting
    /// records with it gives the file's non-blank lines.
    /// </summary>
    public bool IsLine { get; }

    /// <summary>Whether the line loaded (as the header or as a cooperative).</summary>
    public bool IsSuccess => Error is null;

    internal static RegistryRecord ForHeader(long line, RegistryHeader header) => new(line, header, null, null);

    internal static RegistryRecord ForCooperative(long line, Cooperative cooperative) => new(line, null, cooperative, null);

    internal static RegistryRecord ForError(JsonLineError error) => new(error.Line, null, null, error);

    internal static RegistryRecord ForFileProblem(JsonLineError error) => new(error.Line, null, null, error, isLine: false);
}
