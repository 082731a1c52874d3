using System.CommandLine;
using System.Globalization;
using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Eligibility.Sources;

namespace Coop.Domain.Cli;

/// <summary>
/// <c>coop validate &lt;policy.json&gt;... [--syntax-only] [--unverified] [--register sources.json]</c>: checks policy files
/// and lists every error. By default each policy is also compiled against the standard fact schema, so unknown fields and
/// type errors are caught; its source ids are always checked against the source register.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("policy")
        {
            Description = "One or more policy files (JSON with comments and trailing commas; see docs/policies.md) or ids of policies shipped in the package (e.g. cdb-employment-facility).",
            Arity = ArgumentArity.OneOrMore,
        };
        var syntaxOnly = new Option<bool>("--syntax-only")
        {
            Description = "Check only the file and expression syntax, not field names and types: for policies written against " +
                "another fact schema than the standard one (e.g. seeds/policies/example-policy.json).",
        };
        var unverified = new Option<bool>("--unverified")
        {
            Description = "Also list what a user must confirm before relying on the policy: each parameter with a value that rests " +
                "on an assumption or on no source, with its dated values, their sources and standing, and the rules that use it.",
        };
        var register = SourcesCli.RegisterOption();
        var lang = CliText.LanguageOption("the lines on stdout");
        var command = new Command(
            "validate",
            "Check policy files: JSON shape, required fields, dates, parameter tables, message placeholders, expression syntax " +
            "and (unless --syntax-only) every field and type against the standard fact schema (docs/fact-schema.md); every source id " +
            "against the source register (docs/sources.md). Exit 0 when every file is valid (warnings, such as a parameter naming no " +
            "source, go to stderr); 2 with every error listed as 'file: $.json.path (line L, column C): message' " +
            "(the column is inside the expression for expression errors).")
        {
            files, syntaxOnly, unverified, register, lang,
        };
        command.SetAction(parsed => !EvaluationCli.TryLanguage(context, parsed.GetValue(lang), out _) ? CoopCli.BadInput : SourcesCli.TryRegister(context, parsed.GetValue(register), out SourceRegister? sources)
            ? Execute(context, parsed.GetValue(files) ?? [], parsed.GetValue(syntaxOnly), parsed.GetValue(unverified), sources)
            : CoopCli.BadInput);
        return command;
    }

    private static int Execute(CliContext context, string[] files, bool syntaxOnly, bool listUnverified, SourceRegister sources)
    {
        int errors = 0;
        int schemaErrors = 0;
        int toConfirm = 0;
        foreach ((string file, EvaluationCli.PolicyRead result) in files.SelectMany(f => EvaluationCli.ReadPolicy(f).Select(r => (f, r))))
        {
            IReadOnlyList<PolicyError> problems = result.Errors;
            PolicyBasis? basis = result.Policy is { } read ? PolicyBasis.Of(read, sources) : null;
            if (result.Policy is { } compiled && !syntaxOnly)
            {
                // Compiling checks the source ids too (basis.Errors come first).
                problems = Compile(compiled, sources);
                schemaErrors += problems.Count - basis!.Errors.Count;
            }
            else if (basis is not null)
            {
                problems = basis.Errors;
            }

            if (result.Policy is not { } policy || problems.Count > 0)
            {
                foreach (PolicyError error in problems)
                {
                    context.Error.WriteLine(context.Persian ? CliText.Persian(error) : error.ToString());
                }

                errors += problems.Count;
                continue;
            }

            string against = syntaxOnly ? "syntax only" : "compiled against the standard fact schema";
            context.Output.WriteLine(context.Persian
                ? $"{CliText.L(file)}: معتبر ({CliText.L(policy.Id)} نسخهٔ {CliText.N(policy.Version)}، {CliText.Count(policy.Rules.Count, "قاعده")}، {CliText.Count(policy.Parameters.Count, "پارامتر")}؛ " +
                  (syntaxOnly ? "فقط نحو" : "ترجمه‌شده با طرح استاندارد واقعیت‌ها") + ")"
                : string.Create(
                CultureInfo.InvariantCulture,
                $"{file}: valid ({policy.Id} version {policy.Version}, {policy.Rules.Count} rules, {policy.Parameters.Count} parameters; {against})"));
            foreach (ParameterGap gap in ParameterGap.Find(policy))
            {
                context.Error.WriteLine(context.Persian
                    ? $"{CliText.L(file)}: {CliText.L(string.Create(CultureInfo.InvariantCulture, $"$.parameters[{gap.ParameterIndex}]"))}: هشدار: {gap.MessageFa}"
                    : string.Create(CultureInfo.InvariantCulture, $"{file}: $.parameters[{gap.ParameterIndex}]: warning: {gap}"));
            }

            foreach (PolicyError warning in result.Warnings.Concat(basis!.Warnings))
            {
                context.Error.WriteLine(SourcesCli.Warning(context, warning));
            }

            if (listUnverified)
            {
                toConfirm += context.Persian ? ListUnverifiedPersian(context.Output, file, basis) : ListUnverified(context.Output, file, basis);
            }
        }

        if (errors > 0)
        {
            if (schemaErrors > 0)
            {
                context.Error.WriteLine(context.T(
                    "Field names and types were checked against the standard fact schema (docs/fact-schema.md); " +
                    "for a policy written against another schema, use --syntax-only.",
                    $"نام و نوع فیلدها با طرح استاندارد واقعیت‌ها ({CliText.L("docs/fact-schema.md")}) سنجیده شد؛ " +
                    $"برای سیاستی که بر پایهٔ طرح دیگری نوشته شده است، {CliText.L("--syntax-only")} را بدهید."));
            }

            context.Error.WriteLine(context.T($"{errors} error(s) in {files.Length} file(s).", $"{CliText.Count(errors, "خطا")} در {CliText.Count(files.Length, "فایل")}."));
            return CoopCli.BadInput;
        }

        if (listUnverified)
        {
            context.Output.WriteLine(context.Persian
                ? toConfirm == 0
                    ? "هر مقدار پارامتر بر منبعی استوار است که فرض نیست."
                    : $"{CliText.Count(toConfirm, "پارامتر تأییدنشده")}: پیش از تکیه بر تصمیم‌ها برای هر مقدار منبعی بیاورید (یا آن را جایگزین کنید)؛ ردشدن‌هایی که بر آن‌ها استوارند، استوار بر فرض گزارش می‌شوند."
                : toConfirm == 0
                    ? "Every parameter value rests on a source that is not an assumption."
                    : string.Create(CultureInfo.InvariantCulture, $"{toConfirm} unverified parameter(s): source each value (or replace it) before relying on the decisions; failures resting on them are reported as resting on an assumption."));
        }

        return CoopCli.Ok;
    }

    private static IReadOnlyList<PolicyError> Compile(Policy policy, SourceRegister sources)
    {
        try
        {
            _ = new CompiledPolicy<EligibilityFacts>(policy, CoopFactSchema.Instance, sources: sources);
            return [];
        }
        catch (PolicyLoadException e)
        {
            return e.Errors;
        }
    }

    private static int ListUnverified(TextWriter output, string file, PolicyBasis basis)
    {
        int count = 0;
        foreach (ParameterBasis p in basis.Parameters.Where(p => p.Values.Any(v => v.RestsOnAssumption)))
        {
            count++;
            PolicyParameter parameter = p.Parameter;
            string unit = parameter.Unit is null ? string.Empty : ", " + parameter.Unit;
            string description = parameter.Description is null ? string.Empty : " — " + parameter.Description.En;
            output.WriteLine($"{file}: unverified parameter ${p.Name} ({Kind(parameter.Type.Kind)}{unit}){description}");
            foreach (ValueBasis v in p.Values)
            {
                string reference = v.Value.Reference is null ? string.Empty : " (" + v.Value.Reference + ")";
                string standing = v.Value.IsEnd ? string.Empty
                    : " — " + (v.SourceIds.Count == 0 ? "no source: an assumption" : SourcesCli.StandingName(v.Standing) + ": " + string.Join(", ", v.SourceIds));
                output.WriteLine($"    from {v.Value.EffectiveFrom}: {Format(v.Value)}{reference}{standing}");
            }

            output.WriteLine("    source: " + (parameter.Source ?? "(none given)"));
            string[] users = [.. basis.Rules.Where(r => p.UsedBy.Contains(r.Rule.Id)).Select(r => r.Rule.Id + " (" + r.Rule.Code + ")")];
            output.WriteLine("    used by: " + (users.Length == 0 ? "no rule" : string.Join(", ", users)));
        }

        return count;
    }

    /// <summary>
    /// The listing of <see cref="ListUnverified"/> in Persian: the same lines, with Persian words, digits and dates; the file,
    /// parameter, rule and source ids and other Latin text isolated left-to-right.
    /// </summary>
    private static int ListUnverifiedPersian(TextWriter output, string file, PolicyBasis basis)
    {
        int count = 0;
        foreach (ParameterBasis p in basis.Parameters.Where(p => p.Values.Any(v => v.RestsOnAssumption)))
        {
            count++;
            PolicyParameter parameter = p.Parameter;
            string unit = parameter.Unit is null ? string.Empty : "، " + Said(parameter.Unit);
            string description = parameter.Description is null ? string.Empty : " — " + Said(parameter.Description.Fa);
            output.WriteLine($"{CliText.L(file)}: پارامتر تأییدنشدهٔ {CliText.L("$" + p.Name)} ({KindFa(parameter.Type.Kind)}{unit}){description}");
            foreach (ValueBasis v in p.Values)
            {
                string reference = v.Value.Reference is null ? string.Empty : " (" + Said(v.Value.Reference) + ")";
                string standing = v.Value.IsEnd ? string.Empty
                    : " — " + (v.SourceIds.Count == 0
                        ? "بدون منبع: یک فرض"
                        : SourcesCli.StandingLabel(v.Standing, persian: true) + ": " + string.Join("، ", v.SourceIds.Select(CliText.L)));
                output.WriteLine($"    از {v.Value.EffectiveFrom.ToString("fa")}: {FormatFa(v.Value)}{reference}{standing}");
            }

            output.WriteLine("    منبع: " + (parameter.Source is null ? "(داده نشده)" : Said(parameter.Source)));
            string[] users = [.. basis.Rules.Where(r => p.UsedBy.Contains(r.Rule.Id)).Select(r => CliText.L(r.Rule.Id) + " (" + CliText.L(r.Rule.Code) + ")")];
            output.WriteLine("    به کار رفته در: " + (users.Length == 0 ? "هیچ قاعده‌ای" : string.Join("، ", users)));
        }

        return count;
    }

    /// <summary>Free text of a policy (a unit, a description, a reference) for a Persian line: isolated when it holds a Latin letter, otherwise with Persian digits.</summary>
    private static string Said(string text) =>
        text.Any(char.IsAsciiLetter) ? CliText.L(text) : Coop.Domain.Text.PersianText.ToPersianDigits(text);

    private static string FormatFa(DatedParameterValue v)
    {
        if (v.IsEnd)
        {
            return "بی‌مقدار (پارامتر پایان می‌یابد)";
        }

        if (v.ByKey is { } table)
        {
            return "{ " + string.Join("، ", table.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => CliText.L(kv.Key) + ": " + FormatFa(kv.Value))) + " }";
        }

        return FormatFa(v.Value!.Value);
    }

    private static string FormatFa(FactValue value) =>
        value.Kind == FactTypeKind.String ? Said(value.AsString()) : value.ToDisplayString(Coop.Domain.Text.Language.Fa);

    private static string KindFa(FactTypeKind kind) => kind switch
    {
        FactTypeKind.Boolean => "بولی",
        FactTypeKind.Integer => "عدد صحیح",
        FactTypeKind.Decimal => "عدد اعشاری",
        FactTypeKind.Money => "مبلغ",
        FactTypeKind.Date => "تاریخ",
        FactTypeKind.Duration => "مدت",
        FactTypeKind.String => "متن",
        _ => CliText.L(kind.ToString()),
    };

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
}
