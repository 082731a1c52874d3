using System.Globalization;
using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Eligibility.Sources;

/// <summary>Validates a deserialized register file into <see cref="Source"/>s, collecting every error with its JSON path.</summary>
internal sealed class SourceRegisterReader(string? file, Dictionary<string, (int Line, int Column)> positions)
{
    private static readonly string[] s_standings = ["official", "secondary", "practice", "assumption"];

    private readonly List<PolicyError> _errors = [];
    private readonly PolicySource _source = new(file, positions);

    public SourceRegisterReadResult Read(SourceRegisterDto dto)
    {
        if (dto.Sources is null)
        {
            Add("$", "missing required property 'sources' (an array of sources)", PolicyErrorCode.MissingProperty, "sources", "sources");
            return new SourceRegisterReadResult(null, _errors);
        }

        var sources = new List<Source>(dto.Sources.Count);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < dto.Sources.Count; i++)
        {
            string at = "$.sources[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (dto.Sources[i] is not { } s)
            {
                Add(at, "a source must be an object, not null", PolicyErrorCode.NullItem, "source");
                continue;
            }

            int before = _errors.Count;
            string? id = Required(s.Id, at + ".id");
            if (id is not null)
            {
                if (!Source.IsValidId(id))
                {
                    Add(at + ".id", $"the id '{id}' is not kebab-case: use lower-case letters and digits joined by single hyphens, e.g. coop-sector-law-art-54", PolicyErrorCode.InvalidSourceId, id);
                }
                else if (!ids.TryAdd(id, i))
                {
                    Add(at + ".id", $"the id '{id}' is already used by $.sources[{ids[id]}]; every source needs its own id", PolicyErrorCode.DuplicateSourceId, id, "$.sources[" + ids[id].ToString(CultureInfo.InvariantCulture) + "]");
                }
            }

            PolicyText? title = null;
            if (s.Title is null)
            {
                Add(at, "missing required property 'title' (an object with 'fa' and 'en')", PolicyErrorCode.MissingProperty, "title", "text");
            }
            else
            {
                string? fa = Required(s.Title.Fa, at + ".title.fa");
                string? en = Required(s.Title.En, at + ".title.en");
                title = fa is null || en is null ? null : new PolicyText(fa, en);
            }

            SourceStanding? standing = null;
            if (Required(s.Standing, at + ".standing") is { } standingText)
            {
                int index = Array.FindIndex(s_standings, x => string.Equals(x, standingText, StringComparison.OrdinalIgnoreCase));
                if (index < 0)
                {
                    string? close = Suggestions.Closest(standingText.ToLowerInvariant(), s_standings);
                    Add(at + ".standing", $"unknown standing '{standingText}'{(close is null ? string.Empty : $" — did you mean '{close}'?")}; expected official, secondary, practice or assumption", PolicyErrorCode.UnknownStanding, standingText, close ?? string.Empty);
                }
                else
                {
                    standing = (SourceStanding)index;
                }
            }

            if (s.Quote is null)
            {
                if (standing is not null and not SourceStanding.Assumption)
                {
                    Add(at, $"missing property 'quote': a source that stands as {s_standings[(int)standing]} quotes the passage read (only an assumption may have none)", PolicyErrorCode.MissingQuote, s_standings[(int)standing]);
                }
            }
            else
            {
                NotBlank(s.Quote, at + ".quote");
            }

            NotBlank(s.Article, at + ".article");
            SourceLocation? where = null;
            if (s.Where is null)
            {
                Add(at, "missing required property 'where' (an object with 'publisher', and optionally 'url' and 'page')", PolicyErrorCode.MissingProperty, "where", "where");
            }
            else
            {
                string? publisher = Required(s.Where.Publisher, at + ".where.publisher");
                if (s.Where.Url is { } url && !Source.IsWebAddress(url))
                {
                    Add(at + ".where.url", $"'{url}' is not an absolute http or https address", PolicyErrorCode.InvalidUrl, url);
                }

                NotBlank(s.Where.Page, at + ".where.page");
                where = publisher is null ? null : new SourceLocation(publisher, s.Where.Url, s.Where.Page);
            }

            DateOnly? read = null;
            if (Required(s.Read, at + ".read") is { } readText)
            {
                if (DateOnly.TryParseExact(readText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day))
                {
                    read = day;
                }
                else
                {
                    Add(at + ".read", $"'{readText}' is not a day written yyyy-MM-dd (the Gregorian ISO date it was read, e.g. 2026-12-05)", PolicyErrorCode.InvalidReadDate, readText);
                }
            }

            SourceNote? note = null;
            if (s.Note is { } n)
            {
                if (string.IsNullOrWhiteSpace(n.En) && string.IsNullOrWhiteSpace(n.Fa))
                {
                    Add(at + ".note", "the note is empty: give 'en', 'fa' or both, or leave 'note' out", PolicyErrorCode.EmptyNote);
                }
                else
                {
                    note = new SourceNote(n.En, n.Fa);
                }
            }

            if (_errors.Count == before)
            {
                sources.Add(new Source(id!, title!, where!, read!.Value, standing!.Value, s.Quote, s.Article, note));
            }
        }

        return _errors.Count > 0
            ? new SourceRegisterReadResult(null, _errors)
            : new SourceRegisterReadResult(new SourceRegister(sources), []);
    }

    private string? Required(string? value, string at)
    {
        if (value is null)
        {
            Add(at[..at.LastIndexOf('.')], $"missing required property '{at[(at.LastIndexOf('.') + 1)..]}'", PolicyErrorCode.MissingProperty, at[(at.LastIndexOf('.') + 1)..]);
            return null;
        }

        return NotBlank(value, at) ? value : null;
    }

    private bool NotBlank(string? value, string at)
    {
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            Add(at, $"'{at[(at.LastIndexOf('.') + 1)..]}' must not be empty", PolicyErrorCode.EmptyValue, at[(at.LastIndexOf('.') + 1)..]);
            return false;
        }

        return true;
    }

    private void Add(string at, string message, PolicyErrorCode code, params string[] arguments) => _errors.Add(_source.Error(at, message).With(code, arguments));
}
