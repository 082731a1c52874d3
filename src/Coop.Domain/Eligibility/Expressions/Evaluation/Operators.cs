using Coop.Domain.Calendar;

namespace Coop.Domain.Eligibility.Expressions;

/// <summary>
/// Comparison and arithmetic operators as static members of structs: generic code instantiated over
/// them is specialised by the JIT (and by native AOT), so the operator costs no delegate call.
/// </summary>
internal interface ITest
{
    static abstract bool Test(int comparison);
}

internal readonly struct EqualTest : ITest
{
    public static bool Test(int comparison) => comparison == 0;
}

internal readonly struct NotEqualTest : ITest
{
    public static bool Test(int comparison) => comparison != 0;
}

internal readonly struct LessTest : ITest
{
    public static bool Test(int comparison) => comparison < 0;
}

internal readonly struct LessOrEqualTest : ITest
{
    public static bool Test(int comparison) => comparison <= 0;
}

internal readonly struct GreaterTest : ITest
{
    public static bool Test(int comparison) => comparison > 0;
}

internal readonly struct GreaterOrEqualTest : ITest
{
    public static bool Test(int comparison) => comparison >= 0;
}

internal interface IArithmetic<T>
{
    static abstract T Apply(T left, T right);
}

internal readonly struct AddInteger : IArithmetic<long>
{
    public static long Apply(long left, long right) => checked(left + right);
}

internal readonly struct SubtractInteger : IArithmetic<long>
{
    public static long Apply(long left, long right) => checked(left - right);
}

internal readonly struct MultiplyInteger : IArithmetic<long>
{
    public static long Apply(long left, long right) => checked(left * right);
}

internal readonly struct AddDecimal : IArithmetic<decimal>
{
    public static decimal Apply(decimal left, decimal right) => left + right;
}

internal readonly struct SubtractDecimal : IArithmetic<decimal>
{
    public static decimal Apply(decimal left, decimal right) => left - right;
}

internal readonly struct MultiplyDecimal : IArithmetic<decimal>
{
    public static decimal Apply(decimal left, decimal right) => left * right;
}

internal readonly struct DivideDecimal : IArithmetic<decimal>
{
    public static decimal Apply(decimal left, decimal right) => left / right;
}

internal readonly struct AddDuration : IArithmetic<CalendarDuration>
{
    public static CalendarDuration Apply(CalendarDuration left, CalendarDuration right) => left + right;
}

internal readonly struct SubtractDuration : IArithmetic<CalendarDuration>
{
    public static CalendarDuration Apply(CalendarDuration left, CalendarDuration right) => left - right;
}

internal readonly struct Smaller<T> : IArithmetic<T>
    where T : IComparable<T>
{
    public static T Apply(T left, T right) => right.CompareTo(left) < 0 ? right : left;
}

internal readonly struct Larger<T> : IArithmetic<T>
    where T : IComparable<T>
{
    public static T Apply(T left, T right) => right.CompareTo(left) > 0 ? right : left;
}

/// <summary>The date functions of the language, on <see cref="SolarHijriDate"/>.</summary>
internal static class DateFunctions
{
    /// <summary>Adds the months first (clamping the day to a shorter month's end), then the days.</summary>
    public static SolarHijriDate Add(SolarHijriDate date, CalendarDuration duration, int sign) =>
        date.AddMonths(sign * duration.Months).AddDays(sign * duration.Days);

    /// <summary>Whole months m such that <paramref name="from"/> + m months ≤ <paramref name="to"/> (negated when <paramref name="to"/> is earlier).</summary>
    public static long MonthsBetween(SolarHijriDate from, SolarHijriDate to)
    {
        if (to < from)
        {
            return -MonthsBetween(to, from);
        }

        int months = ((to.Year - from.Year) * 12) + to.Month - from.Month;
        if (months > 0 && from.AddMonths(months) > to)
        {
            months--;
        }

        return months;
    }

    public static SolarHijriDate StartOfMonth(SolarHijriDate date) => new(date.Year, date.Month, 1);

    public static SolarHijriDate EndOfMonth(SolarHijriDate date) => new(date.Year, date.Month, date.DaysInMonth);

    /// <summary>The Solar Hijri year in which the fiscal year containing <paramref name="date"/> starts.</summary>
    public static int FiscalYear(SolarHijriDate date, int startMonth) => date.Month >= startMonth ? date.Year : date.Year - 1;

    public static SolarHijriDate StartOfFiscalYear(SolarHijriDate date, int startMonth) => new(FiscalYear(date, startMonth), startMonth, 1);

    public static SolarHijriDate EndOfFiscalYear(SolarHijriDate date, int startMonth) =>
        StartOfFiscalYear(date, startMonth).AddMonths(12).AddDays(-1);
}
