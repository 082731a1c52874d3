using Coop.Domain.Calendar;
using Coop.Domain.EntityFrameworkCore.Tests.Infrastructure;
using Coop.Domain.EntityFrameworkCore.Tests.Storage;
using Coop.Domain.Model;
using CsCheck;
using Microsoft.EntityFrameworkCore;

namespace Coop.Domain.EntityFrameworkCore.Tests.Query;

/// <summary>
/// Queries over the value types run in the database: the SQL (ToQueryString) compares the columns, and running it
/// gives the rows LINQ to Objects gives over the same values.
/// </summary>
public abstract class QueryTranslationTests(Func<Task<TestDatabase>> create)
{
    // The date column as each provider prints it: "r"."Date" (SQLite) or r."Date" (PostgreSQL).
    private const string Date = "\"?r\"?\\.\"Date\"";

    [Fact]
    public async Task A_date_comparison_and_ordering_run_in_the_database()
    {
        await using TestDatabase db = await create();
        ValueRow[] rows = await SeedAsync(db);
        var from = new SolarHijriDate(1350, 1, 1);
        await using var context = new ValuesContext(db.Options<ValuesContext>());
        IQueryable<ValueRow> query = context.Rows.Where(r => r.Date >= from).OrderBy(r => r.Date).ThenBy(r => r.Id);

        string sql = query.ToQueryString();
        Assert.Matches("WHERE " + Date + " >= @from", sql);
        Assert.Matches("ORDER BY " + Date, sql);
        Assert.Equal(
            rows.Where(r => r.Date >= from).OrderBy(r => r.Date).ThenBy(r => r.Id).Select(r => r.Id),
            await query.Select(r => r.Id).ToListAsync(Cancel.Token));
    }

    [Fact]
    public async Task A_date_range_runs_in_the_database()
    {
        await using TestDatabase db = await create();
        ValueRow[] rows = await SeedAsync(db);
        var start = new SolarHijriDate(1403, 12, 1);
        var end = new SolarHijriDate(1404, 1, 15);
        await using var context = new ValuesContext(db.Options<ValuesContext>());
        IQueryable<ValueRow> query = context.Rows.Where(r => r.Date >= start && r.Date <= end).OrderBy(r => r.Id);

        Assert.Matches(Date + " >= @start AND " + Date + " <= @end", query.ToQueryString());
        Assert.Equal(
            rows.Where(r => r.Date >= start && r.Date <= end).Select(r => r.Id),
            await query.Select(r => r.Id).ToListAsync(Cancel.Token));
    }

    [Fact]
    public async Task Period_containment_of_a_captured_period_is_translated_to_a_range_on_the_date_column()
    {
        await using TestDatabase db = await create();
        ValueRow[] rows = await SeedAsync(db);
        await using var context = new ValuesContext(db.Options<ValuesContext>());
        ReportingPeriod season = ReportingPeriod.Season(1404, 1);
        IQueryable<ValueRow> query = context.Rows.Where(r => season.Contains(r.Date)).OrderBy(r => r.Id);

        string sql = query.ToQueryString();
        // SQLite: CAST(substr(@season, 1, 10) AS TEXT); PostgreSQL: substr(@season, 1, 10)::date.
        Assert.Matches(Date + @" >= (CAST\()?substr\(@season, 1, 10\)( AS TEXT\)|::date) AND " + Date + @" <= (CAST\()?substr\(@season, 11, 10\)( AS TEXT\)|::date)", sql);
        Assert.Contains("2025-03-212025-06-21", sql, StringComparison.Ordinal);
        var expected = rows.Where(r => season.Contains(r.Date)).Select(r => r.Id).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, await query.Select(r => r.Id).ToListAsync(Cancel.Token));
    }

    [Fact]
    public async Task Period_containment_agrees_with_LINQ_to_Objects_for_any_period()
    {
        await using TestDatabase db = await create();
        ValueRow[] rows = await SeedAsync(db);
        await using var context = new ValuesContext(db.Options<ValuesContext>());
        await Gens.Period.SampleAsync(
            async period =>
            {
                var expected = rows.Where(r => period.Contains(r.Date)).Select(r => r.Id).OrderBy(i => i).ToList();
                var actual = await context.Rows.Where(r => period.Contains(r.Date)).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(Cancel.Token);
                Assert.Equal(expected, actual);
            },
            iter: 40,
            threads: 1);
    }

    [Fact]
    public async Task A_fiscal_year_built_in_the_query_is_translated_too()
    {
        await using TestDatabase db = await create();
        ValueRow[] rows = await SeedAsync(db);
        await using var context = new ValuesContext(db.Options<ValuesContext>());
        IQueryable<int> query = context.Rows.Where(r => ReportingPeriod.FiscalYear(1403, 7).Contains(r.Date)).Select(r => r.Id);

        // EF Core evaluates the period while compiling the query: its two days are literals of the date column's type.
        Assert.Matches(Date + " >= (DATE )?'2024-09-22' AND " + Date + " <= (DATE )?'2025-09-22'", query.ToQueryString());
        Assert.Equal(
            rows.Where(r => ReportingPeriod.FiscalYear(1403, 7).Contains(r.Date)).Select(r => r.Id).Order(),
            (await query.ToListAsync(Cancel.Token)).Order());
    }

    [Fact]
    public async Task A_period_stored_in_a_column_is_refused_as_untranslatable_not_evaluated_on_the_client()
    {
        await using TestDatabase db = await create();
        await SeedAsync(db);
        await using var context = new ValuesContext(db.Options<ValuesContext>());
        var e = await Assert.ThrowsAsync<InvalidOperationException>(
            () => context.Rows.Where(r => r.Period.Contains(r.Date)).ToListAsync(Cancel.Token));
        Assert.Contains("could not be translated", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Money_compares_and_orders_exactly_in_the_database()
    {
        await using TestDatabase db = await create();
        ValueRow[] rows = await SeedAsync(db);
        Money threshold = Money.FromRials(123_456_789);
        await using var context = new ValuesContext(db.Options<ValuesContext>());
        IQueryable<ValueRow> query = context.Rows.Where(r => r.Amount > threshold).OrderByDescending(r => r.Amount).ThenBy(r => r.Id);

        Assert.Matches("\"?r\"?\\.\"Amount\" > @threshold", query.ToQueryString());
        Assert.Equal(
            rows.Where(r => r.Amount > threshold).OrderByDescending(r => r.Amount).ThenBy(r => r.Id).Select(r => r.Id),
            await query.Select(r => r.Id).ToListAsync(Cancel.Token));

        // Amounts 12 rials apart near the 64-bit limit: a floating-point column could not tell them apart.
        Money nearMax = Money.FromRials(long.MaxValue - 12);
        Assert.Equal([3], await context.Rows.Where(r => r.Amount == nearMax).Select(r => r.Id).ToListAsync(Cancel.Token));
    }

    [Fact]
    public async Task Identifiers_and_periods_compare_by_their_stored_text()
    {
        await using TestDatabase db = await create();
        ValueRow[] rows = await SeedAsync(db);
        ValueRow target = rows[7];
        await using var context = new ValuesContext(db.Options<ValuesContext>());

        Assert.Equal([target.Id], await context.Rows.Where(r => r.Code == target.Code && r.LegalId == target.LegalId).Select(r => r.Id).ToListAsync(Cancel.Token));
        Assert.Equal(
            rows.Where(r => r.Period == target.Period).Select(r => r.Id).Order(),
            (await context.Rows.Where(r => r.Period == target.Period).Select(r => r.Id).ToListAsync(Cancel.Token)).Order());
    }

    // 60 rows: dates across 1206–1498 plus a cluster around Nowruz 1404, so periods of 1403–1404 catch some.
    private static async Task<ValueRow[]> SeedAsync(TestDatabase db)
    {
        await ValueRoundTripTests.CreateSchemaAsync(db);
        ValueRow[] rows = Gens.Row.Array[60].Single();
        for (int i = 0; i < rows.Length; i++)
        {
            rows[i].Id = i + 1;
            if (i % 3 == 0)
            {
                rows[i].Date = new SolarHijriDate(1403, 11, 1).AddDays(i * 4);
            }
        }

        rows[0].Amount = Money.MaxValue;
        rows[1].Amount = Money.FromRials(-long.MaxValue + 7);
        rows[2].Amount = Money.FromRials(long.MaxValue - 12);
        await using var context = new ValuesContext(db.Options<ValuesContext>());
        context.Rows.AddRange(rows);
        await context.SaveChangesAsync(Cancel.Token);
        return rows;
    }
}

public sealed class SqliteQueryTranslationTests() : QueryTranslationTests(SqliteDatabase.CreateAsync);

public sealed class PostgresQueryTranslationTests() : QueryTranslationTests(PostgresDatabase.CreateAsync);
