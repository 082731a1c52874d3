using Coop.Domain.Calendar;

namespace Coop.Domain.Tests.Calendar;

public class WeekendRuleTests
{
    [Fact]
    public void Friday_is_the_only_rest_day_of_the_default_rule()
    {
        Assert.Equal([DayOfWeek.Friday], WeekendRule.Friday.Days);
        Assert.True(WeekendRule.Friday.IsWeekend(DayOfWeek.Friday));
        Assert.False(WeekendRule.Friday.IsWeekend(DayOfWeek.Thursday));
        Assert.Same(WeekendRule.Friday, WorkCalendar.Default.Weekend);
    }

    [Fact]
    public void Thursday_and_Friday_rule_lists_both_days_in_week_order()
    {
        Assert.Equal([DayOfWeek.Thursday, DayOfWeek.Friday], WeekendRule.ThursdayFriday.Days);
        Assert.Equal("Thursday+Friday", WeekendRule.ThursdayFriday.ToString());
    }

    [Fact]
    public void Any_set_of_days_can_be_a_weekend_and_equal_sets_are_equal_rules()
    {
        var rule = WeekendRule.Of(DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Friday);
        Assert.Equal([DayOfWeek.Saturday, DayOfWeek.Friday], rule.Days);
        Assert.Equal(WeekendRule.Of(DayOfWeek.Saturday, DayOfWeek.Friday), rule);
        Assert.Equal(WeekendRule.Of(DayOfWeek.Saturday, DayOfWeek.Friday).GetHashCode(), rule.GetHashCode());
        Assert.NotEqual(WeekendRule.Friday, rule);
        Assert.Same(WeekendRule.ThursdayFriday, WeekendRule.Of(DayOfWeek.Friday, DayOfWeek.Thursday));
        Assert.Same(WeekendRule.None, WeekendRule.Of());
        Assert.Empty(WeekendRule.None.Days);
    }

    [Fact]
    public void A_weekend_of_all_seven_days_or_an_undefined_day_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => WeekendRule.Of(Enum.GetValues<DayOfWeek>()));
        Assert.Throws<ArgumentOutOfRangeException>(() => WeekendRule.Of((DayOfWeek)7));
        Assert.Throws<ArgumentNullException>(() => WeekendRule.Of(null!));
    }

    [Theory]
    [InlineData("friday", "Friday")]
    [InlineData("thursday-friday", "Thursday+Friday")]
    [InlineData("Friday+THURSDAY", "Thursday+Friday")]
    [InlineData("friday, saturday", "Saturday+Friday")]
    [InlineData("none", "none")]
    public void Text_names_a_rule(string text, string expected)
    {
        Assert.True(WeekendRule.TryParse(text, out WeekendRule rule));
        Assert.Equal(expected, rule.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("fri")]
    [InlineData("friday-")]
    [InlineData("saturday-sunday-monday-tuesday-wednesday-thursday-friday")]
    public void Text_that_names_no_valid_rule_is_refused(string? text)
    {
        Assert.False(WeekendRule.TryParse(text, out WeekendRule rule));
        Assert.Same(WeekendRule.Friday, rule);
    }
}
