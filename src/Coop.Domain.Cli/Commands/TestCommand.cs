using System.CommandLine;
using System.Globalization;
using Coop.Domain.Eligibility.Scenarios;

namespace Coop.Domain.Cli;

/// <summary><c>coop test &lt;files or folders&gt;... [--lang fa|en] [--coverage]</c>: runs policy scenario files.</summary>
internal static class TestCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Scenario files (*.scenario.json) and folders searched recursively for them (see docs/policy-testing.md).",
            Arity = ArgumentArity.OneOrMore,
        };
        var lang = new Option<string>("--lang")
        {
            Description = "Language of the output and of the messages on stderr: en (default) or fa (Persian, with Persian digits; the last line is then «N موفق، N ناموفق»).",
            HelpName = CliText.LanguageValues,
        };
        var coverage = new Option<bool>("--coverage")
        {
            Description = "Print the full coverage table (every rule with the number of cases that saw it fail and pass), not only the uncovered rules.",
        };
        var command = new Command(
            "test",
            "Run policy scenario suites: each case's facts are evaluated against the policy and its expectations checked. " +
            "Prints PASS or FAIL per case with the reasons, the errors of bad files, the rule coverage (rules no case saw fail), " +
            "and last exactly 'N passed, N failed'. Exit 0 when every case passes, 1 when a case fails, 2 on bad input " +
            "(a missing path, an unreadable or malformed scenario, policy or base file).")
        {
            paths, lang, coverage,
        };
        command.SetAction(parsed => EvaluationCli.TryLanguage(context, parsed.GetValue(lang), out bool persian)
            ? Execute(context, parsed.GetValue(paths) ?? [], persian, parsed.GetValue(coverage))
            : Bad(context));
        return command;
    }

    // coop test promises its last line is the count, whatever went wrong: nothing ran.
    private static int Bad(CliContext context)
    {
        context.Output.WriteLine("0 passed, 0 failed");
        return CoopCli.BadInput;
    }

    private static int Execute(CliContext context, string[] paths, bool persian, bool fullCoverage)
    {
        ScenarioRunResult result = new ScenarioRunner().Run(paths);
        TextWriter output = context.Output;
        foreach (ScenarioCaseResult c in result.Cases)
        {
            output.WriteLine(persian
                ? (c.Passed ? "موفق " : "ناموفق ") + CliText.L(c.File) + " › " + CliText.L(c.Name)
                : (c.Passed ? "PASS " : "FAIL ") + c.File + " › " + c.Name);
            foreach (UnmetExpectation unmet in c.Unmet)
            {
                output.WriteLine("    " + unmet.Describe(persian));
            }
        }

        foreach (ScenarioError error in result.Errors)
        {
            // The sentence is the library's (ScenarioError.MessageFa, from its code and arguments).
            context.Error.WriteLine(persian ? "خطا " + error.ToPersianString() : "ERROR " + error);
        }

        if (persian)
        {
            WriteCoverageFa(output, result.Coverage, fullCoverage);
            output.WriteLine($"{CliText.N(result.PassedCount)} موفق، {CliText.N(result.FailedCount)} ناموفق");
        }
        else
        {
            WriteCoverage(output, result.Coverage, fullCoverage);
            output.WriteLine(result.Summary());
        }
        return result.HasErrors ? CoopCli.BadInput : result.FailedCount > 0 ? CoopCli.Failed : CoopCli.Ok;
    }

    private static void WriteCoverageFa(TextWriter output, CoverageReport coverage, bool full)
    {
        int total = coverage.Rules.Count;
        string count = $"{CliText.N(total - coverage.Uncovered.Count)} از {CliText.N(total)} قاعده";
        if (total == 0)
        {
            output.WriteLine("پوشش: قاعده‌ای در کار نیست (هیچ فایل سناریویی بار نشد)");
        }
        else if (coverage.AllCovered)
        {
            output.WriteLine($"پوشش: همهٔ قاعده‌ها پوشش داده شدند ({count} در موردی رد دیده شدند)");
        }
        else
        {
            output.WriteLine($"پوشش: {count} در موردی رد دیده شدند؛ بی‌پوشش (هیچ موردی رد شدنشان را ندید):");
            foreach (RuleCoverage rule in coverage.Uncovered)
            {
                output.WriteLine($"    {Label(rule)}: در {CliText.N(rule.Passed)} مورد پذیرفته شد");
            }
        }

        if (coverage.NeverPassed.Count > 0 && total > 0)
        {
            output.WriteLine("هرگز پذیرفته دیده نشد: " + string.Join("، ", coverage.NeverPassed.Select(Label)));
        }

        if (full)
        {
            foreach (RuleCoverage rule in coverage.Rules)
            {
                output.WriteLine($"    {Label(rule)}: ردشده در {CliText.N(rule.Failed)} مورد، پذیرفته در {CliText.N(rule.Passed)} مورد");
            }
        }
    }

    // A rule of the coverage table for a Persian line: the policy, its version in Persian digits, the rule id and code isolated.
    private static string Label(RuleCoverage rule) =>
        $"{CliText.L(rule.PolicyId)} نسخهٔ {CliText.N(rule.PolicyVersion)} {CliText.L(rule.RuleId)} ({CliText.L(rule.Code)})";

    private static void WriteCoverage(TextWriter output, CoverageReport coverage, bool full)
    {
        int total = coverage.Rules.Count;
        string count = string.Create(CultureInfo.InvariantCulture, $"{total - coverage.Uncovered.Count} of {total}");
        if (total == 0)
        {
            output.WriteLine("Coverage: no rules (no scenario file loaded)");
        }
        else if (coverage.AllCovered)
        {
            output.WriteLine($"Coverage: all rules covered ({count} rules seen failing)");
        }
        else
        {
            output.WriteLine($"Coverage: {count} rules seen failing; uncovered (no case saw them fail):");
            foreach (RuleCoverage rule in coverage.Uncovered)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {rule}: passed in {rule.Passed} case(s)"));
            }
        }

        if (coverage.NeverPassed.Count > 0 && total > 0)
        {
            output.WriteLine("Never seen passing: " + string.Join(", ", coverage.NeverPassed.Select(r => r.ToString())));
        }

        if (full)
        {
            foreach (RuleCoverage rule in coverage.Rules)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {rule}: failed {rule.Failed}, passed {rule.Passed}"));
            }
        }
    }
}
