using System.Globalization;
using System.Text;
using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Eligibility.Scenarios;

/// <summary>
/// One problem that makes a scenario file unusable (a <em>bad scenario</em>, not a failing case): the file, the
/// case it concerns (or null), the JSON path of the offending value, its 1-based line and column, and a message.
/// Problems of files the scenario refers to (the policy, a base cooperative) name that file.
/// </summary>
/// <param name="File">The file the problem is in (the scenario file, or the policy or base file it refers to); null when not read from a file.</param>
/// <param name="Case">The name of the case concerned, or null when the problem is not one case's.</param>
/// <param name="JsonPath">The JSON path of the offending value, e.g. <c>$.cases[2].expect.fails[0]</c>; <c>$</c> for the whole document.</param>
/// <param name="Line">The 1-based line in <paramref name="File"/>, or null when unknown.</param>
/// <param name="Column">The 1-based column, or null when unknown.</param>
/// <param name="Message">What is wrong.</param>
public sealed record ScenarioError(string? File, string? Case, string JsonPath, int? Line, int? Column, string Message)
{
    /// <summary>
    /// The policy error this one restates (from <see cref="FromPolicyError"/>), whose <see cref="Policies.PolicyError.Code"/>,
    /// <see cref="Policies.PolicyError.Arguments"/> and <see cref="Policies.PolicyError.MessageFa"/> say it in a host's language;
    /// null for a problem of the scenario itself.
    /// </summary>
    public PolicyError? PolicyError { get; init; }

    /// <summary>Turns a policy error (from reading or compiling a policy file) into a scenario error.</summary>
    /// <param name="error">The policy error.</param>
    /// <returns>The same file, path, line, column and message, and <see cref="PolicyError"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
    public static ScenarioError FromPolicyError(PolicyError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new ScenarioError(error.File, null, error.JsonPath, error.Line, error.Column, error.Message) { PolicyError = error };
    }

    /// <summary>The error as <c>file: case 'name': $.path (line L, column C): message</c>.</summary>
    /// <returns>The formatted error.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (File is not null)
        {
            text.Append(File).Append(": ");
        }

        if (Case is not null)
        {
            text.Append("case '").Append(Case).Append("': ");
        }

        text.Append(JsonPath);
        if (Line is not null || Column is not null)
        {
            text.Append(" (");
            if (Line is { } line)
            {
                text.Append(CultureInfo.InvariantCulture, $"line {line}");
            }

            if (Column is { } column)
            {
                text.Append(Line is null ? string.Empty : ", ").Append(CultureInfo.InvariantCulture, $"column {column}");
            }

            text.Append(')');
        }

        return text.Append(": ").Append(Message).ToString();
    }
}
