using Coop.Domain.Calendar;

namespace Coop.Domain.Serialization;

/// <summary>What <see cref="RegistryGenerator"/> generates.</summary>
public sealed record RegistryGeneratorOptions
{
    /// <summary>How many cooperative lines to write, 0–10,000,000 (default 200).</summary>
    public int Count { get; init; } = 200;

    /// <summary>The seed; the same seed and options give byte-identical output.</summary>
    public int Seed { get; init; } = 1404;

    /// <summary>
    /// The share of lines that are invalid on purpose, 0–1 (default 0.02): exactly
    /// ⌊Count × InvalidShare⌋ lines, spread evenly through the file.
    /// </summary>
    public double InvalidShare { get; init; } = 0.02;

    /// <summary>The as-of day: nothing is dated after it; written as the header's <c>generated</c> date (default 1404/08/25).</summary>
    public SolarHijriDate AsOf { get; init; } = new(1404, 8, 25);

    internal void Validate()
    {
        if (Count is < 0 or > 10_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(Count), Count, "The count must be between 0 and 10,000,000.");
        }

        if (!(InvalidShare is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(InvalidShare), InvalidShare, "The invalid share must be between 0 and 1.");
        }

        if (AsOf.Year is < 1385 or > 1500)
        {
            throw new ArgumentOutOfRangeException(nameof(AsOf), AsOf, "The as-of date must be in the years 1385–1500.");
        }
    }
}

/// <summary>A line <see cref="RegistryGenerator"/> made invalid on purpose, and how.</summary>
/// <param name="Line">The 1-based line in the file (the header is line 1).</param>
/// <param name="Kind">
/// <c>transfer-more-than-held</c>, <c>bad-national-code</c>, <c>unbalanced-statement</c> or
/// <c>unknown-county</c>.
/// </param>
/// <param name="Description">What was changed.</param>
public sealed record IntentionalError(long Line, string Kind, string Description);

/// <summary>What <see cref="RegistryGenerator.Write"/> wrote.</summary>
/// <param name="Count">Cooperative lines written (after the header).</param>
/// <param name="IntentionalErrors">The lines made invalid on purpose; the reader reports exactly these.</param>
public sealed record GeneratedRegistry(long Count, IReadOnlyList<IntentionalError> IntentionalErrors);
