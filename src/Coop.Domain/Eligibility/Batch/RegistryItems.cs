using System.Globalization;
using System.Runtime.CompilerServices;
using Coop.Domain.Calendar;
using Coop.Domain.Model;
using Coop.Domain.Serialization;

namespace Coop.Domain.Eligibility.Batch;

/// <summary>Streams the applicants of a registry: one per application applied by the as-of date, or one per cooperative.</summary>
/// <remarks>
/// What it keeps while streaming: the bad lines, two counters, and the base ids handed out so far (national ID and
/// application number, 16 bytes each, to make an id unique when a national ID repeats) — never a cooperative.
/// </remarks>
internal sealed class RegistryItems
{
    // Base ids handed out: (an 11-digit national ID as a number, application number or 0); any other id by its text.
    private readonly HashSet<(long NationalId, int Application)> _ids = [];
    private readonly HashSet<string> _otherIds = new(StringComparer.Ordinal);
    private readonly List<(RegistryApplicant Applicant, Cooperative Cooperative)> _batch = [];
    private bool _first = true;

    public List<JsonLineError> BadLines { get; } = [];

    public long Cooperatives { get; private set; }

    public long WithoutApplication { get; private set; }

    public IEnumerable<(RegistryApplicant Applicant, Cooperative Cooperative)> Read(
        Stream stream, SolarHijriDate asOf, bool byApplication, JsonLinesOptions? options, IProgress<long>? progress)
    {
        foreach (RegistryRecord record in RegistryReader.Read(stream, options))
        {
            Take(record, asOf, byApplication, progress);
            foreach ((RegistryApplicant, Cooperative) item in _batch)
            {
                yield return item;
            }
        }
    }

    public async IAsyncEnumerable<(RegistryApplicant Applicant, Cooperative Cooperative)> ReadAsync(
        Stream stream, SolarHijriDate asOf, bool byApplication, JsonLinesOptions? options, IProgress<long>? progress,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (RegistryRecord record in RegistryReader.ReadAsync(stream, options, cancellationToken).ConfigureAwait(false))
        {
            Take(record, asOf, byApplication, progress);
            foreach ((RegistryApplicant, Cooperative) item in _batch)
            {
                yield return item;
            }
        }
    }

    /// <summary>Puts the applicants of one record into <see cref="_batch"/> (none for the header, a bad line or a cooperative without an application).</summary>
    private void Take(RegistryRecord record, SolarHijriDate asOf, bool byApplication, IProgress<long>? progress)
    {
        _batch.Clear();
        if (_first)
        {
            _first = false;
            if (record.Header is null)
            {
                var notARegistry = new NotARegistryException(record.Line, record.Error);
                throw new InvalidDataException(notARegistry.Message, notARegistry);
            }

            return;
        }

        if (record.Error is { } error)
        {
            BadLines.Add(error);
            return;
        }

        if (record.Cooperative is not { } cooperative)
        {
            return;
        }

        Cooperatives++;
        progress?.Report(Cooperatives);
        string baseId = cooperative.NationalId.ToString();
        if (!byApplication)
        {
            _batch.Add((new RegistryApplicant(Unique(baseId, 0, baseId, record.Line), record.Line, cooperative, null, null), cooperative));
            return;
        }

        for (int i = 0; i < cooperative.FacilityApplications.Length; i++)
        {
            FacilityApplication application = cooperative.FacilityApplications[i];
            if (application.AppliedOn > asOf)
            {
                continue;
            }

            string id = baseId + "#" + (i + 1).ToString(CultureInfo.InvariantCulture);
            _batch.Add((new RegistryApplicant(Unique(baseId, i + 1, id, record.Line), record.Line, cooperative, application, i + 1), cooperative));
        }

        if (_batch.Count == 0)
        {
            WithoutApplication++;
        }
    }

    /// <summary><paramref name="id"/> the first time its base is seen; after that with <c>@L</c> and the line appended.</summary>
    private string Unique(string nationalId, int application, string id, long line)
    {
        bool added = nationalId.Length == 11 && nationalId.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0
            ? _ids.Add((long.Parse(nationalId, NumberStyles.None, CultureInfo.InvariantCulture), application))
            : _otherIds.Add(id);
        return added ? id : id + "@L" + line.ToString(CultureInfo.InvariantCulture);
    }
}
