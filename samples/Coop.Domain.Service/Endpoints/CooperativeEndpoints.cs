using System.Runtime.CompilerServices;
using Coop.Domain.Calendar;
using Coop.Domain.DependencyInjection;
using Coop.Domain.Eligibility;
using Coop.Domain.Eligibility.Batch;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Eligibility.Providers;
using Coop.Domain.EntityFrameworkCore.Registry;
using Coop.Domain.Model;
using Coop.Domain.Model.Identifiers;
using Coop.Domain.Reporting;
using Coop.Domain.Reporting.Output;
using Coop.Domain.Service.Http;
using NodaTime;

namespace Coop.Domain.Service.Endpoints;

/// <summary>The endpoints over one stored cooperative: its decisions under a policy and its compliance calendar.</summary>
internal static class CooperativeEndpoints
{
    private const string Calendar = "text/calendar";

    // Whether a policy judges applications is found by parsing its expressions: once per policy set, not per request.
    private static readonly ConditionalWeakTable<PolicySet<EligibilityFacts>, StrongBox<bool>> s_usesApplication = [];

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/cooperatives/{id}/decisions/{policyId}", DecisionsAsync)
            .WithName("Decisions")
            .WithSummary("The decisions of a policy for a stored cooperative: one per facility application applied by asOf when the policy looks at applications, else one.")
            .Produces<CooperativeDecisions>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/cooperatives/{id}/compliance", ComplianceAsync)
            .WithName("Compliance")
            .WithSummary("A stored cooperative's obligations for a fiscal year with their status on asOf: JSON, or iCalendar with Accept: text/calendar.")
            .Produces<ComplianceView>(contentType: "application/json")
            .Produces<string>(contentType: Calendar)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status406NotAcceptable);
    }

    private static async Task<IResult> DecisionsAsync(
        string id, string policyId, string? asOf, HttpContext http, CooperativeStore store, IEligibilityEvaluator evaluator, Today today, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        SolarHijriDate date = ReadTarget(id, asOf, today, errors, out LegalEntityId nationalId);
        if (errors.Count > 0)
        {
            return Problems.BadInput(errors);
        }

        CompiledPolicy<EligibilityFacts> policy;
        bool byApplication;
        try
        {
            PolicySet<EligibilityFacts> set = evaluator.Policies.GetPolicySet(policyId);
            policy = set.Select(date);
            byApplication = s_usesApplication.GetValue(set, static v => new StrongBox<bool>(new RegistryEvaluator(v).UsesApplication)).Value;
        }
        catch (UnknownPolicyException e)
        {
            return EligibilityEndpoints.UnknownPolicy(e);
        }
        catch (PolicyNotInForceException e)
        {
            return Problems.BadInput("asOf", e.Message);
        }

        if (await store.FindAsync(nationalId, cancellationToken).ConfigureAwait(false) is not { } cooperative)
        {
            return NoSuchCooperative(nationalId);
        }

        // As RegistryEvaluator judges a registry: each application applied by the as-of day, or the cooperative alone.
        bool persian = Negotiation.Persian(http.Request);
        var decisions = new List<DecisionView>();
        if (byApplication)
        {
            for (int i = 0; i < cooperative.FacilityApplications.Length; i++)
            {
                FacilityApplication application = cooperative.FacilityApplications[i];
                if (application.AppliedOn <= date)
                {
                    decisions.Add(DecisionView.Of(policy.Evaluate(new EligibilityFacts(cooperative, date, application), date, trace: true), persian, i + 1));
                }
            }
        }
        else
        {
            decisions.Add(DecisionView.Of(policy.Evaluate(new EligibilityFacts(cooperative, date), date, trace: true), persian));
        }

        http.Response.Headers.ContentLanguage = persian ? "fa" : "en";
        return TypedResults.Ok(new CooperativeDecisions(cooperative.NationalId, cooperative.Name, policy.Policy.Id, date, byApplication, decisions));
    }

    private static async Task<IResult> ComplianceAsync(
        string id, string? fiscalYear, string? asOf, string? roll, HttpContext http, CooperativeStore store, WorkCalendar workCalendar, Today today,
        TimeProvider time, CancellationToken cancellationToken)
    {
        string? media = Negotiation.MediaType(http.Request, "application/json", Calendar);
        if (media is null)
        {
            return Problems.NotAcceptable(http.Request.Headers.Accept.ToString(), ["application/json", Calendar]);
        }

        var errors = new List<FieldError>();
        SolarHijriDate date = ReadTarget(id, asOf, today, errors, out LegalEntityId nationalId);
        int year = 0;
        if (fiscalYear is null)
        {
            errors.Add(new FieldError("fiscalYear", "required: the fiscal year (the Solar Hijri year it starts in), e.g. 1404."));
        }
        else if (Input.Year("fiscalYear", fiscalYear, out year) is { } badYear)
        {
            errors.Add(badYear);
        }

        DeadlineRoll deadlineRoll = DeadlineRoll.None;
        if (roll is not null && Input.Name("roll", roll, out deadlineRoll) is { } badRoll)
        {
            errors.Add(badRoll);
        }

        if (errors.Count > 0)
        {
            return Problems.BadInput(errors);
        }

        if (await store.FindAsync(nationalId, cancellationToken).ConfigureAwait(false) is not { } cooperative)
        {
            return NoSuchCooperative(nationalId);
        }

        ComplianceCalendar calendar;
        try
        {
            calendar = ComplianceCalendar.For(cooperative, year, date, new ComplianceOptions { Roll = deadlineRoll, WorkCalendar = workCalendar });
        }
        catch (ArgumentOutOfRangeException e)
        {
            return Problems.BadInput("fiscalYear", e.Message);
        }
        catch (HolidayDataUnavailableException e)
        {
            return Problems.BadInput("roll", e.Message);
        }

        if (media == Calendar)
        {
            return Results.Stream(
                stream => IcsWriter.WriteAsync(calendar.ToIcsEvents(), stream, time, new IcsOptions { CalendarName = cooperative.Name }, http.RequestAborted),
                Calendar + "; charset=utf-8",
                fileDownloadName: null);
        }

        return TypedResults.Ok(new ComplianceView(cooperative.NationalId, cooperative.Name, year, date, calendar.Items));
    }

    /// <summary>The cooperative's national ID from the route and the as-of date (today when absent); their errors go to <paramref name="errors"/>.</summary>
    private static SolarHijriDate ReadTarget(string id, string? asOf, Today today, List<FieldError> errors, out LegalEntityId nationalId)
    {
        if (Input.NationalId("id", id, out nationalId) is { } badId)
        {
            errors.Add(badId);
        }

        SolarHijriDate date = today.Date;
        if (asOf is not null && Input.Date("asOf", asOf, out date) is { } badDate)
        {
            errors.Add(badDate);
        }

        return date;
    }

    /// <summary>404 for a national ID the registry does not hold.</summary>
    public static IResult NoSuchCooperative(LegalEntityId nationalId) =>
        Problems.NotFound("id", $"no cooperative with national ID {nationalId} is in the registry.");
}

/// <summary>The decisions of <c>GET /cooperatives/{id}/decisions/{policyId}</c>.</summary>
internal sealed record CooperativeDecisions(
    LegalEntityId NationalId, string Name, string PolicyId, SolarHijriDate AsOf, bool ByApplication, IReadOnlyList<DecisionView> Decisions);

/// <summary>The compliance calendar of <c>GET /cooperatives/{id}/compliance</c>.</summary>
internal sealed record ComplianceView(LegalEntityId NationalId, string Name, int FiscalYear, SolarHijriDate AsOf, IReadOnlyList<ComplianceItem> Items);

/// <summary>Today in the configured time zone (Asia/Tehran by default) by the registered clock.</summary>
internal sealed class Today(IClock clock, CoopDomainOptions options)
{
    public SolarHijriDate Date => SolarHijriDate.Today(clock, options.TimeZone);
}
