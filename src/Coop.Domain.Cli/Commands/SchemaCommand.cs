using System.CommandLine;
using Coop.Domain.Serialization;

namespace Coop.Domain.Cli;

/// <summary><c>coop schema</c>: prints the JSON Schema of a file format shipped in the package.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("name")
        {
            Description = "Which schema: " + string.Join(", ", JsonSchemas.Names) + ".",
        };
        name.AcceptOnlyFromAmong([.. JsonSchemas.Names]);
        var lang = new Option<string>("--lang")
        {
            Description = "Language of the messages on stderr: en (default) or fa. The schema on stdout is the same JSON either way.",
            HelpName = CliText.LanguageValues,
        };
        var command = new Command(
            "schema",
            "Print the JSON Schema (draft 2020-12) of policy, scenario, decision or source-register files, as shipped in the package; " +
            "e.g. coop schema policy > policy.schema.json.")
        {
            name,
            lang,
        };
        command.SetAction(parsed =>
        {
            if (!EvaluationCli.TryLanguage(context, parsed.GetValue(lang), out _))
            {
                return CoopCli.BadInput;
            }

            context.Output.Write(JsonSchemas.Get(parsed.GetValue(name)!));
            return CoopCli.Ok;
        });
        return command;
    }
}
