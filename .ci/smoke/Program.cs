using Coop.Domain.Calendar;
using Coop.Domain.Text;

// Calls a few public APIs of the packed package; .ci/run compares the output with expected.txt.
var lastDay = new SolarHijriDate(1403, 12, 30);
Console.WriteLine(lastDay.ToDateOnly().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
Console.WriteLine(lastDay.AddDays(1));
Console.WriteLine(SolarHijriCalendar.IsLeapYear(1404));
Console.WriteLine(new SolarHijriDate(1404, 6, 31).AddMonths(1));
Console.WriteLine(SolarHijriDate.FromLocalDate(new NodaTime.LocalDate(2025, 11, 16)));
Console.WriteLine(PersianText.Normalize("۱۴۰۴/۰۸/۲۵"));
try
{
    _ = new SolarHijriDate(1404, 7, 31);
}
catch (ArgumentOutOfRangeException)
{
    Console.WriteLine("1404/07/31 rejected");
}
