using Coop.Domain.Calendar;
using Coop.Domain.Model;
using Coop.Domain.Serialization;

namespace Coop.Domain.Eligibility.Batch;

/// <summary>Streams the applicants of a registry: one per application applied by the as-of date, or one per cooperative.</summary>
internal sealed class RegistryItems
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public List<JsonLineError> BadLines { get; } = [];

    public long Cooperatives { get; private set; }

    public long WithoutApplication { get; private set; }

    public IEnumerable<(RegistryApplicant Applicant, Cooperative Cooperative)> Read(
        Stream stream, SolarHijriDate asOf, bool byApplication, JsonLinesOptions? options, IProgress<long>? progress)
    {
        bool first = true;
        foreach (RegistryRecord record in RegistryReader.Read(stream, options))
        {
            if (first)
            {
                first = false;
                if (record.Header is null)
                {
                    string message = record.Error?.Message ?? "the first line is not a registry header";
                    throw new InvalidDataException(string.Create(
                        System.Globalization.CultureInfo.InvariantCulture,
                        $"not a coop registry (line {record.Line}): {message}"));
                }

                continue;
            }

            if (record.Error is { } error)
            {
                BadLines.Add(error);
                continue;
            }

            if (record.Cooperative is not { } cooperative)
            {
                continue;
            }

            Cooperatives++;
            progress?.Report(Cooperatives);
            string baseId = cooperative.NationalId.ToString();
            if (!byApplication)
            {
                yield return (new RegistryApplicant(Unique(baseId, record.Line), record.Line, cooperative, null, null), cooperative);
                continue;
            }

            bool any = false;
            for (int i = 0; i < cooperative.FacilityApplications.Length; i++)
            {
                FacilityApplication application = cooperative.FacilityApplications[i];
                if (application.AppliedOn > asOf)
                {
                    continue;
                }

                any = true;
                string id = Unique(baseId + "#" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), record.Line);
                yield return (new RegistryApplicant(id, record.Line, cooperative, application, i + 1), cooperative);
            }

            if (!any)
            {
                WithoutApplication++;
            }
        }
    }

    private string Unique(string id, long line) =>
        _ids.Add(id) ? id : id + "@L" + line.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
