using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Batch;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Eligibility.Providers;
using Coop.Domain.Model;
using Coop.Domain.Reporting;
using Coop.Domain.Reporting.Output;
using Coop.Domain.Serialization;
using Coop.Domain.Service.Tests.Infrastructure;

namespace Coop.Domain.Service.Tests;

/// <summary>
/// Every endpoint of the service, its answers compared with the library's over the same sample registry, and every
/// bad-input path answered with a problem document. Runs four times: in-process and over loopback HTTP, on SQLite and
/// on PostgreSQL (the concrete classes below).
/// </summary>
public abstract class ServiceTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : ServiceFixture
{
    private const string Facility = "cdb-employment-facility";
    private static readonly string s_samplePath = Path.Combine(AppContext.BaseDirectory, "Data", "sample-registry.jsonl");
    private static readonly string[] s_lines = File.ReadAllLines(s_samplePath);
    private static readonly RegistryLoadResult s_sample = RegistryReader.LoadFile(s_samplePath);
    private static readonly SolarHijriDate s_asOf = new(1404, 8, 25);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> ClientAsync() => (await fixture.HostAsync()).Client;

    // ---- health and OpenAPI

    [Fact]
    public async Task Health_answers_200_once_the_registry_is_ready()
    {
        HttpClient client = await ClientAsync();
        using HttpResponseMessage response = await client.GetAsync("/health", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonElement health = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        Assert.Equal("registry", health.GetProperty("checks")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_every_endpoint()
    {
        HttpClient client = await ClientAsync();
        JsonElement document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", Ct)).RootElement;
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        string[] paths = [.. document.GetProperty("paths").EnumerateObject().Select(p => p.Name)];
        Assert.Equal(
            ["/calendar/convert", "/cooperatives/{id}/compliance", "/cooperatives/{id}/decisions/{policyId}", "/eligibility/{policyId}", "/holidays/{year}", "/periods/{period}", "/registry", "/reports/{measure}"],
            paths.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Metrics_are_exposed_in_the_Prometheus_text_format()
    {
        HttpClient client = await ClientAsync();
        using (HttpResponseMessage convert = await client.GetAsync("/calendar/convert?date=1404/08/25", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, convert.StatusCode);
        }

        // ASP.NET Core records a request's duration as the request ends, which can be just after the client has read the
        // response: scrape again (briefly) until the convert request is in, rather than racing it.
        string text = string.Empty;
        for (int attempt = 0; attempt < 50; attempt++)
        {
            using HttpResponseMessage response = await client.GetAsync("/metrics", Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
            text = await response.Content.ReadAsStringAsync(Ct);
            if (text.Contains("http_route=\"/calendar/convert\"", StringComparison.Ordinal))
            {
                break;
            }

            await Task.Delay(100, Ct);
        }

        Assert.Contains("# TYPE http_server_request_duration_seconds histogram", text, StringComparison.Ordinal);
        Assert.Contains("http_route=\"/calendar/convert\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_library_s_decision_and_duration_instruments_appear_on_the_metrics_endpoint()
    {
        HttpClient client = await ClientAsync();
        (string line, Cooperative cooperative) = SampleCooperatives().First(c => c.Cooperative.FacilityApplications.Any());
        using (HttpResponseMessage decided = await client.PostAsync($"/eligibility/{Facility}", Body(line, cooperative.FacilityApplications[0], "\"1404/08/25\""), Ct))
        {
            Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        }

        string text = await client.GetStringAsync("/metrics", Ct);
        // coop.domain.decisions ({decision}) and coop.domain.evaluation.duration (s), in Prometheus's spelling.
        Assert.Contains("# TYPE coop_domain_decisions_total counter", text, StringComparison.Ordinal);
        Assert.Matches("coop_domain_decisions_total\\{[^}]*coop_policy_id=\"" + Facility + "\"", text);
        Assert.Contains("# TYPE coop_domain_evaluation_duration_seconds histogram", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_path_is_a_404_problem()
    {
        HttpClient client = await ClientAsync();
        using HttpResponseMessage response = await client.GetAsync("/no-such-thing", Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    // ---- POST /eligibility/{policyId}

    [Fact]
    public async Task Eligibility_decisions_equal_the_library_s_for_every_shipped_policy()
    {
        HttpClient client = await ClientAsync();
        int compared = 0;
        foreach (string policyId in EmbeddedPolicyProvider.Shipped.PolicyIds)
        {
            PolicySet<EligibilityFacts> policy = EmbeddedPolicyProvider.Shipped.GetPolicySet(policyId);
            // Every twentieth cooperative of the sample, with its first application when it has one.
            foreach ((string line, Cooperative cooperative) in SampleCooperatives().Where((_, i) => i % 20 == 0))
            {
                FacilityApplication? application = cooperative.FacilityApplications.FirstOrDefault();
                Decision expected = policy.Evaluate(new EligibilityFacts(cooperative, s_asOf, application), s_asOf, trace: true);
                using HttpResponseMessage response = await client.PostAsync($"/eligibility/{policyId}", Body(line, application, "\"1404/08/25\""), Ct);
                JsonElement view = await OkJsonAsync(response);
                AssertSameDecision(expected, view.GetProperty("decision"));
                Assert.Equal(KebabOutcome(expected.Outcome), view.GetProperty("outcome").GetString());
                compared++;
            }
        }

        Assert.True(compared >= 30, $"compared only {compared} decisions");
    }

    [Fact]
    public async Task Eligibility_reasons_and_Content_Language_follow_Accept_Language()
    {
        HttpClient client = await ClientAsync();
        (string line, Cooperative cooperative) = SampleCooperatives().First();
        Decision expected = EmbeddedPolicyProvider.Shipped.GetPolicySet(Facility).Evaluate(new EligibilityFacts(cooperative, s_asOf), s_asOf);
        RuleResult[] failed = [.. expected.Rules.Where(r => r.Status is RuleStatus.Failed or RuleStatus.Incomplete or RuleStatus.Error)];
        Assert.NotEmpty(failed);
        foreach ((string? accept, string language) in new[] { ("fa-IR, en;q=0.5", "fa"), ("en", "en"), ((string?)null, "en"), ("de", "en"), ("en;q=0.4, fa;q=0.8", "fa") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/eligibility/{Facility}") { Content = Body(line, null, "\"1404/08/25\"") };
            if (accept is not null)
            {
                request.Headers.Add("Accept-Language", accept);
            }

            using HttpResponseMessage response = await client.SendAsync(request, Ct);
            JsonElement view = await OkJsonAsync(response);
            Assert.Equal([language], response.Content.Headers.ContentLanguage);
            JsonElement[] reasons = [.. view.GetProperty("reasons").EnumerateArray()];
            Assert.Equal(failed.Select(r => r.Id), reasons.Select(r => r.GetProperty("rule").GetString()));
            Assert.Equal(failed.Select(r => language == "fa" ? r.MessageFa : r.MessageEn), reasons.Select(r => r.GetProperty("message").GetString()));
        }
    }

    [Fact]
    public async Task Eligibility_lists_the_parameters_used_with_the_date_each_took_effect()
    {
        HttpClient client = await ClientAsync();
        (string line, Cooperative cooperative) = SampleCooperatives().First(c => c.Cooperative.FacilityApplications.Length > 0);
        using HttpResponseMessage response = await client.PostAsync($"/eligibility/{Facility}", Body(line, cooperative.FacilityApplications[0], "\"1404/08/25\""), Ct);
        JsonElement view = await OkJsonAsync(response);
        JsonElement[] parameters = [.. view.GetProperty("parameters").EnumerateArray()];
        Assert.NotEmpty(parameters);
        Decision expected = EmbeddedPolicyProvider.Shipped.GetPolicySet(Facility)
            .Evaluate(new EligibilityFacts(cooperative, s_asOf, cooperative.FacilityApplications[0]), s_asOf, trace: true);
        var used = expected.Trace!.SelectMany(t => t.Parameters).Concat(expected.ScoringTrace!.SelectMany(t => t.Parameters)).DistinctBy(p => (p.Name, p.Key)).ToList();
        Assert.Equal(used.Select(p => p.Name), parameters.Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(used.Select(p => p.EffectiveFrom.ToString()), parameters.Select(p => p.GetProperty("from").GetString()));
    }

    [Fact]
    public async Task Eligibility_without_asOf_decides_as_of_today_in_Tehran()
    {
        HttpClient client = await ClientAsync();
        (string line, _) = SampleCooperatives().First();
        using HttpResponseMessage response = await client.PostAsync($"/eligibility/{Facility}", Body(line, null, null), Ct);
        JsonElement view = await OkJsonAsync(response);
        Assert.Equal(ServiceHost.Today.ToString(), view.GetProperty("decision").GetProperty("asOf").GetString());
    }

    [Fact]
    public async Task Eligibility_accepts_a_Gregorian_asOf_and_Persian_digits()
    {
        HttpClient client = await ClientAsync();
        (string line, _) = SampleCooperatives().First();
        foreach (string asOf in new[] { "\"2025-11-16\"", "\"۱۴۰۴/۰۸/۲۵\"" })
        {
            using HttpResponseMessage response = await client.PostAsync($"/eligibility/{Facility}", Body(line, null, asOf), Ct);
            JsonElement view = await OkJsonAsync(response);
            Assert.Equal("1404/08/25", view.GetProperty("decision").GetProperty("asOf").GetString());
        }
    }

    [Fact]
    public async Task Eligibility_bad_bodies_are_problems_that_name_the_field()
    {
        HttpClient client = await ClientAsync();
        (string line, _) = SampleCooperatives().First();
        string url = $"/eligibility/{Facility}";

        // Not JSON: the line and column in the body.
        JsonElement error = await Problem.AssertAsync(await client.PostAsync(url, Json("{\"cooperative\": {\n  \"name\": }"), Ct), HttpStatusCode.BadRequest, "$.cooperative", "invalid start of a value");
        Assert.Equal(2, error.GetProperty("line").GetInt64());

        // A wrong check digit deep inside the cooperative: its JSON path in the body.
        JsonNode cooperative = JsonNode.Parse(line)!;
        string code = cooperative["members"]![0]!["nationalCode"]!.GetValue<string>();
        cooperative["members"]![0]!["nationalCode"] = code[..9] + (char)('0' + ((code[9] - '0' + 1) % 10));
        await Problem.AssertAsync(
            await client.PostAsync(url, Body(cooperative.ToJsonString(), null, null), Ct), HttpStatusCode.BadRequest, "$.cooperative.members[0].nationalCode", "check digit");

        // A broken invariant of the model: each violation under its path.
        JsonNode inverted = JsonNode.Parse(line)!;
        inverted["members"]![0]!["joinedOn"] = "1300/01/01";
        inverted["members"]![0]!["leftOn"] = "1299/01/01";
        await Problem.AssertAsync(await client.PostAsync(url, Body(inverted.ToJsonString(), null, null), Ct), HttpStatusCode.BadRequest, "$.cooperative.members[0].leftOn", "1299/01/01");

        // An impossible date, an as-of of the wrong type, an unknown property, no cooperative.
        error = await Problem.AssertAsync(await client.PostAsync(url, Body(line, null, "\"1404/07/31\""), Ct), HttpStatusCode.BadRequest, "$.asOf", "day 31 does not exist in Mehr");
        Assert.Equal(9, error.GetProperty("column").GetInt64());
        await Problem.AssertAsync(await client.PostAsync(url, Body(line, null, "14040825"), Ct), HttpStatusCode.BadRequest, "$.asOf", "must be a string");
        await Problem.AssertAsync(await client.PostAsync(url, Json($"{{\"cooperative\": {line}, \"asof\": \"1404/08/25\"}}"), Ct), HttpStatusCode.BadRequest, "$.asof", "unknown property 'asof'");
        await Problem.AssertAsync(await client.PostAsync(url, Json("{\"asOf\": \"1404/08/25\"}"), Ct), HttpStatusCode.BadRequest, "$.cooperative", "required");
        await Problem.AssertAsync(await client.PostAsync(url, Json("[1, 2]"), Ct), HttpStatusCode.BadRequest, "$", "must be a JSON object");
        await Problem.AssertAsync(await client.PostAsync(url, Json($"{{\"cooperative\": {line}}} {{}}"), Ct), HttpStatusCode.BadRequest, "$", "after a single JSON value");
        await Problem.AssertAsync(await client.PostAsync(url, Json(""), Ct), HttpStatusCode.BadRequest, "$", "does not contain any JSON tokens");

        // A date no version of the policy covers.
        await Problem.AssertAsync(await client.PostAsync(url, Body(line, null, "\"1300/01/01\""), Ct), HttpStatusCode.BadRequest, "$.asOf", Facility);
    }

    [Fact]
    public async Task Eligibility_of_an_unknown_policy_is_a_404_that_lists_the_known_ones()
    {
        HttpClient client = await ClientAsync();
        (string line, _) = SampleCooperatives().First();
        using HttpResponseMessage response = await client.PostAsync("/eligibility/no-such-policy", Body(line, null, null), Ct);
        await Problem.AssertAsync(response, HttpStatusCode.NotFound, "policyId", "no-such-policy");
    }

    [Fact]
    public async Task Eligibility_refuses_a_body_that_is_not_JSON_by_its_media_type()
    {
        HttpClient client = await ClientAsync();
        (string line, _) = SampleCooperatives().First();
        using var content = new StringContent($"{{\"cooperative\": {line}}}", Encoding.UTF8, "text/plain");
        await Problem.AssertAsync(await client.PostAsync($"/eligibility/{Facility}", content, Ct), HttpStatusCode.UnsupportedMediaType, "Content-Type", "application/json");
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_a_413_problem_whether_or_not_its_length_is_announced()
    {
        HttpClient client = await ClientAsync();
        string padding = new(' ', ServiceHost.MaxRequestBytes);
        string limit = ServiceHost.MaxRequestBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) + " bytes";
        using HttpResponseMessage announced = await client.PostAsync($"/eligibility/{Facility}", Json("{" + padding + "}"), Ct);
        await Problem.AssertAsync(announced, HttpStatusCode.RequestEntityTooLarge, "body", limit);

        // Chunked: no Content-Length, so the limit is met while reading.
        using var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{" + padding + "}")));
        chunked.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/eligibility/{Facility}") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        using HttpResponseMessage streamed = await client.SendAsync(request, Ct);
        await Problem.AssertAsync(streamed, HttpStatusCode.RequestEntityTooLarge, "body", limit);
    }

    // ---- GET /cooperatives/{id}/decisions/{policyId}

    [Fact]
    public async Task Stored_decisions_equal_the_library_s_over_the_registry_file_for_every_shipped_policy()
    {
        HttpClient client = await ClientAsync();
        HashSet<string> once = [.. s_sample.Cooperatives.GroupBy(c => c.NationalId.Value).Where(g => g.Count() == 1).Select(g => g.Key)];
        int compared = 0;
        foreach (string policyId in EmbeddedPolicyProvider.Shipped.PolicyIds)
        {
            var evaluator = new RegistryEvaluator(EmbeddedPolicyProvider.Shipped.GetPolicySet(policyId));
            RegistryEvaluation expected = evaluator.EvaluateFile(s_samplePath, s_asOf, new RegistryEvaluationOptions { Batch = new BatchOptions { Trace = true } }, Ct);
            foreach (IGrouping<string, RegistryDecisionRow> rows in expected.Rows.GroupBy(r => r.Applicant.NationalId).Where(g => once.Contains(g.Key)))
            {
                JsonElement answer = await OkJsonAsync(await client.GetAsync($"/cooperatives/{rows.Key}/decisions/{policyId}?asOf=1404/08/25", Ct));
                Assert.Equal(evaluator.UsesApplication, answer.GetProperty("byApplication").GetBoolean());
                JsonElement[] decisions = [.. answer.GetProperty("decisions").EnumerateArray()];
                Assert.Equal(rows.Count(), decisions.Length);
                foreach ((RegistryDecisionRow row, JsonElement view) in rows.Zip(decisions))
                {
                    Assert.Equal(row.Applicant.ApplicationNumber, view.GetProperty("application").ValueKind == JsonValueKind.Null ? null : view.GetProperty("application").GetInt32());
                    AssertSameDecision(row.Decision, view.GetProperty("decision"));
                    compared++;
                }
            }
        }

        Assert.True(compared > 300, $"compared only {compared} decisions");
    }

    [Fact]
    public async Task Concurrent_requests_each_get_their_own_answer()
    {
        HttpClient client = await ClientAsync();
        Cooperative[] cooperatives = [.. s_sample.Cooperatives.DistinctBy(c => c.NationalId).Take(16)];
        string[] expected = [.. cooperatives.Select(c => c.Name)];

        // Each request has its own context over the store: 64 requests, 16 at a time (two hosts of a run may share one
        // PostgreSQL server and its 100 connections), interleaved with reports; all answer right.
        using var inFlight = new SemaphoreSlim(16);
        Task<string>[] answers = [.. Enumerable.Range(0, 64).Select(async i =>
        {
            await inFlight.WaitAsync(Ct);
            try
            {
                return await AnswerAsync(i);
            }
            finally
            {
                inFlight.Release();
            }
        })];
        Assert.Equal(Enumerable.Range(0, 64).Select(i => expected[i % expected.Length]), await Task.WhenAll(answers));

        async Task<string> AnswerAsync(int i)
        {
            if (i % 8 == 7)
            {
                using HttpResponseMessage report = await client.GetAsync("/reports/registrations?by=year", Ct);
                Assert.Equal(HttpStatusCode.OK, report.StatusCode);
                return expected[i % expected.Length];
            }

            JsonElement answer = await OkJsonAsync(await client.GetAsync($"/cooperatives/{cooperatives[i % cooperatives.Length].NationalId}/decisions/statutory-compliance?asOf=1404/08/25", Ct));
            return answer.GetProperty("name").GetString()!;
        }
    }

    [Fact]
    public async Task Stored_decisions_bad_input_is_named()
    {
        HttpClient client = await ClientAsync();
        string id = s_sample.Cooperatives[0].NationalId.Value;
        string wrongDigit = id[..10] + (char)('0' + ((id[10] - '0' + 1) % 10));
        await Problem.AssertAsync(await client.GetAsync($"/cooperatives/{wrongDigit}/decisions/{Facility}", Ct), HttpStatusCode.BadRequest, "id", "check digit");
        await Problem.AssertAsync(await client.GetAsync($"/cooperatives/123/decisions/{Facility}", Ct), HttpStatusCode.BadRequest, "id", "11 digits");
        await Problem.AssertAsync(await client.GetAsync($"/cooperatives/{id}/decisions/{Facility}?asOf=1404/13/01", Ct), HttpStatusCode.BadRequest, "asOf", CalendarConversion.Convert("1404/13/01").Error!.Value.Message);
        await Problem.AssertAsync(await client.GetAsync($"/cooperatives/{id}/decisions/nope", Ct), HttpStatusCode.NotFound, "policyId", "nope");
        await Problem.AssertAsync(await client.GetAsync($"/cooperatives/14005893875/decisions/{Facility}", Ct), HttpStatusCode.NotFound, "id", "14005893875");
    }

    // ---- GET /cooperatives/{id}/compliance

    [Fact]
    public async Task Compliance_is_the_library_s_calendar_as_JSON_or_iCalendar()
    {
        HttpClient client = await ClientAsync();
        Cooperative cooperative = s_sample.Cooperatives[0];
        ComplianceCalendar expected = ComplianceCalendar.For(cooperative, 1403, s_asOf);
        string url = $"/cooperatives/{cooperative.NationalId}/compliance?fiscalYear=1403&asOf=1404/08/25";

        JsonElement json = await OkJsonAsync(await client.GetAsync(url, Ct));
        Assert.Equal(1403, json.GetProperty("fiscalYear").GetInt32());
        JsonElement[] items = [.. json.GetProperty("items").EnumerateArray()];
        Assert.Equal(expected.Items.Count, items.Length);
        Assert.Equal(expected.Items.Select(i => i.Due.ToString()), items.Select(i => i.GetProperty("due").GetString()));
        Assert.Equal(expected.Items.Select(i => JsonSerializer.Serialize(i.Status)), items.Select(i => i.GetProperty("status").GetRawText()));

        // Rolled to the next working day by the default work calendar.
        ComplianceCalendar rolled = ComplianceCalendar.For(cooperative, 1403, s_asOf, new ComplianceOptions { Roll = DeadlineRoll.RollForward });
        JsonElement forward = await OkJsonAsync(await client.GetAsync(url + "&roll=roll-forward", Ct));
        Assert.Equal(rolled.Items.Select(i => i.Due.ToString()), forward.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("due").GetString()));
        Assert.NotEqual(expected.Items.Select(i => i.Due), rolled.Items.Select(i => i.Due));

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/calendar");
        using HttpResponseMessage ics = await client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, ics.StatusCode);
        Assert.Equal("text/calendar", ics.Content.Headers.ContentType?.MediaType);
        string text = await ics.Content.ReadAsStringAsync(Ct);
        Assert.Equal(IcsWriter.ToIcs(expected.ToIcsEvents(), ServiceHost.Clock(), new IcsOptions { CalendarName = cooperative.Name }), text);
    }

    [Fact]
    public async Task Compliance_bad_input_is_named()
    {
        HttpClient client = await ClientAsync();
        string id = s_sample.Cooperatives[0].NationalId.Value;
        await Problem.AssertAsync(await client.GetAsync($"/cooperatives/{id}/compliance", Ct), HttpStatusCode.BadRequest, "fiscalYear", "required");
        await Problem.AssertAsync(await client.GetAsync($"/cooperatives/{id}/compliance?fiscalYear=abc", Ct), HttpStatusCode.BadRequest, "fiscalYear", "not a Solar Hijri year");
        await Problem.AssertAsync(await client.GetAsync($"/cooperatives/{id}/compliance?fiscalYear=1403&roll=sideways", Ct), HttpStatusCode.BadRequest, "roll", "sideways");
        await Problem.AssertAsync(await client.GetAsync($"/cooperatives/{id}/compliance?fiscalYear=1403&asOf=1404/07/31", Ct), HttpStatusCode.BadRequest, "asOf", "day 31");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/cooperatives/{id}/compliance?fiscalYear=1403");
        request.Headers.Accept.ParseAdd("application/xml");
        await Problem.AssertAsync(await client.SendAsync(request, Ct), HttpStatusCode.NotAcceptable, "Accept", "text/calendar");
    }

    // ---- GET /reports/{measure}

    [Fact]
    public async Task Reports_are_the_library_s_table_chart_by_Accept()
    {
        HttpClient client = await ClientAsync();
        PeriodReport expected = PeriodReports.Build(s_sample.Cooperatives, new PeriodReportOptions
        {
            Measure = ReportMeasure.Credits, Unit = PeriodUnit.Season, Grouping = ReportGrouping.County,
            From = ReportingPeriod.Parse("1403").Start, To = ReportingPeriod.Parse("1404").End,
        });
        const string url = "/reports/credits?by=season&group=county&from=1403&to=1404";
        foreach ((string? accept, string mediaType, string body) in new[]
        {
            ((string?)null, "application/json", JsonTableWriter.ToJson(expected.ToTable())),
            ("application/json", "application/json", JsonTableWriter.ToJson(expected.ToTable())),
            ("text/csv", "text/csv", CsvTableWriter.ToCsv(expected.ToTable())),
            ("image/svg+xml", "image/svg+xml", SvgChartWriter.ToSvg(expected.ToChart())),
            ("text/html, image/*;q=0.9, */*;q=0.1", "image/svg+xml", SvgChartWriter.ToSvg(expected.ToChart())),
        })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (accept is not null)
            {
                request.Headers.Accept.ParseAdd(accept);
            }

            using HttpResponseMessage response = await client.SendAsync(request, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(body, await response.Content.ReadAsStringAsync(Ct));
        }
    }

    [Fact]
    public async Task Reports_bad_input_is_named()
    {
        HttpClient client = await ClientAsync();
        await Problem.AssertAsync(await client.GetAsync("/reports/profits", Ct), HttpStatusCode.BadRequest, "measure", "credits, registrations");
        await Problem.AssertAsync(await client.GetAsync("/reports/credits?by=fortnight", Ct), HttpStatusCode.BadRequest, "by", "fortnight");
        await Problem.AssertAsync(await client.GetAsync("/reports/credits?by=day", Ct), HttpStatusCode.BadRequest, "by", "month, season, half-year or year");
        await Problem.AssertAsync(await client.GetAsync("/reports/credits?group=county,city", Ct), HttpStatusCode.BadRequest, "group", "city");
        await Problem.AssertAsync(await client.GetAsync("/reports/credits?from=1404-Q5", Ct), HttpStatusCode.BadRequest, "from", PeriodText.Parse("1404-Q5").Error!.Value.Message);
        await Problem.AssertAsync(await client.GetAsync("/reports/credits?from=1404&to=1403", Ct), HttpStatusCode.BadRequest, "to", "ends before");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/reports/credits");
        request.Headers.Accept.ParseAdd("application/pdf");
        await Problem.AssertAsync(await client.SendAsync(request, Ct), HttpStatusCode.NotAcceptable, "Accept", "image/svg+xml");
    }

    // ---- calendar, periods, holidays

    [Fact]
    public async Task Calendar_convert_goes_both_ways_and_names_a_bad_date()
    {
        HttpClient client = await ClientAsync();
        JsonElement sh = await OkJsonAsync(await client.GetAsync("/calendar/convert?date=1404/08/25", Ct));
        Assert.Equal("2025-11-16", sh.GetProperty("gregorian").GetString());
        Assert.Equal("solar-hijri", sh.GetProperty("inputCalendar").GetString());
        JsonElement gregorian = await OkJsonAsync(await client.GetAsync("/calendar/convert?date=2025-03-21", Ct));
        Assert.Equal("1404/01/01", gregorian.GetProperty("solarHijri").GetString());

        JsonElement error = await Problem.AssertAsync(await client.GetAsync("/calendar/convert?date=1404/07/31", Ct), HttpStatusCode.BadRequest, "date", "day 31 does not exist in Mehr");
        Assert.Equal(9, error.GetProperty("column").GetInt64());
        await Problem.AssertAsync(await client.GetAsync("/calendar/convert", Ct), HttpStatusCode.BadRequest, "date", "required");
        await Problem.AssertAsync(await client.GetAsync("/calendar/convert?date=1404/08/25&from=julian", Ct), HttpStatusCode.BadRequest, "from", "julian");
    }

    [Fact]
    public async Task Periods_bind_from_the_route_and_name_a_bad_one()
    {
        HttpClient client = await ClientAsync();
        JsonElement q3 = await OkJsonAsync(await client.GetAsync("/periods/1404-Q3", Ct));
        ReportingPeriod expected = ReportingPeriod.Parse("1404-Q3");
        Assert.Equal("1404-Q3", q3.GetProperty("period").GetString());
        Assert.Equal(expected.ToDisplayString(), q3.GetProperty("display").GetString());
        Assert.Equal("1404/07/01", q3.GetProperty("start").GetString());
        Assert.Equal("2025-12-21", q3.GetProperty("endGregorian").GetString());
        Assert.Equal(expected.LengthInDays, q3.GetProperty("days").GetInt32());
        Assert.Equal(WorkCalendar.Default.CountWorkingDays(expected.Start, expected.End), q3.GetProperty("workingDays").GetInt32());

        JsonElement fiscal = await OkJsonAsync(await client.GetAsync("/periods/1404-Q1?fiscalStart=7", Ct));
        Assert.Equal("1404/07/01", fiscal.GetProperty("start").GetString());

        await Problem.AssertAsync(await client.GetAsync("/periods/1404-Q5", Ct), HttpStatusCode.BadRequest, "period", PeriodText.Parse("1404-Q5").Error!.Value.Message);
        await Problem.AssertAsync(await client.GetAsync("/periods/1404?fiscalStart=13", Ct), HttpStatusCode.BadRequest, "fiscalStart", PeriodText.ParseMonthOfYear("13").Error!.Value.Message);
    }

    [Fact]
    public async Task Holidays_are_the_work_calendar_s_and_a_bad_year_is_named()
    {
        HttpClient client = await ClientAsync();
        JsonElement year = await OkJsonAsync(await client.GetAsync("/holidays/1404", Ct));
        IReadOnlyList<Holiday> expected = WorkCalendar.Default.HolidaysIn(1404);
        JsonElement[] holidays = [.. year.GetProperty("holidays").EnumerateArray()];
        Assert.Equal(expected.Select(h => h.Date.ToString()), holidays.Select(h => h.GetProperty("date").GetString()));
        Assert.Equal(expected.Select(h => h.NameFa), holidays.Select(h => h.GetProperty("nameFa").GetString()));
        Assert.True(year.GetProperty("complete").GetBoolean());

        await Problem.AssertAsync(await client.GetAsync("/holidays/14o4", Ct), HttpStatusCode.BadRequest, "year", "not a Solar Hijri year");
        await Problem.AssertAsync(await client.GetAsync("/holidays/0", Ct), HttpStatusCode.BadRequest, "year", "from 1 to 9377");
    }

    // ---- POST /registry

    [Fact]
    public async Task Importing_a_registry_lists_every_rejected_line_and_keeps_the_good_ones()
    {
        HttpClient client = await ClientAsync();
        JsonElement result = await OkJsonAsync(await client.PostAsync("/registry", Registry(File.ReadAllBytes(s_samplePath)), Ct));

        // The store already holds the sample: every good line replaces its cooperative, the bad ones are listed.
        Assert.Equal(0, result.GetProperty("added").GetInt32());
        Assert.Equal(s_sample.Cooperatives.DistinctBy(c => c.NationalId).Count(), result.GetProperty("replaced").GetInt32() - (s_sample.Cooperatives.Count - s_sample.Cooperatives.DistinctBy(c => c.NationalId).Count()));
        Assert.Equal(s_sample.LinesRead, result.GetProperty("linesRead").GetInt64());
        JsonElement[] rejected = [.. result.GetProperty("rejected").EnumerateArray()];
        Assert.Equal(s_sample.Errors.Select(e => e.Line), rejected.Select(r => r.GetProperty("line").GetInt64()));
        Assert.Equal(s_sample.Errors.Select(e => e.Message), rejected.Select(r => r.GetProperty("message").GetString()));
        Assert.Equal(s_sample.Errors.Select(e => e.Path), rejected.Select(r => r.GetProperty("path").GetString()));

        // With existing=reject nothing stored changes and every good line is rejected as already stored.
        JsonElement refused = await OkJsonAsync(await client.PostAsync("/registry?existing=reject", Registry(File.ReadAllBytes(s_samplePath)), Ct));
        Assert.Equal(0, refused.GetProperty("added").GetInt32() + refused.GetProperty("replaced").GetInt32());
        Assert.Contains(refused.GetProperty("rejected").EnumerateArray(), r => r.GetProperty("message").GetString()!.Contains("already in the store", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Importing_bad_input_is_a_problem_and_saves_nothing()
    {
        HttpClient client = await ClientAsync();
        await Problem.AssertAsync(await client.PostAsync("/registry", Registry(Encoding.UTF8.GetBytes(s_lines[1] + "\n")), Ct), HttpStatusCode.BadRequest, "body", "not a coop registry");
        await Problem.AssertAsync(await client.PostAsync("/registry", Registry([]), Ct), HttpStatusCode.BadRequest, "body", "empty");
        await Problem.AssertAsync(await client.PostAsync("/registry?existing=merge", Registry(File.ReadAllBytes(s_samplePath)), Ct), HttpStatusCode.BadRequest, "existing", "replace (the default) or reject");
        await Problem.AssertAsync(await client.PostAsync("/registry?batchSize=0", Registry(File.ReadAllBytes(s_samplePath)), Ct), HttpStatusCode.BadRequest, "batchSize", "at least one");
        using var json = new StringContent(s_lines[0], Encoding.UTF8, "application/json");
        await Problem.AssertAsync(await client.PostAsync("/registry", json, Ct), HttpStatusCode.UnsupportedMediaType, "Content-Type", "application/x-ndjson");

        // Still the sample, whole.
        JsonElement report = await OkJsonAsync(await client.GetAsync($"/cooperatives/{s_sample.Cooperatives[0].NationalId}/decisions/{Facility}?asOf=1404/08/25", Ct));
        Assert.Equal(s_sample.Cooperatives[0].Name, report.GetProperty("name").GetString());
    }

    // ---- helpers

    /// <summary>The sample's good cooperatives with their line's text.</summary>
    private static IEnumerable<(string Line, Cooperative Cooperative)> SampleCooperatives()
    {
        int next = 0;
        foreach (RegistryRecord record in RegistryReader.Read(File.OpenRead(s_samplePath)))
        {
            if (record.Cooperative is { } cooperative)
            {
                yield return (s_lines[record.Line - 1], cooperative);
            }

            next++;
        }
    }

    private static StringContent Body(string cooperative, FacilityApplication? application, string? asOf) =>
        Json($"{{\"cooperative\": {cooperative}, \"application\": {(application is null ? "null" : JsonSerializer.Serialize(application, CoopJsonContext.Default.FacilityApplication))}, \"asOf\": {asOf ?? "null"}}}");

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private static ByteArrayContent Registry(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        return content;
    }

    private static async Task<JsonElement> OkJsonAsync(HttpResponseMessage response)
    {
        using (response)
        {
            string body = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            return JsonDocument.Parse(body).RootElement.Clone();
        }
    }

    /// <summary>The decision in the answer is the library's, property for property (its JSON contract, trace included).</summary>
    private static void AssertSameDecision(Decision expected, JsonElement actual) =>
        Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse(DecisionJson.ToJson(expected)), JsonNode.Parse(actual.GetRawText())),
            $"expected {DecisionJson.ToJson(expected)}\nactual {actual.GetRawText()}");

    private static string KebabOutcome(PolicyOutcome outcome) => JsonSerializer.Serialize(outcome).Trim('"');
}

public sealed class SqliteInProcessServiceTests(SqliteInProcess fixture) : ServiceTests<SqliteInProcess>(fixture);

public sealed class SqliteLoopbackServiceTests(SqliteLoopback fixture) : ServiceTests<SqliteLoopback>(fixture);

public sealed class PostgresInProcessServiceTests(PostgresInProcess fixture) : ServiceTests<PostgresInProcess>(fixture);

public sealed class PostgresLoopbackServiceTests(PostgresLoopback fixture) : ServiceTests<PostgresLoopback>(fixture);
