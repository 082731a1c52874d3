using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Eligibility.Providers;
using Coop.Domain.Model;
using Coop.Domain.Serialization;
using Coop.Domain.Service;
using Coop.Domain.Service.Endpoints;
using Microsoft.AspNetCore.Builder;

// A bounded load run (benchmarks/README.md, "Service load"): the service on Kestrel on a loopback port, N concurrent
// clients posting eligibility requests for the sample registry's cooperatives, a fixed count; then the same decisions
// evaluated in-process, so the cost of HTTP and JSON beside the evaluation is visible.
//   dotnet run -c Release --project benchmarks/Coop.Domain.ServiceLoad -- [--clients 8] [--requests 4000] [--warmup 400]
int clients = Option("--clients", 8);
int requests = Option("--requests", 4000);
int warmup = Option("--warmup", 400);
const string PolicyId = "cdb-employment-facility";
var asOf = new SolarHijriDate(1404, 8, 25);

string registry = Path.Combine(AppContext.BaseDirectory, "Data", "sample-registry.jsonl");
string[] lines = File.ReadAllLines(registry);
var samples = new List<(Cooperative Cooperative, FacilityApplication? Application, byte[] Body)>();
foreach (RegistryRecord record in RegistryReader.Read(File.OpenRead(registry)))
{
    if (record.Cooperative is { } cooperative)
    {
        FacilityApplication? application = cooperative.FacilityApplications.FirstOrDefault();
        string body = $"{{\"cooperative\": {lines[record.Line - 1]}, \"application\": {(application is null ? "null" : JsonSerializer.Serialize(application, CoopJsonContext.Default.FacilityApplication))}, \"asOf\": \"1404/08/25\"}}";
        samples.Add((cooperative, application, Encoding.UTF8.GetBytes(body)));
    }
}

string database = Path.Combine(Path.GetTempPath(), "coop-load-" + Guid.NewGuid().ToString("N") + ".db");
WebApplication app = ServiceApp.Build(["--urls", "http://127.0.0.1:0", $"--ConnectionStrings:Sqlite=Data Source={database};Pooling=False", "--Logging:LogLevel:Default=Warning"]);
await app.StartAsync();
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = new Uri(app.Urls.Single()) };

async Task<long> PostAsync(int i)
{
    byte[] body = samples[i % samples.Count].Body;
    long start = Stopwatch.GetTimestamp();
    using var content = new ByteArrayContent(body);
    content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
    using HttpResponseMessage response = await http.PostAsync("/eligibility/" + PolicyId, content);
    await response.Content.CopyToAsync(Stream.Null);
    if (response.StatusCode != HttpStatusCode.OK)
    {
        throw new InvalidOperationException($"request {i}: {(int)response.StatusCode}");
    }

    return Stopwatch.GetTimestamp() - start;
}

async Task<(long[] Latencies, TimeSpan Elapsed, long Allocated)> RunAsync(int count)
{
    var latencies = new long[count];
    int next = -1;
    GC.Collect();
    long allocated = GC.GetTotalAllocatedBytes(precise: true);
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < count)
        {
            latencies[i] = await PostAsync(i);
        }
    }));
    clock.Stop();
    return (latencies, clock.Elapsed, GC.GetTotalAllocatedBytes(precise: true) - allocated);
}

await RunAsync(warmup);
(long[] latencies, TimeSpan elapsed, long allocated) = await RunAsync(requests);
Array.Sort(latencies);
double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

// The same work without HTTP: the evaluation with its trace (what the endpoint asks for), and the response's JSON.
PolicySet<EligibilityFacts> policy = EmbeddedPolicyProvider.Shipped.GetPolicySet(PolicyId);
var json = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
(double Micros, double Bytes) InProcess(Func<int, object> work, int count)
{
    for (int i = 0; i < 200; i++)
    {
        work(i);
    }

    long before = GC.GetAllocatedBytesForCurrentThread();
    var clock = Stopwatch.StartNew();
    for (int i = 0; i < count; i++)
    {
        work(i);
    }

    return (clock.Elapsed.TotalMicroseconds / count, (GC.GetAllocatedBytesForCurrentThread() - before) / (double)count);
}

var evaluate = InProcess(i => policy.Evaluate(new EligibilityFacts(samples[i % samples.Count].Cooperative, asOf, samples[i % samples.Count].Application), asOf, trace: true), requests);
var evaluateNoTrace = InProcess(i => policy.Evaluate(new EligibilityFacts(samples[i % samples.Count].Cooperative, asOf, samples[i % samples.Count].Application), asOf), requests);
var parseEvaluateWrite = InProcess(i =>
{
    var errors = new List<Coop.Domain.Service.Http.FieldError>();
    EligibilityRequest request = EligibilityEndpoints.Read(samples[i % samples.Count].Body, errors)!;
    Decision decision = policy.Evaluate(new EligibilityFacts(request.Cooperative, asOf, request.Application), asOf, trace: true);
    return JsonSerializer.SerializeToUtf8Bytes(DecisionView.Of(decision, persian: false), json);
}, requests);

await app.StopAsync();
await app.DisposeAsync();
File.Delete(database);

CultureInfo invariant = CultureInfo.InvariantCulture;
Console.WriteLine(string.Create(invariant, $"Service load: POST /eligibility/{PolicyId}, {samples.Count} sample cooperatives in turn, {clients} clients, {requests} requests after {warmup} warm-up"));
Console.WriteLine(string.Create(invariant, $"  machine: {Environment.ProcessorCount} cores, {RuntimeInformationText()}"));
Console.WriteLine(string.Create(invariant, $"  throughput: {requests / elapsed.TotalSeconds:F0} requests/s ({elapsed.TotalSeconds:F2} s)"));
Console.WriteLine(string.Create(invariant, $"  latency: p50 {Ms(latencies[requests / 2]):F2} ms, p99 {Ms(latencies[(int)(requests * 0.99)]):F2} ms, max {Ms(latencies[^1]):F2} ms"));
Console.WriteLine(string.Create(invariant, $"  allocated per request (client and server, one process): {allocated / (double)requests / 1024:F1} KiB"));
Console.WriteLine(string.Create(invariant, $"In-process, one thread, per decision:"));
Console.WriteLine(string.Create(invariant, $"  evaluate (trace):                       {evaluate.Micros,8:F1} µs {evaluate.Bytes / 1024,8:F1} KiB"));
Console.WriteLine(string.Create(invariant, $"  evaluate (no trace):                    {evaluateNoTrace.Micros,8:F1} µs {evaluateNoTrace.Bytes / 1024,8:F1} KiB"));
Console.WriteLine(string.Create(invariant, $"  read body + evaluate (trace) + write:   {parseEvaluateWrite.Micros,8:F1} µs {parseEvaluateWrite.Bytes / 1024,8:F1} KiB"));

static string RuntimeInformationText() =>
    System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription + ", " + System.Runtime.InteropServices.RuntimeInformation.OSDescription;

int Option(string name, int fallback)
{
    int at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}
