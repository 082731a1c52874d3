using System.Data.Common;
using System.Text;
using System.Text.Json;
using Coop.Domain.Calendar;
using Coop.Domain.EntityFrameworkCore.Registry;
using Coop.Domain.EntityFrameworkCore.Storage;
using Coop.Domain.EntityFrameworkCore.Tests.Infrastructure;
using Coop.Domain.Eligibility.Batch;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Eligibility.Providers;
using Coop.Domain.Model;
using Coop.Domain.Reporting;
using Coop.Domain.Reporting.Output;
using Coop.Domain.Serialization;
using CsCheck;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Coop.Domain.EntityFrameworkCore.Tests.Registry;

/// <summary>The registry store on a real database: migrations, import, streaming read-out, and the library fed from it.</summary>
public abstract class RegistryStoreTests(Func<Task<TestDatabase>> create)
{
    private static readonly string s_samplePath = Path.Combine(AppContext.BaseDirectory, "Data", "sample-registry.jsonl");
    private static readonly string[] s_sampleLines = File.ReadAllLines(s_samplePath);
    private static readonly SolarHijriDate s_asOf = new(1404, 8, 25);

    [Fact]
    public async Task The_shipped_migrations_create_the_schema_and_match_the_model()
    {
        await using TestDatabase db = await create();
        await using RegistryDbContext context = await MigratedAsync(db);

        Assert.Equal(context.Database.GetMigrations(), await context.Database.GetAppliedMigrationsAsync(Cancel.Token));
        Assert.False(context.Database.HasPendingModelChanges(), "the model has changes no migration covers: run dotnet ef migrations add (docs/entity-framework-core.md)");
        Assert.Empty(await context.Database.GetPendingMigrationsAsync(Cancel.Token));
    }

    [Fact]
    public async Task Importing_the_sample_registry_saves_every_good_line_reports_every_bad_one_and_reads_back_the_same()
    {
        await using TestDatabase db = await create();
        await using RegistryDbContext context = await MigratedAsync(db);
        var store = new CooperativeStore(context);
        RegistryLoadResult file = RegistryReader.LoadFile(s_samplePath);

        RegistryImportResult result;
        await using (FileStream stream = File.OpenRead(s_samplePath))
        {
            result = await store.ImportAsync(stream, new RegistryImportOptions { BatchSize = 64 }, Cancel.Token);
        }

        Assert.Equal(file.Cooperatives.Count, result.Added);
        Assert.Equal(0, result.Replaced);
        Assert.Equal(file.Errors.Select(e => e.Line), result.Rejected.Select(e => e.Line));
        Assert.Equal(file.LinesRead, result.LinesRead);
        Assert.Equal(1 + result.Added + result.Rejected.Count(e => e.Line <= file.LinesRead), result.LinesRead);
        Assert.Equal((file.Cooperatives.Count + 63) / 64, result.Batches);

        var back = await store.ReadAsync(Cancel.Token).ToListAsync(Cancel.Token);
        Assert.Equal(file.Cooperatives.Select(Json), back.Select(Json));
    }

    [Fact]
    public async Task A_registry_imported_and_read_back_evaluates_to_the_same_decisions_as_the_file_for_every_shipped_policy()
    {
        await using TestDatabase db = await create();
        await using RegistryDbContext context = await ImportedSampleAsync(db);
        var store = new CooperativeStore(context);

        Assert.NotEmpty(EmbeddedPolicyProvider.Shipped.PolicyIds);
        foreach (string policyId in EmbeddedPolicyProvider.Shipped.PolicyIds)
        {
            PolicySet<EligibilityFacts> policies = EmbeddedPolicyProvider.Shipped.GetPolicySet(policyId);
            var evaluator = new RegistryEvaluator(policies);
            RegistryEvaluation fromFile = evaluator.EvaluateFile(s_samplePath, s_asOf, cancellationToken: Cancel.Token);

            // The same applicants as the file evaluation: one per application applied by the as-of day, or one per cooperative.
            IAsyncEnumerable<EligibilityFacts> facts = store.ReadAsync(Cancel.Token).SelectMany(c => Applicants(c, evaluator.UsesApplication).ToAsyncEnumerable());
            var fromStore = await policies.EvaluateManyAsync(facts, s_asOf, cancellationToken: Cancel.Token).ToListAsync(Cancel.Token);

            Assert.True(fromFile.Rows.Count > 0, policyId + " evaluated nobody");
            Assert.Equal(fromFile.Rows.Select(r => Signature(r.Decision)), fromStore.Select(Signature));
        }
    }

    [Fact]
    public async Task Reports_and_compliance_calendars_from_the_store_equal_those_from_the_file()
    {
        await using TestDatabase db = await create();
        await using RegistryDbContext context = await ImportedSampleAsync(db);
        var store = new CooperativeStore(context);
        IReadOnlyList<Cooperative> file = RegistryReader.LoadFile(s_samplePath).Cooperatives;

        // Streamed: each cooperative becomes its small report records and its calendar, and is let go.
        var records = new List<ReportRecord>();
        var calendars = new List<string>();
        await foreach (Cooperative cooperative in store.ReadAsync(Cancel.Token))
        {
            records.AddRange(ReportRecords.From([cooperative]));
            calendars.Add(CsvTableWriter.ToCsv(ComplianceCalendar.For(cooperative, 1403, s_asOf).ToTable()));
        }

        var options = new PeriodReportOptions { Measure = ReportMeasure.Credits, Unit = PeriodUnit.Season, Grouping = ReportGrouping.County };
        Assert.Equal(
            CsvTableWriter.ToCsv(PeriodReports.Build(file, options).ToTable()),
            CsvTableWriter.ToCsv(PeriodReports.Build(records, options).ToTable()));
        Assert.Equal(file.Select(c => CsvTableWriter.ToCsv(ComplianceCalendar.For(c, 1403, s_asOf).ToTable())), calendars);
    }

    [Fact]
    public async Task Bad_lines_are_reported_by_line_and_the_good_ones_saved()
    {
        await using TestDatabase db = await create();
        await using RegistryDbContext context = await MigratedAsync(db);
        var store = new CooperativeStore(context);
        string wrongCheckDigit = s_sampleLines[2].Replace("\"nationalId\":\"10167250533\"", "\"nationalId\":\"10167250534\"", StringComparison.Ordinal);
        Assert.NotEqual(s_sampleLines[2], wrongCheckDigit);

        RegistryImportResult result = await ImportAsync(store, [Header(), s_sampleLines[1], wrongCheckDigit, s_sampleLines[3][..200], "", s_sampleLines[4]]);

        Assert.Equal(2, result.Added);
        Assert.Equal([3L, 4L], result.Rejected.Select(e => e.Line));
        Assert.Contains("check digit", result.Rejected[0].Message, StringComparison.Ordinal);
        Assert.Contains("truncated", result.Rejected[1].Message, StringComparison.Ordinal);
        Assert.Equal(2, await store.Entries.CountAsync(Cancel.Token));
    }

    [Fact]
    public async Task A_stream_that_is_not_a_registry_is_refused_and_nothing_is_saved()
    {
        await using TestDatabase db = await create();
        await using RegistryDbContext context = await MigratedAsync(db);
        var store = new CooperativeStore(context);

        var e = await Assert.ThrowsAsync<InvalidDataException>(() => ImportAsync(store, [s_sampleLines[1], s_sampleLines[2]]));
        Assert.Contains("not a coop registry (line 1)", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, await store.Entries.CountAsync(Cancel.Token));
    }

    [Fact]
    public async Task Re_importing_a_cooperative_replaces_it_by_default()
    {
        await using TestDatabase db = await create();
        await using RegistryDbContext context = await MigratedAsync(db);
        var store = new CooperativeStore(context);
        await ImportAsync(store, [Header(), s_sampleLines[1], s_sampleLines[2]]);
        Cooperative second = Parse(s_sampleLines[2]);

        RegistryImportResult result = await ImportAsync(store, [Header(), Renamed(s_sampleLines[2], second.Name, "تعاونی نو")]);

        Assert.Equal((0, 1), (result.Added, result.Replaced));
        Assert.Equal(2, await store.Entries.CountAsync(Cancel.Token));
        Assert.Equal("تعاونی نو", (await store.FindAsync(second.NationalId, Cancel.Token))!.Name);
        Assert.Equal("تعاونی نو", await store.Entries.Where(e => e.NationalId == second.NationalId).Select(e => e.Name).SingleAsync(Cancel.Token));
    }

    [Fact]
    public async Task Re_importing_a_cooperative_is_refused_with_Reject_naming_where_it_was_seen()
    {
        await using TestDatabase db = await create();
        await using RegistryDbContext context = await MigratedAsync(db);
        var store = new CooperativeStore(context);
        var reject = new RegistryImportOptions { ExistingCooperatives = ExistingCooperatives.Reject };
        await ImportAsync(store, [Header(), s_sampleLines[1]], reject);
        Cooperative first = Parse(s_sampleLines[1]);

        RegistryImportResult result = await ImportAsync(store, [Header(), Renamed(s_sampleLines[1], first.Name, "تعاونی نو"), s_sampleLines[2], s_sampleLines[2]], reject);

        Assert.Equal((1, 0), (result.Added, result.Replaced));
        Assert.Equal([2L, 4L], result.Rejected.Select(e => e.Line));
        Assert.Contains($"the national ID {first.NationalId} is already in the store", result.Rejected[0].Message, StringComparison.Ordinal);
        Assert.Contains("appears earlier in this registry (line 3)", result.Rejected[1].Message, StringComparison.Ordinal);
        Assert.Equal(first.Name, (await store.FindAsync(first.NationalId, Cancel.Token))!.Name);
    }

    [Fact]
    public async Task A_batch_the_database_refuses_is_rolled_back_whole_and_earlier_batches_stay()
    {
        await using TestDatabase db = await create();
        await using (RegistryDbContext migrate = await MigratedAsync(db))
        {
        }

        // The second batch's rows are written, then its commit fails: none of them may remain.
        await using RegistryDbContext context = db.CreateRegistryContext(new FailingCommit(failAt: 2));
        var store = new CooperativeStore(context);
        var e = await Assert.ThrowsAsync<RegistryImportException>(
            () => ImportAsync(store, [Header(), .. s_sampleLines[1..6]], new RegistryImportOptions { BatchSize = 2 }));

        Assert.Equal((4L, 5L, 2), (e.FirstLine, e.LastLine, e.SavedBefore));
        Assert.Contains("lines 4–5 failed and was rolled back", e.Message, StringComparison.Ordinal);
        await using RegistryDbContext check = db.CreateRegistryContext();
        Assert.Equal(
            [Parse(s_sampleLines[1]).NationalId, Parse(s_sampleLines[2]).NationalId],
            await check.Cooperatives.OrderBy(c => c.Id).Select(c => c.NationalId).ToListAsync(Cancel.Token));
    }

    [Fact]
    public async Task Filtered_reads_run_in_the_database_on_the_indexed_columns()
    {
        await using TestDatabase db = await create();
        await using RegistryDbContext context = await ImportedSampleAsync(db);
        var store = new CooperativeStore(context);
        IReadOnlyList<Cooperative> file = RegistryReader.LoadFile(s_samplePath).Cooperatives;
        ReportingPeriod years = ReportingPeriod.Custom(new SolarHijriDate(1395, 1, 1), new SolarHijriDate(1402, 12, 29));
        string county = file[0].CountyCode;

        IQueryable<RegistryEntry> query = store.Entries.Where(e => years.Contains(e.RegisteredOn) && e.Status == CooperativeStatus.Active);
        Assert.Contains("substr(", query.ToQueryString(), StringComparison.Ordinal);
        Assert.Equal(
            file.Where(c => years.Contains(c.RegisteredOn) && c.StatusHistory[^1].Status == CooperativeStatus.Active).Select(c => c.NationalId),
            await query.OrderBy(e => e.Id).Select(e => e.NationalId).ToListAsync(Cancel.Token));

        var housingInCounty = await store.ReadAsync(q => q.Where(e => e.CountyCode == county && e.Kind == file[0].Kind), Cancel.Token).ToListAsync(Cancel.Token);
        Assert.Equal(file.Where(c => c.CountyCode == county && c.Kind == file[0].Kind).Select(Json), housingInCounty.Select(Json));
        Coop.Domain.Model.Identifiers.LegalEntityId unknown = Gens.LegalEntityId.Single();
        Assert.DoesNotContain(unknown, file.Select(c => c.NationalId));
        Assert.Null(await store.FindAsync(unknown, Cancel.Token));
        Assert.Equal(Json(file[5]), Json((await store.FindAsync(file[5].NationalId, Cancel.Token))!));
    }

    [Fact]
    public async Task Kind_and_status_are_stored_as_the_registry_JSON_names()
    {
        await using TestDatabase db = await create();
        await using RegistryDbContext context = await MigratedAsync(db);
        await ImportAsync(new CooperativeStore(context), [Header(), s_sampleLines[2]]);

        await using DbConnection connection = await db.OpenConnectionAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = """SELECT "Kind", "Status", "NationalId" FROM "Cooperatives" """;
        await using DbDataReader reader = await command.ExecuteReaderAsync(Cancel.Token);
        Assert.True(await reader.ReadAsync(Cancel.Token));
        Assert.Equal(("agricultural", "in-liquidation", "10167250533"), (reader.GetString(0), reader.GetString(1), reader.GetString(2)));
    }

    [Fact]
    public async Task A_stored_document_that_no_longer_reads_is_reported_with_its_row()
    {
        await using TestDatabase db = await create();
        await using RegistryDbContext context = await MigratedAsync(db);
        var store = new CooperativeStore(context);
        await ImportAsync(store, [Header(), s_sampleLines[1]]);
        string document = """{"name": 1}""";
        await (db.IsPostgres
            ? context.Database.ExecuteSqlAsync($"UPDATE \"Cooperatives\" SET \"Document\" = CAST({document} AS jsonb)", Cancel.Token)
            : context.Database.ExecuteSqlAsync($"UPDATE \"Cooperatives\" SET \"Document\" = {document}", Cancel.Token));

        var e = await Assert.ThrowsAsync<StoredValueException>(() => store.ReadAsync(Cancel.Token).ToListAsync(Cancel.Token).AsTask());
        Assert.StartsWith("The stored cooperative of row 1 in Cooperatives does not read as a cooperative:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_stops_when_cancelled()
    {
        await using TestDatabase db = await create();
        await using RegistryDbContext context = await ImportedSampleAsync(db);
        var store = new CooperativeStore(context);
        using var cancel = new CancellationTokenSource();
        int read = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (Cooperative _ in store.ReadAsync(cancel.Token))
            {
                if (++read == 3)
                {
                    await cancel.CancelAsync();
                }
            }
        });
        Assert.Equal(3, read);
    }

    private static async Task<RegistryDbContext> MigratedAsync(TestDatabase db)
    {
        RegistryDbContext context = db.CreateRegistryContext();
        await context.Database.MigrateAsync(Cancel.Token);
        return context;
    }

    private static async Task<RegistryDbContext> ImportedSampleAsync(TestDatabase db)
    {
        RegistryDbContext context = await MigratedAsync(db);
        await using FileStream stream = File.OpenRead(s_samplePath);
        await new CooperativeStore(context).ImportAsync(stream, cancellationToken: Cancel.Token);
        return context;
    }

    private static async Task<RegistryImportResult> ImportAsync(CooperativeStore store, string[] lines, RegistryImportOptions? options = null)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"));
        return await store.ImportAsync(stream, options, Cancel.Token);
    }

    private static string Header() => """{"format":"coop-registry","version":1,"generated":"1404/08/25"}""";

    private static Cooperative Parse(string line) => JsonSerializer.Deserialize(line, CoopJsonContext.Default.Cooperative)!;

    private static string Renamed(string line, string name, string newName) =>
        line.Replace("\"name\":\"" + name + "\"", "\"name\":\"" + newName + "\"", StringComparison.Ordinal);

    private static string Json(Cooperative cooperative) => JsonSerializer.Serialize(cooperative, CoopJsonContext.Default.Cooperative);

    private static IEnumerable<EligibilityFacts> Applicants(Cooperative cooperative, bool byApplication) =>
        byApplication
            ? cooperative.FacilityApplications.Where(a => a.AppliedOn <= s_asOf).Select(a => new EligibilityFacts(cooperative, s_asOf, a))
            : [new EligibilityFacts(cooperative, s_asOf)];

    private static string Signature(Decision decision) =>
        $"{decision.Policy.Id}@{decision.Policy.Version} {decision.Outcome} {decision.Score} "
        + string.Join("; ", decision.Rules.Select(r => $"{r.Rule.Id}={r.Status} {r.MissingFact} {r.Observed} {r.Required} {r.Message?.En} {r.Message?.Fa}"));

    // Fails the n-th commit after the batch's rows were written, as a lost connection would.
    private sealed class FailingCommit(int failAt) : DbTransactionInterceptor
    {
        private int _commits;

        public override ValueTask<InterceptionResult> TransactionCommittingAsync(
            DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            ++_commits == failAt ? throw new SimulatedDatabaseError() : ValueTask.FromResult(result);
    }

    private sealed class SimulatedDatabaseError() : DbException("the connection was lost (simulated)");
}

public sealed class SqliteRegistryStoreTests() : RegistryStoreTests(SqliteDatabase.CreateAsync);

public sealed class PostgresRegistryStoreTests() : RegistryStoreTests(PostgresDatabase.CreateAsync);
