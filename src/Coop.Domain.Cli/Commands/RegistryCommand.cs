using System.CommandLine;
using System.Globalization;
using Coop.Domain.Model;
using Coop.Domain.Serialization;

namespace Coop.Domain.Cli;

/// <summary><c>coop registry check</c>: loads a registry file and reports every line that does not load.</summary>
internal static class RegistryCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file")
        {
            Description = "The registry file (JSON Lines: a header line, then one cooperative per line; docs/registry-format.md).",
        };
        var check = new Command("check", "Load a registry and print counts and every error as 'file:line: path: message'; exit 0 when clean, 1 when some lines are invalid, 2 when the file cannot be read or is not a registry.")
        {
            file,
        };
        check.SetAction(parsed => Check(context, parsed.GetValue(file)!));
        return new Command("registry", "Work with cooperative registry files (JSON Lines).")
        {
            check,
        };
    }

    private static int Check(CliContext context, string path)
    {
        RegistryLoadResult result;
        try
        {
            result = RegistryReader.LoadFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            context.Error.WriteLine($"{path}: cannot read: {e.Message}");
            return CoopCli.BadInput;
        }

        TextWriter o = context.Output;
        if (result.Header is { } h)
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {h.Format} version {h.Version}, generated {h.Generated}{(h.Source is null ? string.Empty : ", source: " + h.Source)}"));
        }

        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{path}: {result.LinesRead} lines, {result.Cooperatives.Count} cooperatives loaded, {result.Errors.Count} errors"));
        foreach (JsonLineError error in result.Errors)
        {
            if (error.Violations.Count > 0)
            {
                foreach (ModelViolation v in error.Violations)
                {
                    o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}:{error.Line}: $.{v.Path}: {v.Message}"));
                }
            }
            else
            {
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}:{error.Line}: {error.Path ?? "$"}: {error.Message}"));
            }
        }

        return result.Header is null ? CoopCli.BadInput : result.Errors.Count == 0 ? CoopCli.Ok : CoopCli.Failed;
    }
}
