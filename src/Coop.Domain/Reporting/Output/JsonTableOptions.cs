namespace Coop.Domain.Reporting.Output;

/// <summary>How <see cref="JsonTableWriter"/> writes a table.</summary>
public sealed record JsonTableOptions
{
    /// <summary>The options used when none are given: indented.</summary>
    public static JsonTableOptions Default { get; } = new();

    /// <summary>Whether the JSON is indented for people (two spaces, <c>\n</c>); <see langword="true"/> by default.</summary>
    public bool Indented { get; init; } = true;
}
