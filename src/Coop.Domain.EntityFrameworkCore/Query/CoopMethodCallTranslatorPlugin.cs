using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;

namespace Coop.Domain.EntityFrameworkCore.Query;

/// <summary>The method translators of Coop.Domain, registered by <c>UseCoopDomain()</c>.</summary>
internal sealed class CoopMethodCallTranslatorPlugin : IMethodCallTranslatorPlugin
{
    public CoopMethodCallTranslatorPlugin(ISqlExpressionFactory sql, IRelationalTypeMappingSource mappings) =>
        Translators = [new ReportingPeriodContainsTranslator(sql, mappings)];

    public IEnumerable<IMethodCallTranslator> Translators { get; }
}
