using Coop.Domain.Calendar;

namespace Coop.Domain.Tests.Calendar;

public class DeadlinesTests
{
    private static SolarHijriDate D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void The_assembly_for_fiscal_year_1404_is_due_four_months_after_29_Esfand_on_31_Tir_1405()
    {
        Assert.Equal(D(1405, 4, 31), Deadlines.MonthsAfterEndOf(ReportingPeriod.Year(1404), 4));
    }

    [Fact]
    public void The_assembly_for_leap_fiscal_year_1403_is_due_on_31_Tir_1404()
    {
        Assert.Equal(D(1404, 4, 31), Deadlines.MonthsAfterEndOf(ReportingPeriod.Year(1403), 4));
    }

    [Fact]
    public void An_assembly_notice_within_two_months_of_fiscal_year_1404_is_due_on_31_Ordibehesht_1405()
    {
        Assert.Equal(D(1405, 2, 31), Deadlines.MonthsAfterEndOf(ReportingPeriod.Year(1404), 2));
    }

    [Fact]
    public void A_Mehr_fiscal_year_ending_31_Shahrivar_gives_the_last_day_of_Dey_four_months_later()
    {
        Assert.Equal(D(1405, 10, 30), Deadlines.MonthsAfterEndOf(ReportingPeriod.FiscalYear(1404, 7), 4));
        Assert.Equal(D(1405, 12, 29), Deadlines.MonthsAfterEndOf(ReportingPeriod.Season(1405, 3), 3));
    }

    [Theory]
    [InlineData(1404, 12, 29, 4, true, 1405, 4, 31)]
    [InlineData(1404, 12, 29, 4, false, 1405, 4, 29)]
    [InlineData(1404, 7, 30, 1, true, 1404, 8, 30)]
    [InlineData(1404, 6, 30, 1, true, 1404, 7, 30)]
    [InlineData(1404, 6, 31, 1, true, 1404, 7, 30)]
    [InlineData(1404, 6, 31, 1, false, 1404, 7, 30)]
    [InlineData(1404, 8, 25, 1, true, 1404, 9, 25)]
    [InlineData(1404, 11, 30, 1, true, 1404, 12, 29)]
    [InlineData(1402, 11, 30, 1, true, 1402, 12, 29)]
    [InlineData(1403, 11, 30, 1, true, 1403, 12, 30)]
    [InlineData(1404, 7, 30, -1, true, 1404, 6, 31)]
    [InlineData(1404, 7, 30, -1, false, 1404, 6, 30)]
    [InlineData(1404, 8, 25, 0, true, 1404, 8, 25)]
    public void Months_after_a_date_keep_the_day_clamped_and_the_end_of_month_when_sticky(
        int y, int m, int d, int months, bool sticky, int ey, int em, int ed)
    {
        Assert.Equal(D(ey, em, ed), Deadlines.MonthsAfter(D(y, m, d), months, sticky));
    }

    [Fact]
    public void A_deadline_after_a_day_period_keeps_the_day_of_the_month()
    {
        Assert.Equal(D(1404, 9, 25), Deadlines.MonthsAfterEndOf(ReportingPeriod.Day(D(1404, 8, 25)), 1));
        Assert.Equal(D(1404, 8, 25), Deadlines.MonthsAfterEndOf(ReportingPeriod.Day(D(1404, 8, 25)), 0));
    }

    [Fact]
    public void Negative_months_after_a_period_and_results_out_of_range_are_rejected()
    {
        Assert.Equal("months", Assert.Throws<ArgumentOutOfRangeException>(() => Deadlines.MonthsAfterEndOf(ReportingPeriod.Year(1404), -1)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Deadlines.MonthsAfterEndOf(ReportingPeriod.Year(9377), 1));
    }
}
