using System.CommandLine;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Eligibility.Sources;

namespace Coop.Domain.Cli;

/// <summary>The source register option and wording shared by <c>coop validate</c>, <c>coop sources</c> and <c>coop evaluate</c>.</summary>
internal static class SourcesCli
{
    public static Option<string> RegisterOption() => new("--register")
    {
        Description = "A source register file (JSON, docs/sources.md) whose ids the policies cite, instead of the register shipped in the " +
            "package (seeds/sources/sources.json).",
    };

    /// <summary>The register a command uses: the file given, or the shipped one; false (with every error on stderr) when the file does not read.</summary>
    public static bool TryRegister(CliContext context, string? path, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SourceRegister? register)
    {
        if (path is null)
        {
            register = SourceRegister.Shipped;
            return true;
        }

        SourceRegisterReadResult read = SourceRegister.ReadFile(path);
        register = read.Register;
        foreach (PolicyError error in read.Errors)
        {
            context.Error.WriteLine(context.Persian ? CliText.L("--register") + " " + CliText.Persian(error) : "--register " + error);
        }

        return register is not null;
    }

    /// <summary>A warning as <c>file: $.path (line L, column C): warning: message</c>.</summary>
    public static string Warning(PolicyError warning) => (warning with { Message = "warning: " + warning.Message }).ToString();

    /// <summary>A warning in the run's language: <see cref="Warning(PolicyError)"/>, or in Persian with «هشدار».</summary>
    public static string Warning(CliContext context, PolicyError warning) =>
        context.Persian ? CliText.Persian(warning, kind: "هشدار") : Warning(warning);

    /// <summary>A standing as the register writes it (<c>official</c> …), or <c>none</c>.</summary>
    public static string StandingName(SourceStanding? standing) => standing switch
    {
        null => "none",
        SourceStanding s => s.ToString().ToLowerInvariant(),
    };

    /// <summary>A standing for people, in Persian or English.</summary>
    public static string StandingLabel(SourceStanding? standing, bool persian) => (standing, persian) switch
    {
        (SourceStanding.Official, true) => "رسمی",
        (SourceStanding.Secondary, true) => "ثانوی",
        (SourceStanding.Practice, true) => "رویه",
        (SourceStanding.Assumption, true) => "فرض",
        (null, true) => "بدون منبع",
        (null, false) => "no source",
        _ => StandingName(standing),
    };
}
