using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Facts;
using NodaTime;

namespace Coop.Domain.DependencyInjection;

/// <summary>
/// What <c>services.AddCoopDomain(options =&gt; …)</c> registers. Every property has a working default; set only what
/// differs. The values registered are the ones set when the configure callback returns.
/// </summary>
public sealed class CoopDomainOptions
{
    /// <summary>The clock that says what "today" is; <see cref="SystemClock.Instance"/> by default. Use a
    /// <c>FakeClock</c> in tests.</summary>
    public IClock Clock { get; set; } = SystemClock.Instance;

    /// <summary>
    /// The working-day calendar; <see cref="WorkCalendar.Default"/> (Friday weekend, the official holiday table) by
    /// default. Configure the weekend rule and extra closures with its <c>With…</c> methods, e.g.
    /// <c>options.WorkCalendar = WorkCalendar.Default.WithWeekend(WeekendRule.ThursdayFriday)</c>.
    /// </summary>
    public WorkCalendar WorkCalendar { get; set; } = WorkCalendar.Default;

    /// <summary>The fact schema rules are compiled against; <see cref="CoopFactSchema.Instance"/> by default.</summary>
    public FactSchema<EligibilityFacts> FactSchema { get; set; } = CoopFactSchema.Instance;
}
