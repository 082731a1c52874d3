using Coop.Domain.EntityFrameworkCore.Registry;
using Coop.Domain.Serialization;
using Coop.Domain.Service.Http;
using Microsoft.AspNetCore.Mvc;

namespace Coop.Domain.Service.Endpoints;

/// <summary><c>POST /registry</c>: imports a registry (JSON Lines) into the store, listing the lines it rejected.</summary>
internal static class RegistryEndpoints
{
    /// <summary>The media types a registry body may have.</summary>
    public static readonly IReadOnlyList<string> MediaTypes = ["application/x-ndjson", "application/jsonl", "application/json-lines", "text/plain"];

    public static void Map(IEndpointRouteBuilder app, long maxRegistryBytes) =>
        app.MapPost("/registry", ImportAsync)
            .WithName("ImportRegistry")
            .WithSummary("Imports a registry (JSON Lines: the header line, then one cooperative per line; docs/registry-format.md). Good lines are saved in batches, " +
                "each a transaction; bad lines are listed with their line, JSON path and reason. existing=replace (default) or reject decides what a stored national ID does.")
            .Accepts<string>(MediaTypes[0], [.. MediaTypes.Skip(1)])
            .Produces<ImportView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithMetadata(new RequestSizeLimitAttribute(maxRegistryBytes));

    private static bool TrySet(ExistingCooperatives value, out ExistingCooperatives mode)
    {
        mode = value;
        return true;
    }

    private static async Task<IResult> ImportAsync(string? existing, int? batchSize, HttpRequest request, CooperativeStore store, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        ExistingCooperatives mode = ExistingCooperatives.Replace;
        // (The EF Core package's enum has no JSON names; its two members are read here by name.)
        if (existing is not null && !(existing.Trim().ToUpperInvariant() switch
        {
            "REPLACE" => TrySet(ExistingCooperatives.Replace, out mode),
            "REJECT" => TrySet(ExistingCooperatives.Reject, out mode),
            _ => false,
        }))
        {
            errors.Add(new FieldError("existing", $"'{existing}' is not a way to treat stored cooperatives: use replace (the default) or reject."));
        }

        if (batchSize is < 1)
        {
            errors.Add(new FieldError("batchSize", "a batch holds at least one cooperative."));
        }

        if (errors.Count > 0)
        {
            return Problems.BadInput(errors);
        }

        RegistryImportResult result;
        try
        {
            result = await store.ImportAsync(
                request.Body,
                new RegistryImportOptions { ExistingCooperatives = mode, BatchSize = batchSize ?? RegistryImportOptions.Default.BatchSize },
                cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException e)
        {
            // Not a registry at all (empty, binary, no header): nothing was saved.
            return Problems.BadInput(new FieldError("body", e.Message) { Line = 1 });
        }
        catch (RegistryImportException e)
        {
            // The database refused a batch: it was rolled back, the earlier ones stay (re-importing the file is safe).
            return Problems.Problem(StatusCodes.Status409Conflict, "The import stopped.", [new FieldError("body", e.Message) { Line = e.FirstLine }],
                new Dictionary<string, object?> { ["savedBefore"] = e.SavedBefore, ["firstLine"] = e.FirstLine, ["lastLine"] = e.LastLine });
        }

        return TypedResults.Ok(new ImportView(
            result.Added, result.Replaced, result.LinesRead, result.Batches, [.. result.Rejected.Select(RejectedLine.Of)]));
    }
}

/// <summary>What an import did.</summary>
internal sealed record ImportView(int Added, int Replaced, long LinesRead, int Batches, IReadOnlyList<RejectedLine> Rejected);

/// <summary>A line the import rejected: where (line, JSON path, byte column) and why; every model violation with its path.</summary>
internal sealed record RejectedLine(long Line, string? Path, long? Column, string Message, bool Malformed, IReadOnlyList<FieldError> Violations)
{
    public static RejectedLine Of(JsonLineError error) => new(
        error.Line, error.Path, error.Column, error.Message, error.IsMalformed, [.. error.Violations.Select(v => new FieldError(v.Path, v.Message))]);
}
