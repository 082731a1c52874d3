using System.Globalization;
using Coop.Domain.Calendar;
using Coop.Domain.Service.Http;

namespace Coop.Domain.Service.Endpoints;

/// <summary>The calendar endpoints: date conversion, reporting periods and the holidays of a year.</summary>
internal static class CalendarEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/calendar/convert", Convert)
            .WithName("Convert")
            .WithSummary("Converts a date between the Solar Hijri and Gregorian calendars (a year below 1700 is Solar Hijri, else Gregorian; from=solar-hijri or gregorian forces one).")
            .Produces<ConvertedDate>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapGet("/periods/{period}", Period)
            .WithName("Period")
            .WithSummary("A reporting period (1404-Q3, 1404-08, 1404-H1, 1404, پاییز ۱۴۰۴, 1404/08/25..1404/09/10): its forms, first and last day in both calendars, length and working days.")
            .Produces<PeriodView>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapGet("/holidays/{year}", Holidays)
            .WithName("Holidays")
            .WithSummary("The holidays of a Solar Hijri year by the service's work calendar, each official or projected.")
            .Produces<HolidaysView>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static IResult Convert(string? date, string? from)
    {
        DateInputCalendar calendar = DateInputCalendar.Detect;
        if (from is not null && Input.Name("from", from, out calendar) is { } badFrom)
        {
            return Problems.BadInput(badFrom);
        }

        if (date is null)
        {
            return Problems.BadInput("date", "required: the date to convert, e.g. 1404/08/25 or 2025-11-16.");
        }

        CalendarConversionResult result = CalendarConversion.Convert(date, calendar);
        if (result.Error is { } error)
        {
            return Problems.BadInput("date", error);
        }

        return TypedResults.Ok(new ConvertedDate(
            date, result.InputCalendar, result.SolarHijri, Gregorian(result.SolarHijri), result.SolarHijri.DayOfWeek.ToString(), result.SolarHijri.ToString("fa")));
    }

    private static IResult Period(string period, string? fiscalStart, WorkCalendar calendar)
    {
        if (Input.FiscalStart("fiscalStart", fiscalStart, out int month) is { } badStart)
        {
            return Problems.BadInput(badStart);
        }

        if (Input.Period("period", period, month, out ReportingPeriod parsed) is { } badPeriod)
        {
            return Problems.BadInput(badPeriod);
        }

        int? workingDays = null;
        int projectedYear = 0;
        string? note = null;
        try
        {
            workingDays = calendar.CountWorkingDays(parsed.Start, parsed.End);
            projectedYear = calendar.FirstProjectedYearIn(parsed.Start, parsed.End);
            if (projectedYear != 0)
            {
                note = string.Create(CultureInfo.InvariantCulture,
                    $"the count rests on projected holidays of {projectedYear}; they may move by a day when its official calendar is published.");
            }
        }
        catch (HolidayDataUnavailableException e)
        {
            note = e.Message;
        }

        return TypedResults.Ok(new PeriodView(
            parsed, parsed.ToDisplayString(), parsed.Unit, parsed.Start, parsed.End, Gregorian(parsed.Start), Gregorian(parsed.End), parsed.LengthInDays, workingDays, note));
    }

    private static IResult Holidays(string year, WorkCalendar calendar)
    {
        if (Input.Year("year", year, out int y) is { } badYear)
        {
            return Problems.BadInput(badYear);
        }

        string? note = null;
        if (!calendar.HasLunarData(y))
        {
            if (calendar.MissingData == MissingHolidayDataBehavior.Throw)
            {
                return Problems.BadInput("year", new HolidayDataUnavailableException(y).Message);
            }

            note = string.Create(CultureInfo.InvariantCulture,
                $"the lunar and one-off holidays of {y} are not known (no official table; projections cover {WorkCalendar.FirstProjectedYear}–{WorkCalendar.LastProjectedYear}): only the fixed solar holidays are listed.");
            calendar = calendar.WithMissingData(MissingHolidayDataBehavior.SolarHolidaysOnly);
        }

        IReadOnlyList<Holiday> holidays = calendar.HolidaysIn(y);
        return TypedResults.Ok(new HolidaysView(
            y, calendar.HasLunarData(y), holidays.Count(h => h.Standing == HolidayStanding.Projected), [.. holidays.Select(HolidayView.Of)], note));
    }

    private static string Gregorian(SolarHijriDate date) => date.ToDateOnly().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>A converted date.</summary>
internal sealed record ConvertedDate(string Input, DateInputCalendar InputCalendar, SolarHijriDate SolarHijri, string Gregorian, string DayOfWeek, string Persian);

/// <summary>A reporting period.</summary>
internal sealed record PeriodView(
    ReportingPeriod Period, string Display, PeriodUnit Unit, SolarHijriDate Start, SolarHijriDate End, string StartGregorian, string EndGregorian,
    int Days, int? WorkingDays, string? Note);

/// <summary>The holidays of a year.</summary>
internal sealed record HolidaysView(int Year, bool Complete, int Projected, IReadOnlyList<HolidayView> Holidays, string? Note);

/// <summary>One holiday; <c>standing</c> is <c>official</c> (a published calendar) or <c>projected</c> (computed; may move by a day).</summary>
internal sealed record HolidayView(SolarHijriDate Date, string Gregorian, string DayOfWeek, HolidayKind Kind, string NameFa, string NameEn, string Standing, string Source)
{
    public static HolidayView Of(Holiday holiday) => new(
        holiday.Date, holiday.Date.ToDateOnly().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), holiday.Date.DayOfWeek.ToString(), holiday.Kind,
        holiday.NameFa, holiday.NameEn, holiday.Standing == HolidayStanding.Projected ? "projected" : "official", holiday.Source);
}
