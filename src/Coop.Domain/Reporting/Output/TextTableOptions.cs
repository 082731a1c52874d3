namespace Coop.Domain.Reporting.Output;

/// <summary>How <see cref="TextTableWriter"/> writes a table.</summary>
public sealed record TextTableOptions
{
    /// <summary>The options used when none are given.</summary>
    public static TextTableOptions Default { get; } = new();

    /// <summary>
    /// Whether numbers and dates use Persian digits (and ٫ as the decimal separator); <see langword="false"/>
    /// by default, since terminals and logs usually read better with Latin digits.
    /// </summary>
    public bool PersianDigits { get; init; }
}
