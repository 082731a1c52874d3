using System.Text.RegularExpressions;
using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Eligibility.Sources;

/// <summary>
/// One entry of a <see cref="SourceRegister"/>: a law, by-law, circular, rewrite or practice a policy rests on,
/// with the passage read, where and when it was read, and its <see cref="SourceStanding"/>. Policies name entries
/// by <see cref="Id"/> (docs/sources.md, docs/policies.md). Immutable.
/// </summary>
public sealed partial class Source
{
    /// <summary>Creates an entry.</summary>
    /// <param name="id">The stable id, kebab-case (<c>coop-sector-law-art-54</c>): lower-case ASCII letters and digits in groups joined by single hyphens.</param>
    /// <param name="title">The title in Persian and English.</param>
    /// <param name="where">Where it was read.</param>
    /// <param name="read">The (Gregorian) day it was read.</param>
    /// <param name="standing">How much it can be relied on.</param>
    /// <param name="quote">The passage as read (Persian, as the page shows it); required unless <paramref name="standing"/> is <see cref="SourceStanding.Assumption"/>.</param>
    /// <param name="article">The article, note or paragraph (e.g. <c>Art. 54(2) and (4)</c>), or null.</param>
    /// <param name="note">A reviewer's note, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> or <paramref name="where"/> is null.</exception>
    /// <exception cref="ArgumentException">The id is not kebab-case, a required text is blank, the quote is missing for a
    /// standing other than assumption, the URL is not an absolute http(s) address, or the standing is not defined.</exception>
    public Source(
        string id, PolicyText title, SourceLocation where, DateOnly read, SourceStanding standing,
        string? quote = null, string? article = null, SourceNote? note = null)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(where);
        if (!IsValidId(id))
        {
            throw new ArgumentException($"The source id '{id}' is not kebab-case (lower-case letters and digits joined by single hyphens, e.g. coop-sector-law-art-54).", nameof(id));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(title.Fa, nameof(title));
        ArgumentException.ThrowIfNullOrWhiteSpace(title.En, nameof(title));
        ArgumentException.ThrowIfNullOrWhiteSpace(where.Publisher, nameof(where));
        if (where.Url is not null && !IsWebAddress(where.Url))
        {
            throw new ArgumentException($"The URL '{where.Url}' of source '{id}' is not an absolute http or https address.", nameof(where));
        }

        if (!Enum.IsDefined(standing))
        {
            throw new ArgumentException($"The standing {(int)standing} of source '{id}' is not defined.", nameof(standing));
        }

        if (standing != SourceStanding.Assumption && string.IsNullOrWhiteSpace(quote))
        {
            throw new ArgumentException($"The source '{id}' stands as {standing} but quotes nothing; only an assumption may have no quote.", nameof(quote));
        }

        if (note is { En: null or "", Fa: null or "" })
        {
            throw new ArgumentException($"The note of source '{id}' is empty; give its English or Persian text, or no note.", nameof(note));
        }

        Id = id;
        Title = title;
        Where = where;
        Read = read;
        Standing = standing;
        Quote = quote;
        Article = article;
        Note = note;
    }

    /// <summary>The stable kebab-case id policies name it by.</summary>
    public string Id { get; }

    /// <summary>The title in Persian and English.</summary>
    public PolicyText Title { get; }

    /// <summary>The article, note or paragraph, or null.</summary>
    public string? Article { get; }

    /// <summary>The passage as read; null only for an assumption.</summary>
    public string? Quote { get; }

    /// <summary>Where it was read.</summary>
    public SourceLocation Where { get; }

    /// <summary>The (Gregorian) day it was read.</summary>
    public DateOnly Read { get; }

    /// <summary>How much it can be relied on.</summary>
    public SourceStanding Standing { get; }

    /// <summary>A reviewer's note, or null.</summary>
    public SourceNote? Note { get; }

    /// <summary>Whether <paramref name="id"/> is a valid source id: kebab-case ASCII (<c>coop-sector-law-art-54</c>).</summary>
    /// <param name="id">The text.</param>
    /// <returns>True when it is a valid id.</returns>
    public static bool IsValidId(string? id) => id is not null && KebabId().IsMatch(id);

    /// <inheritdoc/>
    public override string ToString() => Id + " (" + Standing.ToString().ToLowerInvariant() + ")";

    /// <summary>The id pattern as the register's and the policy's JSON Schema write it (ECMAScript, where $ ends the text).</summary>
    internal const string IdPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    internal static bool IsWebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    // \z, not $: in .NET, $ also matches before a final line feed.
    [GeneratedRegex(@"^[a-z0-9]+(?:-[a-z0-9]+)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex KebabId();
}
