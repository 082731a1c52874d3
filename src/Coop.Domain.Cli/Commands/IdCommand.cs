using System.CommandLine;
using Coop.Domain.Model.Identifiers;

namespace Coop.Domain.Cli;

/// <summary><c>coop id</c>: validates Iranian identifiers, one output line per value.</summary>
internal static class IdCommand
{
    private delegate bool Validator(string value, out IdentifierError error);

    private static readonly Dictionary<string, Validator> s_kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["national-code"] = (string v, out IdentifierError e) => NationalCode.TryParse(v, out _, out e),
        ["legal-id"] = (string v, out IdentifierError e) => LegalEntityId.TryParse(v, out _, out e),
        ["sheba"] = (string v, out IdentifierError e) => Sheba.TryParse(v, out _, out e),
        ["postal-code"] = (string v, out IdentifierError e) => PostalCode.TryParse(v, out _, out e),
        ["registration-number"] = (string v, out IdentifierError e) => RegistrationNumber.TryParse(v, out _, out e),
    };

    public static Command Create(CliContext context)
    {
        var kind = new Argument<string>("kind")
        {
            Description = "What the values are: national-code (کد ملی), legal-id (شناسه ملی), sheba, postal-code or registration-number.",
        };
        kind.AcceptOnlyFromAmong([.. s_kinds.Keys]);
        var values = new Argument<string[]>("values")
        {
            Description = "The values to check. Persian digits, spaces and hyphens are accepted; '-' reads values from standard input, one per line.",
            Arity = ArgumentArity.OneOrMore,
        };
        var lang = CliText.LanguageOption("the lines (fa: 'معتبر' or 'نامعتبر: <reason>' in Persian)");
        var command = new Command("id", "Validate Iranian identifiers: prints 'valid' or 'invalid: <reason>' per value; exit 0 if all are valid, 1 if any is invalid.")
        {
            kind,
            values,
            lang,
        };
        command.SetAction(parsed => !EvaluationCli.TryLanguage(context, parsed.GetValue(lang), out _)
            ? CoopCli.BadInput
            : Execute(context, parsed.GetValue(kind)!.ToLowerInvariant(), s_kinds[parsed.GetValue(kind)!], parsed.GetValue(values) ?? []));
        return command;
    }

    private static int Execute(CliContext context, string kind, Validator validate, string[] values)
    {
        int code = CoopCli.Ok;
        foreach (string value in CliInput.ExpandStandardInput(context, values))
        {
            if (validate(value, out IdentifierError error))
            {
                context.Output.WriteLine(context.T("valid", "معتبر"));
            }
            else
            {
                context.Output.WriteLine(context.T("invalid: ", "نامعتبر: ") + CliText.Identifier(context, kind, error));
                code = CoopCli.Failed;
            }
        }

        return code;
    }
}
