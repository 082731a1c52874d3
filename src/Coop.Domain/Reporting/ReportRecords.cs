using Coop.Domain.Model;

namespace Coop.Domain.Reporting;

/// <summary>Extracts the dated records of a period report from the cooperative model.</summary>
public static class ReportRecords
{
    /// <summary>
    /// The dated records of every cooperative: one <see cref="ReportMeasure.Registrations"/> record at <see cref="Cooperative.RegisteredOn"/>,
    /// one <see cref="ReportMeasure.StatusChanges"/> record per status change (except a first one effective on the registration date, which is the registration),
    /// one <see cref="ReportMeasure.Credits"/> record per facility application (at its application date, amount requested, its sector),
    /// and one <see cref="ReportMeasure.Jobs"/> record per employment record (at its start, quantity = jobs).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="cooperatives"/> or one of its elements is null.</exception>
    public static IEnumerable<ReportRecord> From(IEnumerable<Cooperative> cooperatives)
    {
        ArgumentNullException.ThrowIfNull(cooperatives);
        return Iterate(cooperatives);
    }

    private static IEnumerable<ReportRecord> Iterate(IEnumerable<Cooperative> cooperatives)
    {
        foreach (Cooperative coop in cooperatives)
        {
            ArgumentNullException.ThrowIfNull(coop, nameof(cooperatives));
            string county = coop.CountyCode;
            CooperativeKind kind = coop.Kind;
            yield return new ReportRecord(ReportMeasure.Registrations, coop.RegisteredOn, county, kind, null, Money.Zero, 1);
            for (int i = 0; i < coop.StatusHistory.Length; i++)
            {
                if (i == 0 && coop.StatusHistory[0].EffectiveFrom == coop.RegisteredOn)
                {
                    continue;
                }

                yield return new ReportRecord(ReportMeasure.StatusChanges, coop.StatusHistory[i].EffectiveFrom, county, kind, null, Money.Zero, 1);
            }

            foreach (FacilityApplication application in coop.FacilityApplications)
            {
                yield return new ReportRecord(ReportMeasure.Credits, application.AppliedOn, county, kind, application.Sector, application.AmountRequested, 1);
            }

            foreach (EmploymentRecord employment in coop.Employment)
            {
                yield return new ReportRecord(ReportMeasure.Jobs, employment.From, county, kind, null, Money.Zero, employment.Jobs);
            }
        }
    }
}
