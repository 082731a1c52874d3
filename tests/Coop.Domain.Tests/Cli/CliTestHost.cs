using Coop.Domain.Cli;

namespace Coop.Domain.Tests.Cli;

/// <summary>Runs the <c>coop</c> command line in-process with captured streams.</summary>
internal static class CliTestHost
{
    public static (int Code, string Output, string Error) RunWithInput(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = CoopCli.Run(args, input, output, error);
        return (code, output.ToString(), error.ToString());
    }

    public static (int Code, string Output, string Error) Run(params string[] args) => RunWithInput(string.Empty, args);

    public static string[] Lines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}
