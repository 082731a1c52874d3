using System.Globalization;
using System.Text;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Serialization;
using Coop.Domain.Text;

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
    /// <summary>What kind of problem it is, so that a host can say it in its own language; <see cref="ScenarioErrorCode.Unspecified"/> when only <see cref="Message"/> says.</summary>
    public ScenarioErrorCode Code { get; init; }

    /// <summary>
    /// The values the message names, as invariant-culture strings in the order each <see cref="ScenarioErrorCode"/> documents
    /// (a property name, a rule code, a count, a Solar Hijri date as <c>1404/01/01</c>); empty when the code takes none.
    /// </summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>
    /// For <see cref="ScenarioErrorCode.Policy"/> and <see cref="ScenarioErrorCode.MalformedJson"/>: the policy reader's error this
    /// one restates (from <see cref="FromPolicyError"/>); for <see cref="ScenarioErrorCode.PolicyVersionsConflict"/>: what conflicts,
    /// as <see cref="Policy.VersionConflict"/> says it. Its own <see cref="Policies.PolicyError.Code"/>,
    /// <see cref="Policies.PolicyError.Arguments"/> and <see cref="Policies.PolicyError.MessageFa"/> say it in a host's language;
    /// null for every other code.
    /// </summary>
    public PolicyError? PolicyError { get; init; }

    /// <summary>For <see cref="ScenarioErrorCode.InvalidDate"/>: why the text is not a Solar Hijri day (with its own code and Persian); null otherwise.</summary>
    public ParseError? DateError { get; init; }

    /// <summary>
    /// For <see cref="ScenarioErrorCode.BaseCooperativeInvalid"/>, <see cref="ScenarioErrorCode.BaseApplicationInvalid"/> and
    /// <see cref="ScenarioErrorCode.PatchedValueInvalid"/>: why the value does not deserialize, as the registry reader says it of
    /// a line, with its own <see cref="JsonLineError.Code"/>, arguments and <see cref="JsonLineError.Violations"/> (the model's
    /// broken rules); its <see cref="JsonLineError.Line"/> is 0, as the value is not a line of a file. Null when the value is
    /// JSON null, and for every other code.
    /// </summary>
    public JsonLineError? ValueError { get; init; }

    /// <summary>
    /// What is wrong, in Persian, from <see cref="Code"/> and <see cref="Arguments"/> (never from the English <see cref="Message"/>);
    /// an error of a policy, a date or a model value it carries is said by that error's own Persian. Numbers in Persian digits;
    /// JSON keys, rule codes, ids and paths as they are in the file, each in a left-to-right isolate (U+2066 … U+2069). Only for
    /// <see cref="ScenarioErrorCode.Unspecified"/> and for the English reasons the codes document (an operating system's, a
    /// policy set's) is English kept, isolated. The file, case, path, line and column are not in it: <see cref="ToPersianString"/> adds them.
    /// </summary>
    public string MessageFa => ScenarioErrorText.Persian(this);

    /// <summary>The error in Persian: the file, case and JSON path isolated, the line and column in Persian digits, then <see cref="MessageFa"/>.</summary>
    /// <returns><c>file: مورد «name»: $.path (سطر ۳، ستون ۵): …</c>.</returns>
    public string ToPersianString() => ScenarioErrorText.Where(this) + ": " + MessageFa;

    /// <summary>Whether <paramref name="other"/> is the same error: every field equal, the arguments item by item.</summary>
    /// <param name="other">The other error, or null.</param>
    /// <returns>True when they are equal.</returns>
    public bool Equals(ScenarioError? other) =>
        other is not null
        && File == other.File && Case == other.Case && JsonPath == other.JsonPath && Line == other.Line && Column == other.Column
        && Message == other.Message && Code == other.Code && Arguments.SequenceEqual(other.Arguments)
        && Equals(PolicyError, other.PolicyError) && Nullable.Equals(DateError, other.DateError) && Equals(ValueError, other.ValueError);

    /// <summary>A hash of the fields <see cref="Equals(ScenarioError?)"/> compares (the arguments by their count).</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => HashCode.Combine(File, Case, JsonPath, Line, Column, Message, Code, Arguments.Count);

    /// <summary>Turns a policy error (from reading or compiling a policy file) into a scenario error.</summary>
    /// <param name="error">The policy error.</param>
    /// <returns>The same file, path, line, column and message, with the code <see cref="ScenarioErrorCode.Policy"/> and the error as <see cref="PolicyError"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
    public static ScenarioError FromPolicyError(PolicyError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new ScenarioError(error.File, null, error.JsonPath, error.Line, error.Column, error.Message) { Code = ScenarioErrorCode.Policy, PolicyError = error };
    }

    /// <summary>A JSON syntax error of a scenario or base file, as the policy reader says it (<see cref="ScenarioErrorCode.MalformedJson"/>).</summary>
    internal static ScenarioError FromJsonError(PolicyError error) => FromPolicyError(error) with { Code = ScenarioErrorCode.MalformedJson };

    /// <summary>This error with a code and its arguments (for the readers of this library).</summary>
    internal ScenarioError With(ScenarioErrorCode code, params string[] arguments) => this with { Code = code, Arguments = arguments };

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
