using System.CommandLine;
using System.CommandLine.Help;

namespace Coop.Domain.Cli;

/// <summary>The <c>coop</c> command line: builds the command tree and runs it with the given streams.</summary>
internal static class CoopCli
{
    /// <summary>Exit code when every input was handled.</summary>
    public const int Ok = 0;

    /// <summary>Exit code when the inputs were read but some failed a check (e.g. an invalid identifier).</summary>
    public const int Failed = 1;

    /// <summary>Exit code for a usage error or unreadable input.</summary>
    public const int BadInput = 2;

    /// <summary>Exit code for an error this tool did not expect (a bug, or output that cannot be written); sysexits' EX_SOFTWARE.</summary>
    public const int InternalError = 70;

    /// <summary>The widest line of <c>--help</c>.</summary>
    public const int HelpWidth = 100;

    // Each verb lives in its own file under Commands/ and is registered here, one line each, in the order help lists them.
    private static readonly (string Name, Func<CliContext, Command> Create)[] s_verbs =
    [
        ("convert", ConvertCommand.Create),
        ("id", IdCommand.Create),
        ("period", PeriodCommand.Create),
        ("holidays", HolidaysCommand.Create),
        ("generate", GenerateCommand.Create),
        ("registry", RegistryCommand.Create),
        ("validate", ValidateCommand.Create),
        ("sources", SourcesCommand.Create),
        ("schema", SchemaCommand.Create),
        ("report", ReportCommand.Create),
        ("compliance", ComplianceCommand.Create),
        ("test", TestCommand.Create),
        ("evaluate", EvaluateCommand.Create),
        ("whatif", WhatifCommand.Create),
    ];

    /// <summary>The names of the verbs, in the order help lists them.</summary>
    public static IEnumerable<string> VerbNames => s_verbs.Select(v => v.Name);

    /// <summary>
    /// Builds the command tree: every verb, or only <paramref name="verb"/> when it names one. A command line that
    /// starts with a verb is parsed by that verb alone (the others are not its children, so they cannot change the
    /// result); building the other verbs' options, help texts and validators is start-up time that a script calling
    /// <c>coop convert</c> once per row would pay for nothing.
    /// </summary>
    /// <param name="context">The streams the commands use.</param>
    /// <param name="verb">The verb the command line starts with, or null for the whole tree (help, <c>--version</c>, a typo).</param>
    public static RootCommand CreateRoot(CliContext context, string? verb = null)
    {
        var root = new RootCommand(
            "coop — Iran's cooperative sector on the command line: Solar Hijri dates, periods, holidays, " +
            "identifiers, policy evaluation and reports. A thin face over the Coop.Domain package.");

        foreach (var (name, create) in s_verbs)
        {
            if (verb is null || string.Equals(verb, name, StringComparison.Ordinal))
            {
                root.Subcommands.Add(create(context));
            }
        }

        // Help wraps at 100 columns whatever the terminal (or none, when redirected), so no line runs off a page.
        foreach (Option option in root.Options)
        {
            if (option is HelpOption { Action: HelpAction help })
            {
                help.MaxWidth = HelpWidth;
            }
        }

        return root;
    }

    /// <summary>Runs the command line and returns the exit code.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="input">Standard input.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="errorIsTerminal">Whether standard error is a terminal: only then do long verbs show progress.</param>
    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error, bool errorIsTerminal = false) =>
        Run(args, new CliContext(input, output, error, errorIsTerminal));

    /// <summary>Runs the command line with <paramref name="context"/>'s streams and returns the exit code.</summary>
    public static int Run(string[] args, CliContext context)
    {
        // The language is read before the tree is built: every verb, and even a usage error, speaks the language asked for.
        context = context with { Persian = CliText.AsksForPersian(args) };

        // A first word that names a verb needs only that verb's parser; anything else (no verb, an option, a typo, a
        // response file) gets the whole tree, so that help and typo suggestions list every verb.
        string? verb = args.Length > 0 && Array.Exists(s_verbs, v => string.Equals(v.Name, args[0], StringComparison.Ordinal)) ? args[0] : null;
        return Run(CreateRoot(context, verb), args, context);
    }

    /// <summary>Runs the command line with <paramref name="root"/> (built with <paramref name="context"/>) as the command tree and returns the exit code.</summary>
    internal static int Run(RootCommand root, string[] args, CliContext context)
    {
        TextWriter output = context.Output;
        TextWriter error = context.Error;
        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && context.Persian)
        {
            return PersianUsageError(context, parsed);
        }

        // The default handler would print a stack trace; an unexpected failure gets one plain line instead.
        // A usage error prints the usage on standard error: a script reading standard output must not take it for data.
        var configuration = new InvocationConfiguration { Output = parsed.Errors.Count == 0 ? output : error, Error = error, EnableDefaultExceptionHandler = false };
        int code;
        try
        {
            code = parsed.Invoke(configuration);
        }
        catch (IOException e)
        {
            error.WriteLine(context.T($"coop: cannot write the output: {e.Message}", $"coop: خروجی نوشته نمی‌شود: {CliText.Io(e)}"));
            return InternalError;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error.WriteLine(context.T(
                $"coop: unexpected error ({e.GetType().Name}): {e.Message} This is a bug in coop; please report it with the command line that caused it.",
                $"coop: خطای پیش‌بینی‌نشده ({CliText.L(e.GetType().Name)}): {CliText.L(e.Message)} این خطا از coop است؛ لطفاً آن را با خط فرمانی که به آن انجامید گزارش کنید."));
            return InternalError;
        }

        // System.CommandLine reports parse errors with exit code 1; this tool promises 2 for usage errors.
        if (parsed.Errors.Count == 0)
        {
            return code;
        }

        // coop test promises its last line is the count, whatever went wrong: nothing ran.
        if (parsed.CommandResult.Command.Name == "test")
        {
            output.WriteLine("0 passed, 0 failed");
        }

        return BadInput;
    }

    // A usage error under --lang fa: each error in Persian (what System.CommandLine found, said from its symbol, not from its
    // English text; this tool's own checks add their Persian message), then where the help is; exit 2 like in English.
    private static int PersianUsageError(CliContext context, ParseResult parsed)
    {
        var said = new HashSet<string>(StringComparer.Ordinal);
        foreach (string token in parsed.UnmatchedTokens)
        {
            Say($"coop: خطای کاربرد: {CliText.L(token)} نه گزینه‌ای از این فرمان است و نه آرگومانی که انتظارش می‌رفت.");
        }

        foreach (System.CommandLine.Parsing.ParseError error in parsed.Errors)
        {
            string text = error.SymbolResult switch
            {
                _ when CliText.IsPersian(error.Message) => error.Message,
                System.CommandLine.Parsing.OptionResult { Option: var option } when option.Name == "--lang" =>
                    $"مقدار {CliText.L(option.Name)} یکی از {CliText.L(CliText.LanguageValues)} است.",
                System.CommandLine.Parsing.OptionResult { Option: var option } when option.HelpName is { } values =>
                    $"مقدار {CliText.L(option.Name)} پذیرفته نیست؛ مقدارهای پذیرفته: {CliText.L(values)}.",
                System.CommandLine.Parsing.OptionResult { Option: var option } =>
                    $"مقدار {CliText.L(option.Name)} پذیرفته نیست یا داده نشده است.",
                System.CommandLine.Parsing.ArgumentResult { Argument: var argument, Tokens.Count: 0 } =>
                    $"آرگومان {CliText.L("<" + argument.Name + ">")} داده نشده است.",
                System.CommandLine.Parsing.ArgumentResult { Argument: var argument } =>
                    $"مقدار آرگومان {CliText.L("<" + argument.Name + ">")} پذیرفته نیست.",
                _ when parsed.UnmatchedTokens.Count > 0 => string.Empty,
                _ => "فرمانی از فرمان‌های coop بدهید.",
            };
            if (text.Length > 0)
            {
                Say("coop: خطای کاربرد: " + text);
            }
        }

        string verb = parsed.CommandResult.Command is RootCommand ? "coop" : "coop " + parsed.CommandResult.Command.Name;
        context.Error.WriteLine($"راهنما: {CliText.L(verb + " --help")}");
        if (parsed.CommandResult.Command.Name == "test")
        {
            // The count line of coop test --lang fa (TestCommand): nothing ran.
            context.Output.WriteLine("۰ موفق، ۰ ناموفق");
        }

        return BadInput;

        void Say(string line)
        {
            if (said.Add(line))
            {
                context.Error.WriteLine(line);
            }
        }
    }
}

/// <summary>The streams a command reads and writes; tests pass string readers and writers.</summary>
/// <param name="Input">Standard input.</param>
/// <param name="Output">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="ErrorIsTerminal">Whether standard error is a terminal (not redirected): progress is shown only then.</param>
/// <param name="ProgressIntervalMs">How long a run goes before its progress line appears, and between updates, in milliseconds (tests use 0).</param>
internal sealed record CliContext(TextReader Input, TextWriter Output, TextWriter Error, bool ErrorIsTerminal = false, long ProgressIntervalMs = 1_000)
{
    /// <summary>Whether the command line asked for Persian (<c>--lang fa</c>): stderr, and each verb's output, are then Persian.</summary>
    public bool Persian { get; init; }
}
