namespace Coop.Domain.Eligibility.Expressions;

/// <summary>"Did you mean" suggestions by Levenshtein distance.</summary>
internal static class Suggestions
{
    /// <summary>The candidate closest to <paramref name="name"/>, when it is close enough to be a likely typo.</summary>
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in candidates)
        {
            int d = Distance(name, candidate);
            if (d < bestDistance)
            {
                best = candidate;
                bestDistance = d;
            }
        }

        int allowed = Math.Max(1, Math.Min(3, name.Length / 3));
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>
    /// The Levenshtein edit distance, counting a swap of two neighbouring letters as one edit (cuont → count);
    /// case counts, so memberCount and membercount are 1 apart.
    /// </summary>
    public static int Distance(string a, string b)
    {
        int[,] d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i, j - 1] + 1, d[i - 1, j] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>
    /// "unknown property 'chek' — did you mean 'check'?" when a known property is close, otherwise "unknown property
    /// 'x'; expected one of: …"; <paramref name="where"/> (e.g. <c>'expect'</c>) is named after the property when given.
    /// </summary>
    public static string UnknownProperty(string name, IReadOnlyCollection<string> known, string? where = null)
    {
        string property = where is null ? $"unknown property '{name}'" : $"unknown property '{name}' in {where}";
        return Closest(name, known) is { } suggestion
            ? $"{property} — did you mean '{suggestion}'?"
            : $"{property}; expected one of: {string.Join(", ", known)}";
    }
}
