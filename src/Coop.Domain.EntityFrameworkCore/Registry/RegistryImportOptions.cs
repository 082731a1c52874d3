using Coop.Domain.Serialization;

namespace Coop.Domain.EntityFrameworkCore.Registry;

/// <summary>How <see cref="CooperativeStore.ImportAsync"/> imports a registry.</summary>
public sealed record RegistryImportOptions
{
    /// <summary>The defaults: batches of 500, existing cooperatives replaced, the reader's default limits.</summary>
    public static RegistryImportOptions Default { get; } = new();

    /// <summary>
    /// How many good lines are saved in one transaction, at least 1 (default 500). A batch is saved whole or not
    /// at all; batches before a failure stay saved. <see cref="int.MaxValue"/> makes the whole file one transaction.
    /// </summary>
    public int BatchSize { get; init; } = 500;

    /// <summary>What to do with a national ID that is already in the store or earlier in the file; default <see cref="ExistingCooperatives.Replace"/>.</summary>
    public ExistingCooperatives ExistingCooperatives { get; init; } = ExistingCooperatives.Replace;

    /// <summary>The reader's limits (line length); null for <see cref="JsonLinesOptions.Default"/>.</summary>
    public JsonLinesOptions? Reader { get; init; }
}
