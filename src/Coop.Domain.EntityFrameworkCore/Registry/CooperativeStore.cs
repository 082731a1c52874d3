using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Coop.Domain.EntityFrameworkCore.Storage;
using Coop.Domain.Model;
using Coop.Domain.Model.Identifiers;
using Coop.Domain.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Coop.Domain.EntityFrameworkCore.Registry;

/// <summary>
/// The registry store over a context whose model has <see cref="RegistryEntry"/> (a <see cref="RegistryDbContext"/>,
/// or any context that calls <see cref="CoopRegistryModelBuilderExtensions.AddCoopRegistry"/>): imports registry
/// files (JSON Lines) in transactional batches, and streams cooperatives back out as
/// <see cref="IAsyncEnumerable{T}"/> without loading the table.
/// </summary>
/// <remarks>
/// <para>
/// Like its context, a store is not thread-safe and runs one operation at a time: finish (or dispose) one
/// <see cref="ReadAsync(Func{IQueryable{RegistryEntry}, IQueryable{RegistryEntry}}?, CancellationToken)"/>
/// enumeration before starting another operation on the same context; give concurrent work its own context.
/// </para>
/// <para>The store never tracks what it reads, and detaches what it saves, so a long import or read holds one batch or one row at a time.</para>
/// </remarks>
public sealed class CooperativeStore
{
    private readonly DbContext _context;

    /// <summary>Creates a store over <paramref name="context"/>; the context is not disposed by the store.</summary>
    /// <param name="context">A context whose model has <see cref="RegistryEntry"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The context's model has no <see cref="RegistryEntry"/>.</exception>
    public CooperativeStore(DbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Model.FindEntityType(typeof(RegistryEntry)) is null)
        {
            throw new InvalidOperationException(
                $"The context {context.GetType().Name} has no RegistryEntry in its model: derive from RegistryDbContext or call modelBuilder.AddCoopRegistry() in OnModelCreating.");
        }

        _context = context;
    }

    /// <summary>
    /// The entries, untracked, to filter and count in SQL on their indexed columns, e.g.
    /// <c>store.Entries.Where(e =&gt; e.CountyCode == "02-AMOL" &amp;&amp; season.Contains(e.RegisteredOn)).CountAsync()</c>.
    /// </summary>
    public IQueryable<RegistryEntry> Entries => _context.Set<RegistryEntry>().AsNoTracking();

    /// <summary>
    /// Imports a registry file (docs/registry-format.md) read from <paramref name="registry"/>: each good line is
    /// saved, each bad line is reported with its line number and reason (<see cref="RegistryImportResult.Rejected"/>),
    /// and lines are saved in batches of <see cref="RegistryImportOptions.BatchSize"/>, each batch one transaction.
    /// </summary>
    /// <param name="registry">A readable stream of the registry's UTF-8 text; not disposed. Read once, streaming.</param>
    /// <param name="options">Batch size, what to do with national IDs already stored, reader limits; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the import; the batch in progress is rolled back, earlier batches stay saved.</param>
    /// <returns>What was added, replaced and rejected.</returns>
    /// <remarks>
    /// <para>
    /// A cooperative is identified by its national ID. With <see cref="ExistingCooperatives.Replace"/> (the default) a
    /// line whose national ID is stored replaces the stored cooperative, so importing a later export updates the store;
    /// with <see cref="ExistingCooperatives.Reject"/> the line is rejected and the stored one kept. A national ID that
    /// repeats within the file is treated the same way (the later line replaces, or is rejected).
    /// </para>
    /// <para>
    /// When the context already has a transaction (<c>Database.BeginTransaction</c>), the import runs inside it and
    /// commits nothing itself: the caller's commit or rollback decides for the whole file.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="registry"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="RegistryImportOptions.BatchSize"/> is less than 1.</exception>
    /// <exception cref="InvalidDataException">The stream is not a registry (empty, binary, or no valid header line); nothing was saved.</exception>
    /// <exception cref="RegistryImportException">The database refused a batch; it was rolled back, earlier batches stay saved.</exception>
    /// <exception cref="OperationCanceledException">The import was cancelled; the batch in progress was rolled back.</exception>
    public async Task<RegistryImportResult> ImportAsync(Stream registry, RegistryImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registry);
        options ??= RegistryImportOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1, nameof(options));

        var import = new Import(options);
        var batch = new List<RegistryRecord>();
        RegistryHeader? header = null;
        await foreach (RegistryRecord record in RegistryReader.ReadAsync(registry, options.Reader, cancellationToken).ConfigureAwait(false))
        {
            import.LinesRead += record.IsLine ? 1 : 0;
            if (header is null)
            {
                header = record.Header ?? throw new InvalidDataException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"not a coop registry (line {record.Line}): {record.Error?.Message ?? "the first line is not a registry header"}; nothing was imported"));
                continue;
            }

            if (record.Error is { } error)
            {
                import.Rejected.Add(error);
            }
            else if (record.Cooperative is not null)
            {
                batch.Add(record);
                if (batch.Count >= options.BatchSize)
                {
                    await SaveBatchAsync(batch, import, cancellationToken).ConfigureAwait(false);
                    batch.Clear();
                }
            }
        }

        if (batch.Count > 0)
        {
            await SaveBatchAsync(batch, import, cancellationToken).ConfigureAwait(false);
        }

        import.Rejected.Sort((a, b) => a.Line.CompareTo(b.Line));
        return new RegistryImportResult(header!, import.Added, import.Replaced, import.Rejected, import.LinesRead, import.Batches);
    }

    /// <summary>
    /// Streams the stored cooperatives, in import order (by <see cref="RegistryEntry.Id"/>) unless
    /// <paramref name="filter"/> orders them: one row is read, turned back into a <see cref="Cooperative"/> and handed
    /// out at a time, so the whole table is never in memory. Feed it to <c>EvaluateManyAsync</c>, reports or the
    /// compliance calendar.
    /// </summary>
    /// <param name="filter">Narrows (and may order) the entries in SQL, e.g. <c>q =&gt; q.Where(e =&gt; e.Kind == CooperativeKind.Housing)</c>; null for all.</param>
    /// <param name="cancellationToken">Stops the enumeration with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The cooperatives.</returns>
    /// <exception cref="StoredValueException">A stored document no longer reads as a cooperative (raised when that row is reached).</exception>
    public async IAsyncEnumerable<Cooperative> ReadAsync(
        Func<IQueryable<RegistryEntry>, IQueryable<RegistryEntry>>? filter = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        IQueryable<RegistryEntry> query = Entries.OrderBy(e => e.Id);
        if (filter is not null)
        {
            query = filter(query);
        }

        await foreach (var row in query.Select(e => new { e.Id, e.Document }).AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            // The provider may have the next rows buffered already: stop between rows, not only between reads.
            cancellationToken.ThrowIfCancellationRequested();
            yield return FromDocument(row.Id, row.Document);
        }
    }

    /// <summary>Streams every stored cooperative in import order; see <see cref="ReadAsync(Func{IQueryable{RegistryEntry}, IQueryable{RegistryEntry}}?, CancellationToken)"/>.</summary>
    /// <param name="cancellationToken">Stops the enumeration with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The cooperatives.</returns>
    /// <exception cref="StoredValueException">A stored document no longer reads as a cooperative.</exception>
    public IAsyncEnumerable<Cooperative> ReadAsync(CancellationToken cancellationToken) => ReadAsync(null, cancellationToken);

    /// <summary>The cooperative with national ID <paramref name="nationalId"/>, or null when it is not stored.</summary>
    /// <param name="nationalId">The national ID; not <c>default</c>.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The cooperative, or null.</returns>
    /// <exception cref="ArgumentException"><paramref name="nationalId"/> is <c>default</c>.</exception>
    /// <exception cref="StoredValueException">The stored document no longer reads as a cooperative.</exception>
    public async Task<Cooperative?> FindAsync(LegalEntityId nationalId, CancellationToken cancellationToken = default)
    {
        if (nationalId.IsDefault)
        {
            throw new ArgumentException("default(LegalEntityId) holds no national ID.", nameof(nationalId));
        }

        var row = await Entries.Where(e => e.NationalId == nationalId).Select(e => new { e.Id, e.Document })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return row is null ? null : FromDocument(row.Id, row.Document);
    }

    /// <summary>The registry JSON of a cooperative, as stored in <see cref="RegistryEntry.Document"/>.</summary>
    internal static string ToDocument(Cooperative cooperative) => JsonSerializer.Serialize(cooperative, CoopJsonContext.Default.Cooperative);

    private static Cooperative FromDocument(long id, string document)
    {
        try
        {
            return JsonSerializer.Deserialize(document, CoopJsonContext.Default.Cooperative)
                ?? throw new JsonException("the document is JSON null");
        }
        catch (Exception e) when (e is JsonException or ModelValidationException or FormatException or ArgumentException)
        {
            throw new StoredValueException(string.Create(
                CultureInfo.InvariantCulture,
                $"The stored cooperative of row {id} in {CoopRegistryModelBuilderExtensions.TableName} does not read as a cooperative: {e.Message}"), e);
        }
    }

    private async Task SaveBatchAsync(List<RegistryRecord> batch, Import import, CancellationToken cancellationToken)
    {
        DbSet<RegistryEntry> set = _context.Set<RegistryEntry>();
        var ids = batch.Select(r => r.Cooperative!.NationalId).Distinct().ToList();
        var touched = new List<RegistryEntry>(batch.Count);
        int added = 0, replaced = 0;
        var rejected = new List<JsonLineError>();
        var seen = new Dictionary<LegalEntityId, long>();
        IDbContextTransaction? transaction = _context.Database.CurrentTransaction is null
            ? await _context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false)
            : null;
        try
        {
            Dictionary<LegalEntityId, RegistryEntry> existing = await set.Where(e => ids.Contains(e.NationalId))
                .ToDictionaryAsync(e => e.NationalId, cancellationToken).ConfigureAwait(false);
            touched.AddRange(existing.Values);
            foreach (RegistryRecord record in batch)
            {
                Cooperative cooperative = record.Cooperative!;
                LegalEntityId id = cooperative.NationalId;
                if (existing.TryGetValue(id, out RegistryEntry? entry))
                {
                    if (import.Options.ExistingCooperatives == ExistingCooperatives.Reject)
                    {
                        rejected.Add(new JsonLineError(record.Line, "$.nationalId", null, import.FirstSeen.TryGetValue(id, out long first) || seen.TryGetValue(id, out first)
                            ? string.Create(CultureInfo.InvariantCulture, $"the national ID {id} appears earlier in this registry (line {first}); re-importing a cooperative is refused (ExistingCooperatives.Reject)")
                            : $"the national ID {id} is already in the store; re-importing a cooperative is refused (ExistingCooperatives.Reject)"));
                        continue;
                    }

                    entry.Update(cooperative, ToDocument(cooperative));
                    replaced++;
                }
                else
                {
                    entry = new RegistryEntry(cooperative, ToDocument(cooperative));
                    set.Add(entry);
                    existing.Add(id, entry);
                    touched.Add(entry);
                    added++;
                }

                seen.TryAdd(id, record.Line);
            }

            await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is DbUpdateException or System.Data.Common.DbException)
        {
            throw new RegistryImportException(batch[0].Line, batch[^1].Line, import.Added + import.Replaced, e);
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync().ConfigureAwait(false);
            }

            foreach (RegistryEntry entry in touched)
            {
                _context.Entry(entry).State = EntityState.Detached;
            }
        }

        import.Added += added;
        import.Replaced += replaced;
        import.Rejected.AddRange(rejected);
        import.Batches++;
        foreach ((LegalEntityId id, long line) in seen)
        {
            import.FirstSeen.TryAdd(id, line);
        }
    }

    private sealed class Import(RegistryImportOptions options)
    {
        public RegistryImportOptions Options { get; } = options;

        public Dictionary<LegalEntityId, long> FirstSeen { get; } = [];

        public List<JsonLineError> Rejected { get; } = [];

        public int Added { get; set; }

        public int Replaced { get; set; }

        public int Batches { get; set; }

        public long LinesRead { get; set; }
    }
}
