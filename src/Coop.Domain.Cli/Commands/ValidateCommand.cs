using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Cli;

/// <summary>
/// <c>coop validate &lt;policy.json&gt;... [--syntax-only] [--unverified]</c>: checks policy files and lists every error.
/// By default each policy is also compiled against the standard fact schema, so unknown fields and type errors are caught.
/// </summary>
internal static partial class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("policy")
        {
            Description = "One or more policy files (JSON with comments and trailing commas; see docs/policies.md).",
            Arity = ArgumentArity.OneOrMore,
        };
        var syntaxOnly = new Option<bool>("--syntax-only")
        {
            Description = "Check only the file and expression syntax, not field names and types: for policies written against " +
                "another fact schema than the standard one (e.g. seeds/policies/example-policy.json).",
        };
        var unverified = new Option<bool>("--unverified")
        {
            Description = "Also list what a user must confirm before relying on the policy: each parameter flagged unverified, " +
                "with its dated values, source and the rules that use it.",
        };
        var command = new Command(
            "validate",
            "Check policy files: JSON shape, required fields, dates, parameter tables, message placeholders, expression syntax " +
            "and (unless --syntax-only) every field and type against the standard fact schema (docs/fact-schema.md). " +
            "Exit 0 when every file is valid; 2 with every error listed as 'file: $.json.path (line L, column C): message' " +
            "(the column is inside the expression for expression errors).")
        {
            files, syntaxOnly, unverified,
        };
        command.SetAction(parsed => Execute(
            context, parsed.GetValue(files) ?? [], parsed.GetValue(syntaxOnly), parsed.GetValue(unverified)));
        return command;
    }

    private static int Execute(CliContext context, string[] files, bool syntaxOnly, bool listUnverified)
    {
        int errors = 0;
        int schemaErrors = 0;
        int toConfirm = 0;
        foreach (string file in files)
        {
            PolicyReadResult result = PolicyFile.ReadFile(file);
            IReadOnlyList<PolicyError> problems = result.Errors;
            if (result.Policy is { } read && !syntaxOnly)
            {
                problems = Compile(read);
                schemaErrors += problems.Count;
            }

            if (result.Policy is not { } policy || problems.Count > 0)
            {
                foreach (PolicyError error in problems)
                {
                    context.Error.WriteLine(error.ToString());
                }

                errors += problems.Count;
                continue;
            }

            string against = syntaxOnly ? "syntax only" : "compiled against the standard fact schema";
            context.Output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{file}: valid ({policy.Id} version {policy.Version}, {policy.Rules.Count} rules, {policy.Parameters.Count} parameters; {against})"));
            foreach (ParameterGap gap in ParameterGap.Find(policy))
            {
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file}: $.parameters[{gap.ParameterIndex}]: warning: {gap}"));
            }

            if (listUnverified)
            {
                toConfirm += ListUnverified(context.Output, file, policy);
            }
        }

        if (errors > 0)
        {
            if (schemaErrors > 0)
            {
                context.Error.WriteLine("Field names and types were checked against the standard fact schema (docs/fact-schema.md); " +
                    "for a policy written against another schema, use --syntax-only.");
            }

            context.Error.WriteLine($"{errors} error(s) in {files.Length} file(s).");
            return CoopCli.BadInput;
        }

        if (listUnverified)
        {
            context.Output.WriteLine(toConfirm == 0
                ? "Every parameter is marked verified."
                : string.Create(CultureInfo.InvariantCulture, $"{toConfirm} unverified parameter(s): confirm each value against its source (or replace it) before relying on the decisions."));
        }

        return CoopCli.Ok;
    }

    private static IReadOnlyList<PolicyError> Compile(Policy policy)
    {
        try
        {
            _ = new CompiledPolicy<EligibilityFacts>(policy, CoopFactSchema.Instance);
            return [];
        }
        catch (PolicyLoadException e)
        {
            return e.Errors;
        }
    }

    private static int ListUnverified(TextWriter output, string file, Policy policy)
    {
        int count = 0;
        foreach (PolicyParameter p in policy.Parameters.Where(p => !p.Verified))
        {
            count++;
            string unit = p.Unit is null ? string.Empty : ", " + p.Unit;
            string description = p.Description is null ? string.Empty : " — " + p.Description.En;
            output.WriteLine($"{file}: unverified parameter ${p.Name} ({Kind(p.Type.Kind)}{unit}){description}");
            foreach (DatedParameterValue v in p.Values)
            {
                string reference = v.Reference is null ? string.Empty : " (" + v.Reference + ")";
                output.WriteLine($"    from {v.EffectiveFrom}: {Format(v)}{reference}");
            }

            string[] users = [.. policy.Rules.Where(r => Uses(r, p.Name)).Select(r => r.Id + " (" + r.Code + ")")];
            output.WriteLine("    source: " + (p.Source ?? "(none given)"));
            output.WriteLine("    used by: " + (users.Length == 0 ? "no rule" : string.Join(", ", users)));
        }

        return count;
    }

    private static bool Uses(PolicyRule rule, string parameter)
    {
        foreach (string? text in new[] { rule.When, rule.Check, rule.Observed, rule.Required })
        {
            if (text is null)
            {
                continue;
            }

            foreach (Match m in ParameterReference().Matches(text))
            {
                if (string.Equals(m.Groups["a"].Success ? m.Groups["a"].Value : m.Groups["b"].Value, parameter, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string Format(DatedParameterValue v)
    {
        if (v.IsEnd)
        {
            return "no value (the parameter ends)";
        }

        if (v.ByKey is { } table)
        {
            return "{ " + string.Join(", ", table.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + ": " + Format(kv.Value))) + " }";
        }

        return Format(v.Value!.Value);
    }

    private static string Format(FactValue value) => value.Kind switch
    {
        FactTypeKind.Money => value.AsDecimal().ToString("#,0.##", CultureInfo.InvariantCulture) + " rial",
        FactTypeKind.Date => value.AsDate().ToString(),
        FactTypeKind.String => value.AsString(),
        _ => value.ToString(),
    };

    private static string Kind(FactTypeKind kind) => kind switch
    {
        FactTypeKind.Boolean => "boolean",
        FactTypeKind.Integer => "integer",
        FactTypeKind.Decimal => "decimal",
        FactTypeKind.Money => "money",
        FactTypeKind.Date => "date",
        FactTypeKind.Duration => "duration",
        FactTypeKind.String => "string",
        _ => kind.ToString(),
    };

    [GeneratedRegex(@"\$(?<a>[A-Za-z_][A-Za-z0-9_]*)|param\(\s*['""](?<b>[^'""]+)['""]", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterReference();
}
