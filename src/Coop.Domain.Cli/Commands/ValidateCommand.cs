using System.CommandLine;
using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Cli;

/// <summary><c>coop validate &lt;policy.json&gt;... [--unverified]</c>: checks policy files and lists every error.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("policy")
        {
            Description = "One or more policy files (JSON with comments and trailing commas; see docs/policies.md).",
            Arity = ArgumentArity.OneOrMore,
        };
        var unverified = new Option<bool>("--unverified")
        {
            Description = "Also list each parameter flagged unverified (name, value dates, source), so someone can confirm it against the source.",
        };
        var command = new Command(
            "validate",
            "Check policy files: JSON shape, required fields, dates, parameter tables, message placeholders and expression syntax. " +
            "Exit 0 when every file is valid; 2 with every error listed as 'file: $.json.path (line L, column C): message' " +
            "(the column is inside the expression for expression errors).")
        {
            files, unverified,
        };
        command.SetAction(parsed => Execute(context, parsed.GetValue(files) ?? [], parsed.GetValue(unverified)));
        return command;
    }

    private static int Execute(CliContext context, string[] files, bool listUnverified)
    {
        int errors = 0;
        foreach (string file in files)
        {
            PolicyReadResult result = PolicyFile.ReadFile(file);
            if (result.Policy is not { } policy)
            {
                foreach (PolicyError error in result.Errors)
                {
                    context.Error.WriteLine(error.ToString());
                }

                errors += result.Errors.Count;
                continue;
            }

            context.Output.WriteLine($"{file}: valid ({policy.Id} version {policy.Version}, {policy.Rules.Count} rules, {policy.Parameters.Count} parameters)");
            if (listUnverified)
            {
                foreach (PolicyParameter p in policy.Parameters.Where(p => !p.Verified))
                {
                    string dates = string.Join(", ", p.Values.Select(v => v.EffectiveFrom + (v.IsEnd ? " (end)" : string.Empty)));
                    context.Output.WriteLine($"{file}: unverified parameter ${p.Name}: values from {dates}; source: {p.Source ?? "(none given)"}");
                }
            }
        }

        if (errors > 0)
        {
            context.Error.WriteLine($"{errors} error(s) in {files.Length} file(s).");
            return CoopCli.BadInput;
        }

        return CoopCli.Ok;
    }
}
