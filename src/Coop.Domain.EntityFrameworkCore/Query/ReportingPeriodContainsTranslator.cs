using System.Reflection;
using Coop.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace Coop.Domain.EntityFrameworkCore.Query;

/// <summary>
/// Translates <see cref="ReportingPeriod.Contains(SolarHijriDate)"/> on a date column into a range on that column,
/// <c>date &gt;= first day AND date &lt;= last day</c>, so it runs in the database and can use the column's index.
/// </summary>
/// <remarks>
/// The period must be a value of the query (a captured variable, a constant, <c>ReportingPeriod.Season(1404, 3)</c>):
/// a period stored in a column (as its canonical text) has no dates to compare in SQL, and such a query is
/// refused by EF Core as untranslatable rather than evaluated on the client.
/// </remarks>
internal sealed class ReportingPeriodContainsTranslator : IMethodCallTranslator
{
    private static readonly MethodInfo s_containsDate =
        typeof(ReportingPeriod).GetMethod(nameof(ReportingPeriod.Contains), [typeof(SolarHijriDate)])!;

    private readonly ISqlExpressionFactory _sql;
    private readonly IRelationalTypeMappingSource _mappings;

    public ReportingPeriodContainsTranslator(ISqlExpressionFactory sql, IRelationalTypeMappingSource mappings)
    {
        _sql = sql;
        _mappings = mappings;
    }

    public SqlExpression? Translate(SqlExpression? instance, MethodInfo method, IReadOnlyList<SqlExpression> arguments, IDiagnosticsLogger<DbLoggerCategory.Query> logger)
    {
        if (!method.Equals(s_containsDate) || arguments[0] is not { TypeMapping: not null } date)
        {
            return null;
        }

        switch (instance)
        {
            case SqlConstantExpression { Value: ReportingPeriod period }:
                return _sql.AndAlso(
                    _sql.GreaterThanOrEqual(date, _sql.Constant(period.Start, date.TypeMapping)),
                    _sql.LessThanOrEqual(date, _sql.Constant(period.End, date.TypeMapping)));

            case SqlParameterExpression parameter:
                RelationalTypeMapping text = _mappings.FindMapping(typeof(string))!;
                var bounds = _sql.ApplyTypeMapping(parameter, (RelationalTypeMapping)text.WithComposedConverter(PeriodBoundsConverter.Instance));
                return _sql.AndAlso(
                    _sql.GreaterThanOrEqual(date, Bound(bounds, 1, text, date.TypeMapping)),
                    _sql.LessThanOrEqual(date, Bound(bounds, 1 + PeriodBoundsConverter.DateLength, text, date.TypeMapping)));

            default:
                return null;
        }
    }

    // CAST(substr(@period, from, 10) AS <the date column's store type>): a date on PostgreSQL, TEXT on SQLite.
    private SqlExpression Bound(SqlExpression bounds, int from, RelationalTypeMapping text, RelationalTypeMapping dateMapping) =>
        _sql.Convert(
            _sql.Function(
                "substr",
                [bounds, _sql.Constant(from), _sql.Constant(PeriodBoundsConverter.DateLength)],
                nullable: true,
                argumentsPropagateNullability: [true, false, false],
                typeof(string),
                text),
            typeof(SolarHijriDate),
            dateMapping);
}
