using Coop.Domain.Calendar;

namespace Coop.Domain.Model;

/// <summary>A fiscal year's financial statements, in rials.</summary>
/// <param name="FiscalYear">The fiscal year, named by the Solar Hijri year it starts in; one statement per year.</param>
/// <param name="Revenue">Operating revenue, at least zero.</param>
/// <param name="NetSurplus">Net surplus (negative for a loss).</param>
/// <param name="TotalAssets">Total assets, at least zero; must equal <paramref name="Equity"/> + <paramref name="Debts"/>.</param>
/// <param name="Equity">Members' equity (may be negative when losses exceed capital).</param>
/// <param name="Debts">Total liabilities, at least zero.</param>
/// <param name="Audit">The audit status.</param>
/// <param name="SubmittedToInspectorsOn">When the board gave them to the inspectors (B6); after the fiscal year ends.</param>
/// <param name="SubmittedToSystemOn">When they were entered in the smart cooperative system (S2); after the fiscal year ends.</param>
public sealed record FinancialStatement(
    int FiscalYear,
    Money Revenue,
    Money NetSurplus,
    Money TotalAssets,
    Money Equity,
    Money Debts,
    AuditStatus Audit,
    SolarHijriDate? SubmittedToInspectorsOn,
    SolarHijriDate? SubmittedToSystemOn);
