using Microsoft.Net.Http.Headers;

namespace Coop.Domain.Service.Http;

/// <summary>Server-driven content negotiation on <c>Accept</c> and <c>Accept-Language</c>.</summary>
internal static class Negotiation
{
    /// <summary>
    /// The media type to write, from <paramref name="offered"/> (the first is the default): the acceptable one of
    /// highest quality (<c>*/*</c> and <c>type/*</c> match, <c>q=0</c> refuses); with no <c>Accept</c>, the default.
    /// Null when nothing offered is acceptable (406).
    /// </summary>
    public static string? MediaType(HttpRequest request, params IReadOnlyList<string> offered)
    {
        IList<MediaTypeHeaderValue> accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
        {
            return offered[0];
        }

        string? best = null;
        double bestQuality = 0;
        foreach (string candidate in offered)
        {
            // A candidate's quality is that of the most specific range it falls in (text/csv before text/* before */*).
            var type = new MediaTypeHeaderValue(candidate);
            double quality = 0;
            int specificity = -1;
            foreach (MediaTypeHeaderValue range in accept)
            {
                int rank = range.MatchesAllTypes ? 0 : range.MatchesAllSubTypes ? 1 : 2;
                if (type.IsSubsetOf(range) && rank > specificity)
                {
                    (quality, specificity) = (range.Quality ?? 1, rank);
                }
            }

            // The best quality wins; a tie goes to the earlier offer.
            if (quality > bestQuality)
            {
                (best, bestQuality) = (candidate, quality);
            }
        }

        return best;
    }

    /// <summary>
    /// Whether to answer in Persian: <c>Accept-Language</c>'s preferred of <c>fa</c> and <c>en</c> (any region, e.g.
    /// <c>fa-IR</c>); English when it names neither, as HTTP falls back rather than refusing.
    /// </summary>
    public static bool Persian(HttpRequest request)
    {
        double fa = 0, en = 0;
        foreach (StringWithQualityHeaderValue language in request.GetTypedHeaders().AcceptLanguage)
        {
            string tag = language.Value.Value ?? string.Empty;
            double quality = language.Quality ?? 1;
            if (tag.Equals("fa", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("fa-", StringComparison.OrdinalIgnoreCase))
            {
                fa = Math.Max(fa, quality);
            }
            else if (tag.Equals("en", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("en-", StringComparison.OrdinalIgnoreCase))
            {
                en = Math.Max(en, quality);
            }
        }

        return fa > en;
    }
}
