using System.Data.Common;
using Coop.Domain.Calendar;
using Coop.Domain.EntityFrameworkCore.Storage;
using Coop.Domain.EntityFrameworkCore.Tests.Infrastructure;
using Coop.Domain.Model;
using Coop.Domain.Model.Identifiers;
using CsCheck;
using Microsoft.EntityFrameworkCore;

namespace Coop.Domain.EntityFrameworkCore.Tests.Storage;

/// <summary>Every value type survives a real database unchanged; what the database holds is the documented column type.</summary>
public abstract class ValueRoundTripTests(Func<Task<TestDatabase>> create)
{
    private static readonly ValueRow s_fixed = new()
    {
        Date = new SolarHijriDate(1404, 8, 25),
        Amount = Money.FromRials(9_400_000_000_000),
        Period = ReportingPeriod.Season(1404, 3),
        Code = NationalCode.Parse("0010350829"),
        LegalId = LegalEntityId.Parse("14005893875"),
        Postal = Gens.PostalCode.Single(),
        Account = Gens.Sheba.Single(),
        Registration = RegistrationNumber.Parse("391130"),
    };

    [Fact]
    public async Task Every_value_type_survives_the_database_unchanged_for_random_values()
    {
        await using TestDatabase db = await create();
        await CreateSchemaAsync(db);
        await Gens.Row.Array[1, 12].SampleAsync(
            async rows =>
            {
                await using (var write = new ValuesContext(db.Options<ValuesContext>()))
                {
                    write.Rows.AddRange(rows);
                    await write.SaveChangesAsync(Cancel.Token);
                }

                await using var read = new ValuesContext(db.Options<ValuesContext>());
                var back = await read.Rows.AsNoTracking().OrderBy(r => r.Id).ToListAsync(Cancel.Token);
                Assert.Equal(rows.Length, back.Count);
                foreach ((ValueRow expected, ValueRow actual) in rows.OrderBy(r => r.Id).Zip(back))
                {
                    AssertSame(expected, actual);
                }

                await read.Rows.ExecuteDeleteAsync(Cancel.Token);
            },
            iter: 25,
            threads: 1);
    }

    [Fact]
    public async Task The_limits_survive_the_database_unchanged()
    {
        await using TestDatabase db = await create();
        await CreateSchemaAsync(db);
        ValueRow[] rows =
        [
            With(s_fixed, SolarHijriDate.MinValue, Money.MinValue, ReportingPeriod.Custom(SolarHijriDate.MinValue, SolarHijriDate.MaxValue)),
            With(s_fixed, SolarHijriDate.MaxValue, Money.MaxValue, ReportingPeriod.Day(SolarHijriDate.MaxValue)),
            With(s_fixed, new SolarHijriDate(1403, 12, 30), Money.Zero, ReportingPeriod.FiscalYear(1404, 7)),
        ];
        await using (var write = new ValuesContext(db.Options<ValuesContext>()))
        {
            write.Rows.AddRange(rows);
            await write.SaveChangesAsync(Cancel.Token);
        }

        await using var read = new ValuesContext(db.Options<ValuesContext>());
        var back = await read.Rows.AsNoTracking().OrderBy(r => r.Id).ToListAsync(Cancel.Token);
        foreach ((ValueRow expected, ValueRow actual) in rows.Zip(back))
        {
            AssertSame(expected, actual);
        }
    }

    [Fact]
    public async Task Columns_hold_the_Gregorian_date_the_rials_and_the_canonical_texts()
    {
        await using TestDatabase db = await create();
        await CreateSchemaAsync(db);
        await using (var write = new ValuesContext(db.Options<ValuesContext>()))
        {
            write.Rows.Add(s_fixed);
            await write.SaveChangesAsync(Cancel.Token);
        }

        await using DbConnection connection = await db.OpenConnectionAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = db.IsPostgres
            ? """SELECT "Date"::text, "Amount", "Period", "Code", "LegalId", pg_typeof("Date")::text, pg_typeof("Amount")::text, pg_typeof("Code")::text FROM "Rows" """
            : """SELECT "Date", "Amount", "Period", "Code", "LegalId", typeof("Date"), typeof("Amount"), typeof("Code") FROM "Rows" """;
        await using DbDataReader reader = await command.ExecuteReaderAsync(Cancel.Token);
        Assert.True(await reader.ReadAsync(Cancel.Token));
        Assert.Equal("2025-11-16", reader.GetString(0));
        Assert.Equal(9_400_000_000_000L, reader.GetInt64(1));
        Assert.Equal("1404-Q3", reader.GetString(2));
        Assert.Equal("0010350829", reader.GetString(3));
        Assert.Equal("14005893875", reader.GetString(4));
        Assert.Equal(db.IsPostgres ? ["date", "bigint", "character"] : ["text", "integer", "text"], [reader.GetString(5), reader.GetString(6), reader.GetString(7)]);
    }

    [Fact]
    public async Task Missing_optional_values_are_stored_as_NULL_and_read_back_as_null()
    {
        await using TestDatabase db = await create();
        await CreateSchemaAsync(db);
        await using (var write = new ValuesContext(db.Options<ValuesContext>()))
        {
            write.Rows.Add(With(s_fixed, s_fixed.Date, s_fixed.Amount, s_fixed.Period));
            await write.SaveChangesAsync(Cancel.Token);
        }

        await using var read = new ValuesContext(db.Options<ValuesContext>());
        Assert.Equal(1, await read.Rows.CountAsync(r => r.OptionalDate == null && r.OptionalAmount == null && r.OptionalCode == null, Cancel.Token));
        ValueRow back = await read.Rows.SingleAsync(Cancel.Token);
        Assert.Null(back.OptionalDate);
        Assert.Null(back.OptionalCode);
    }

    [Theory]
    [InlineData("Code", "0010350820", "national code's check digit")]
    [InlineData("LegalId", "14005893870", "check digit")]
    [InlineData("Period", "1404-Q5", "1404-Q5")]
    public async Task An_invalid_stored_value_is_refused_when_read_naming_the_value(string column, string stored, string reason)
    {
        await using TestDatabase db = await create();
        await CreateSchemaAsync(db);
        await using (var write = new ValuesContext(db.Options<ValuesContext>()))
        {
            write.Rows.Add(s_fixed);
            await write.SaveChangesAsync(Cancel.Token);
#pragma warning disable EF1002 // The column name is one of the test's own constants; the value is a parameter.
            await write.Database.ExecuteSqlRawAsync($"UPDATE \"Rows\" SET \"{column}\" = {{0}}", [stored], Cancel.Token);
#pragma warning restore EF1002
        }

        await using var read = new ValuesContext(db.Options<ValuesContext>());
        Exception e = await Assert.ThrowsAnyAsync<Exception>(() => read.Rows.AsNoTracking().ToListAsync(Cancel.Token));
        StoredValueException stored_ = Assert.IsType<StoredValueException>(e is StoredValueException ? e : e.InnerException);
        Assert.Contains("'" + stored + "'", stored_.Message, StringComparison.Ordinal);
        Assert.Contains(reason, stored_.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_identifier_not_in_canonical_form_is_refused_when_read()
    {
        await using TestDatabase db = await create();
        await CreateSchemaAsync(db);
        await using (var write = new ValuesContext(db.Options<ValuesContext>()))
        {
            write.Rows.Add(s_fixed);
            await write.SaveChangesAsync(Cancel.Token);

            // A valid code typed with Persian digits: the parser accepts it, a column must not hold it.
            await write.Database.ExecuteSqlRawAsync("UPDATE \"Rows\" SET \"Registration\" = {0}", ["۳۹۱۱۳۰"], Cancel.Token);
        }

        await using var read = new ValuesContext(db.Options<ValuesContext>());
        Exception e = await Assert.ThrowsAnyAsync<Exception>(() => read.Rows.AsNoTracking().ToListAsync(Cancel.Token));
        var stored = Assert.IsType<StoredValueException>(e is StoredValueException ? e : e.InnerException);
        Assert.Contains("canonical form '391130'", stored.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_default_identifier_is_refused_when_saved()
    {
        await using TestDatabase db = await create();
        await CreateSchemaAsync(db);
        await using var write = new ValuesContext(db.Options<ValuesContext>());
        ValueRow row = With(s_fixed, s_fixed.Date, s_fixed.Amount, s_fixed.Period);
        row.Code = default;
        write.Rows.Add(row);
        var update = await Assert.ThrowsAsync<DbUpdateException>(() => write.SaveChangesAsync(Cancel.Token));
        var e = Assert.IsType<InvalidOperationException>(update.InnerException);
        Assert.Contains("default(NationalCode) holds no identifier", e.Message, StringComparison.Ordinal);
    }

    internal static async Task CreateSchemaAsync(TestDatabase db)
    {
        await using var context = new ValuesContext(db.Options<ValuesContext>());
        await context.Database.EnsureCreatedAsync(Cancel.Token);
    }

    private static ValueRow With(ValueRow template, SolarHijriDate date, Money amount, ReportingPeriod period) => new()
    {
        Date = date,
        Amount = amount,
        Period = period,
        Code = template.Code,
        LegalId = template.LegalId,
        Postal = template.Postal,
        Account = template.Account,
        Registration = template.Registration,
    };

    private static void AssertSame(ValueRow expected, ValueRow actual)
    {
        Assert.Equal(expected.Date, actual.Date);
        Assert.Equal(expected.OptionalDate, actual.OptionalDate);
        Assert.Equal(expected.Amount, actual.Amount);
        Assert.Equal(expected.OptionalAmount, actual.OptionalAmount);
        Assert.Equal(expected.Period, actual.Period);
        Assert.Equal(expected.Code, actual.Code);
        Assert.Equal(expected.OptionalCode, actual.OptionalCode);
        Assert.Equal(expected.LegalId, actual.LegalId);
        Assert.Equal(expected.Postal, actual.Postal);
        Assert.Equal(expected.Account, actual.Account);
        Assert.Equal(expected.Registration, actual.Registration);
    }
}

public sealed class SqliteValueRoundTripTests() : ValueRoundTripTests(SqliteDatabase.CreateAsync);

public sealed class PostgresValueRoundTripTests() : ValueRoundTripTests(PostgresDatabase.CreateAsync);
