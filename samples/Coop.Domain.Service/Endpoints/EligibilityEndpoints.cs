using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Coop.Domain.Calendar;
using Coop.Domain.Eligibility;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Eligibility.Providers;
using Coop.Domain.Model;
using Coop.Domain.Serialization;
using Coop.Domain.Service.Http;

namespace Coop.Domain.Service.Endpoints;

/// <summary><c>POST /eligibility/{policyId}</c>: a decision for a cooperative (and application) sent in the body.</summary>
internal static class EligibilityEndpoints
{
    private static readonly JsonReaderOptions s_reader = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/eligibility/{policyId}", EvaluateAsync)
            .WithName("Evaluate")
            .WithSummary("Evaluates a policy for a cooperative (and a facility application) sent in the body.")
            .WithDescription("Body: { \"cooperative\": <registry JSON>, \"application\": <facility application> or null, \"asOf\": \"1404/08/25\" or null (today in Tehran) }. " +
                "Reasons follow Accept-Language (fa or en).")
            .Accepts<EligibilityRequest>("application/json")
            .Produces<DecisionView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    private static async Task<IResult> EvaluateAsync(string policyId, HttpContext http, IEligibilityEvaluator evaluator, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body, cancellationToken).ConfigureAwait(false);
        var errors = new List<FieldError>();
        EligibilityRequest? request = Read(body.GetBuffer().AsSpan(0, (int)body.Length), errors);
        if (request is null)
        {
            return Problems.BadInput(errors);
        }

        bool persian = Negotiation.Persian(http.Request);
        Decision decision;
        try
        {
            decision = evaluator.Evaluate(policyId, request.Cooperative, request.Application, request.AsOf, trace: true);
        }
        catch (UnknownPolicyException e)
        {
            return UnknownPolicy(e);
        }
        catch (PolicyNotInForceException e)
        {
            return Problems.BadInput("$.asOf", e.Message);
        }

        http.Response.Headers.ContentLanguage = persian ? "fa" : "en";
        return TypedResults.Ok(DecisionView.Of(decision, persian));
    }

    /// <summary>404 for a policy id no source has, listing the known ones.</summary>
    public static IResult UnknownPolicy(UnknownPolicyException e) =>
        Problems.NotFound("policyId", e.Message, new Dictionary<string, object?> { ["knownPolicyIds"] = e.KnownPolicyIds });

    /// <summary>
    /// Reads the body in one pass: the cooperative and the application by the registry format's own contracts
    /// (<see cref="CoopJsonContext"/>), so their errors carry the JSON path, line and column in the body; the model's
    /// violations each under its path. Null (with <paramref name="errors"/> filled) when anything is wrong.
    /// </summary>
    internal static EligibilityRequest? Read(ReadOnlySpan<byte> body, List<FieldError> errors)
    {
        var reader = new Utf8JsonReader(body, s_reader);
        Cooperative? cooperative = null;
        FacilityApplication? application = null;
        SolarHijriDate? asOf = null;
        bool sawCooperative = false;
        string at = "$";
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                errors.Add(new FieldError("$", "the body must be a JSON object { \"cooperative\": …, \"application\": …, \"asOf\": … }.") { Line = 1, Column = 1 });
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string name = reader.GetString()!;
                at = "$." + name;
                reader.Read();
                switch (name)
                {
                    case "cooperative":
                        sawCooperative = true;
                        cooperative = reader.TokenType == JsonTokenType.Null ? null : Value(ref reader, CoopJsonContext.Default.Cooperative);
                        break;
                    case "application":
                        application = reader.TokenType == JsonTokenType.Null ? null : Value(ref reader, CoopJsonContext.Default.FacilityApplication);
                        break;
                    case "asOf":
                        if (reader.TokenType == JsonTokenType.String)
                        {
                            if (Input.Date(at, reader.GetString(), out SolarHijriDate date) is { } error)
                            {
                                errors.Add(error);
                            }

                            asOf = date;
                        }
                        else if (reader.TokenType != JsonTokenType.Null)
                        {
                            errors.Add(new FieldError(at, "the as-of date must be a string such as \"1404/08/25\" (Solar Hijri) or \"2025-11-16\" (Gregorian), or null for today in Tehran."));
                            reader.Skip();
                        }

                        break;
                    default:
                        errors.Add(new FieldError(at, $"unknown property '{name}': the body has cooperative, application and asOf."));
                        reader.Skip();
                        break;
                }

                at = "$";
            }

            // One object and nothing after it (the reader throws on anything but white space and comments).
            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                errors.Add(new FieldError("$", "the body must be one JSON object and nothing after it."));
            }
        }
        catch (JsonException e)
        {
            // The reader's and the serializer's positions are in the whole body (0-based); the path is the value's own.
            string path = e.Path is { Length: > 1 } p && at != "$" ? at + p[1..] : at;
            errors.Add(new FieldError(path, Input.JsonMessage(e)) { Line = e.LineNumber + 1, Column = e.BytePositionInLine + 1 });
            return null;
        }
        catch (ModelValidationException e)
        {
            errors.AddRange(e.Violations.Select(v => new FieldError(at + "." + v.Path, v.Message)));
            return null;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException or InvalidOperationException)
        {
            errors.Add(new FieldError(at, e.Message));
            return null;
        }

        if (!sawCooperative || cooperative is null)
        {
            errors.Add(new FieldError("$.cooperative", "required: the cooperative in the registry JSON form (docs/registry-format.md)."));
        }

        return errors.Count > 0 ? null : new EligibilityRequest(cooperative!, application, asOf);
    }

    private static T? Value<T>(ref Utf8JsonReader reader, JsonTypeInfo<T> typeInfo) => JsonSerializer.Deserialize(ref reader, typeInfo);
}

/// <summary>The body of <c>POST /eligibility/{policyId}</c>.</summary>
/// <param name="Cooperative">The cooperative, in the registry JSON form (docs/registry-format.md).</param>
/// <param name="Application">The facility application judged, or null to judge the cooperative alone.</param>
/// <param name="AsOf">The as-of date, or null for today in Tehran.</param>
internal sealed record EligibilityRequest(Cooperative Cooperative, FacilityApplication? Application, SolarHijriDate? AsOf);
