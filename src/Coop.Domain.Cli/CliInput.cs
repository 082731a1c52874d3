namespace Coop.Domain.Cli;

/// <summary>Input conventions shared by the verbs.</summary>
internal static class CliInput
{
    /// <summary>Yields the arguments in order, replacing each <c>-</c> by the lines of standard input.</summary>
    public static IEnumerable<string> ExpandStandardInput(CliContext context, IEnumerable<string> arguments)
    {
        foreach (string argument in arguments)
        {
            if (argument == "-")
            {
                while (context.Input.ReadLine() is { } line)
                {
                    yield return line;
                }
            }
            else
            {
                yield return argument;
            }
        }
    }
}
