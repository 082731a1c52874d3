using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Eligibility.Providers;
using Coop.Domain.Eligibility.Sources;
using Coop.Domain.Reporting.Output;

namespace Coop.Domain.Cli;

/// <summary>
/// <c>coop sources [POLICY...] [--standing S]... [--format table|json] [--lang en|fa] [--register FILE]</c>: what policies
/// rest on — each rule, parameter value and scoring term with the register entries it names, their standing, title and article.
/// </summary>
internal static class SourcesCommand
{
    private static readonly string[] s_standings = ["official", "secondary", "practice", "assumption", "none"];

    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("policy")
        {
            Description = "Policy files (JSON, docs/policies.md) or shipped policy ids; none for every policy shipped in the package.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var standing = new Option<string[]>("--standing")
        {
            Description = "List only what rests on this standing: official, secondary, practice, assumption (includes parameter values that name " +
                "no source, which stand as assumptions) or none (names no source). Repeat it for several.",
            AllowMultipleArgumentsPerToken = true,
        };
        standing.AcceptOnlyFromAmong(s_standings);
        var format = new Option<string>("--format") { Description = "Output: table (default) or json." };
        format.AcceptOnlyFromAmong("table", "json");
        var lang = new Option<string>("--lang") { Description = "Language of titles and headers in the table: en (default) or fa. Messages on stderr follow it too.", HelpName = CliText.LanguageValues };
        var register = SourcesCli.RegisterOption();
        var command = new Command(
            "sources",
            "List what policies rest on: each rule, parameter value and scoring term, the source register ids it names (a value that " +
            "names none rests on its parameter's), each source's standing (official, secondary, practice, assumption), title and article. " +
            "A parameter value that rests on no source or on an assumption makes a failure using it 'rest on an unverified assumption'. " +
            "Exit 0 when listed; 2 on bad input (an unreadable policy or register, a source id the register lacks).")
        {
            files, standing, format, lang, register,
        };
        command.SetAction(parsed =>
        {
            if (!EvaluationCli.TryLanguage(context, parsed.GetValue(lang), out bool persian)
                || !SourcesCli.TryRegister(context, parsed.GetValue(register), out SourceRegister? sources))
            {
                return CoopCli.BadInput;
            }

            return Execute(
                context, parsed.GetValue(files) ?? [], parsed.GetValue(standing) ?? [], parsed.GetValue(format) == "json",
                persian, sources, parsed.GetValue(register));
        });
        return command;
    }

    private static int Execute(CliContext context, string[] files, string[] standings, bool json, bool persian, SourceRegister register, string? registerPath)
    {
        var bases = new List<(string Origin, PolicyBasis Basis)>();
        bool bad = false;
        if (files.Length == 0)
        {
            EmbeddedPolicyProvider shipped = EmbeddedPolicyProvider.Shipped;
            foreach (string id in shipped.PolicyIds)
            {
                foreach (Policy policy in shipped.GetVersions(id))
                {
                    bases.Add(("(shipped) " + policy.Id, PolicyBasis.Of(policy, register)));
                }
            }
        }

        foreach ((string file, EvaluationCli.PolicyRead read) in files.SelectMany(f => EvaluationCli.ReadPolicy(f).Select(r => (f, r))))
        {
            if (read.Policy is not { } policy)
            {
                read.Errors.ToList().ForEach(e => context.Error.WriteLine(context.Persian ? CliText.Persian(e) : e.ToString()));
                bad = true;
                continue;
            }

            bases.Add((file, PolicyBasis.Of(policy, register)));
        }

        foreach ((_, PolicyBasis basis) in bases)
        {
            foreach (PolicyError error in basis.Errors)
            {
                context.Error.WriteLine(context.Persian ? CliText.Persian(error) : error.ToString());
                bad = true;
            }
        }

        if (bad)
        {
            return CoopCli.BadInput;
        }

        var filter = new HashSet<string>(standings, StringComparer.Ordinal);
        List<Row> rows = [.. bases.SelectMany(b => Rows(b.Origin, b.Basis)).Where(r => Matches(r, filter))];
        if (json)
        {
            WriteJson(context.Output, rows, registerPath);
        }
        else
        {
            WriteTable(context.Output, rows, persian);
        }

        return CoopCli.Ok;
    }

    /// <summary>One line of the listing: a rule, parameter value or scoring term and one source it names (or none).</summary>
    private sealed record Row(
        string Origin, Policy Policy, string Kind, string Name, SolarHijriDate? From, bool Inherited, Source? Source, string? MissingId, bool Unverified);

    private static IEnumerable<Row> Rows(string origin, PolicyBasis basis)
    {
        Policy policy = basis.Policy;
        foreach (RuleBasis rule in basis.Rules)
        {
            string name = rule.Rule.Id + " (" + rule.Rule.Code + ")";
            foreach (Row row in ForSources(origin, policy, "rule", name, null, false, rule.Rule.Sources, basis.Register, unverifiedWhenNone: false))
            {
                yield return row;
            }
        }

        foreach (ParameterBasis parameter in basis.Parameters)
        {
            foreach (ValueBasis value in parameter.Values.Where(v => !v.Value.IsEnd))
            {
                foreach (Row row in ForSources(origin, policy, "parameter", "$" + parameter.Name, value.Value.EffectiveFrom, value.Inherited, value.SourceIds, basis.Register, unverifiedWhenNone: true))
                {
                    yield return row;
                }
            }
        }

        foreach (ScoringTerm term in policy.Scoring)
        {
            foreach (Row row in ForSources(origin, policy, "score", term.Id, null, false, term.Sources, basis.Register, unverifiedWhenNone: false))
            {
                yield return row;
            }
        }
    }

    private static IEnumerable<Row> ForSources(
        string origin, Policy policy, string kind, string name, SolarHijriDate? from, bool inherited, IReadOnlyList<string> ids, SourceRegister register, bool unverifiedWhenNone)
    {
        if (ids.Count == 0)
        {
            yield return new Row(origin, policy, kind, name, from, inherited, null, null, unverifiedWhenNone);
            yield break;
        }

        foreach (string id in ids)
        {
            register.TryGet(id, out Source? source);
            yield return new Row(origin, policy, kind, name, from, inherited, source, source is null ? id : null, source?.Standing == SourceStanding.Assumption);
        }
    }

    private static bool Matches(Row row, HashSet<string> filter) =>
        filter.Count == 0
        || filter.Contains(SourcesCli.StandingName(row.Source?.Standing))
        || (filter.Contains("assumption") && row.Unverified);

    private static void WriteTable(TextWriter output, List<Row> rows, bool persian)
    {
        TableColumn[] columns =
        [
            new("policy", persian ? "سیاست" : "policy"),
            new("item", persian ? "مورد" : "item"),
            new("from", persian ? "از" : "from"),
            new("source", persian ? "منبع" : "source"),
            new("standing", persian ? "اعتبار" : "standing"),
            new("title", persian ? "عنوان" : "title"),
            new("article", persian ? "ماده" : "article"),
        ];
        var cells = rows.Select(r => new TableCell[]
        {
            r.Origin,
            r.Kind + " " + r.Name,
            r.From is { } from ? EvaluationCli.Date(from, persian) : "-",
            (r.Source?.Id ?? r.MissingId ?? "-") + (r.Inherited && (r.Source is not null) ? (persian ? " (از پارامتر)" : " (parameter's)") : string.Empty),
            r.Source is null && r.Unverified ? SourcesCli.StandingLabel(null, persian) + (persian ? " ← فرض" : " → assumption") : SourcesCli.StandingLabel(r.Source?.Standing, persian),
            r.Source is null ? "-" : persian ? r.Source.Title.Fa : r.Source.Title.En,
            r.Source?.Article ?? "-",
        });
        TextTableWriter.Write(new Table(columns, cells), output, new TextTableOptions { PersianDigits = persian });
        int unverified = rows.Count(r => r.Unverified);
        output.WriteLine(persian
            ? $"{EvaluationCli.Count(rows.Count, true)} سطر؛ {EvaluationCli.Count(unverified, true)} بر فرض یا بدون منبع."
            : string.Create(CultureInfo.InvariantCulture, $"{rows.Count} line(s); {unverified} rest on an assumption or on no source."));
    }

    private static void WriteJson(TextWriter output, List<Row> rows, string? registerPath)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("register", registerPath ?? "(shipped)");
            json.WriteStartArray("items");
            foreach (Row r in rows)
            {
                json.WriteStartObject();
                json.WriteString("origin", r.Origin);
                json.WriteString("policy", r.Policy.Id);
                json.WriteNumber("version", r.Policy.Version);
                json.WriteString("kind", r.Kind);
                json.WriteString("name", r.Name);
                if (r.From is { } from)
                {
                    json.WriteString("from", from.ToString());
                    json.WriteBoolean("inherited", r.Inherited);
                }

                json.WriteBoolean("restsOnAssumption", r.Unverified);
                if (r.Source is { } s)
                {
                    WriteSource(json, "source", s);
                }
                else
                {
                    json.WriteNull("source");
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        output.Write('\n');
    }

    /// <summary>A register entry as JSON: id, standing, title, article, where.</summary>
    internal static void WriteSource(Utf8JsonWriter json, string name, Source s)
    {
        json.WriteStartObject(name);
        json.WriteString("id", s.Id);
        json.WriteString("standing", SourcesCli.StandingName(s.Standing));
        json.WriteStartObject("title");
        json.WriteString("fa", s.Title.Fa);
        json.WriteString("en", s.Title.En);
        json.WriteEndObject();
        if (s.Article is { } article)
        {
            json.WriteString("article", article);
        }

        json.WriteString("publisher", s.Where.Publisher);
        if (s.Where.Url is { } url)
        {
            json.WriteString("url", url);
        }

        json.WriteEndObject();
    }
}
