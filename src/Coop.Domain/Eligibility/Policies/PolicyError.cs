using System.Globalization;
using System.Text;
using Coop.Domain.Eligibility.Expressions;

namespace Coop.Domain.Eligibility.Policies;

/// <summary>
/// One problem found while reading or compiling a policy: the file, the JSON path of the offending value
/// (e.g. <c>$.rules[3].check</c>), its 1-based line, a 1-based column — inside the expression for expression
/// errors, in the JSON text otherwise — and a message.
/// </summary>
/// <param name="File">The file name, or null when the policy was not read from a file.</param>
/// <param name="JsonPath">The JSON path of the offending value; <c>$</c> for the whole document.</param>
/// <param name="Line">The 1-based line in the file, or null when unknown.</param>
/// <param name="Column">The 1-based column (in the expression for expression errors), or null when unknown.</param>
/// <param name="Message">What is wrong.</param>
public sealed record PolicyError(string? File, string JsonPath, int? Line, int? Column, string Message)
{
    /// <summary>What kind of error it is, so that a host can say it in its own language; <see cref="PolicyErrorCode.Unspecified"/> when only <see cref="Message"/> says.</summary>
    public PolicyErrorCode Code { get; init; }

    /// <summary>
    /// The values the message names, as invariant-culture strings in the order each <see cref="PolicyErrorCode"/> documents
    /// (a property name, an id, a count, a Solar Hijri date as <c>1404/01/01</c>); empty when the code takes none.
    /// </summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>For <see cref="PolicyErrorCode.Expression"/>: what is wrong with the expression; null for every other code.</summary>
    public ExpressionErrorKind? ExpressionKind { get; init; }

    /// <summary>
    /// What is wrong, in Persian, from <see cref="Code"/>, <see cref="Arguments"/> and <see cref="ExpressionKind"/> (never from the
    /// English <see cref="Message"/>): numbers in Persian digits; JSON keys, ids, parameter names and expressions as they are
    /// in the file, each in a left-to-right isolate (U+2066 … U+2069). Only for <see cref="PolicyErrorCode.Unspecified"/> (an
    /// error a host made itself) and for the operating system's reason of <see cref="PolicyErrorCode.FileUnreadable"/> is the
    /// English text kept, isolated. The file, path, line and column are not in it: <see cref="ToPersianString"/> adds them.
    /// </summary>
    public string MessageFa => PolicyErrorText.Persian(this);

    /// <summary>The error in Persian: the file and JSON path isolated, the line and column in Persian digits, then <see cref="MessageFa"/>.</summary>
    /// <returns><c>file: $.path (سطر ۳، ستون ۵): …</c>.</returns>
    public string ToPersianString() => PolicyErrorText.Where(this) + ": " + MessageFa;

    /// <summary>Whether <paramref name="other"/> is the same error: every field equal, the arguments item by item.</summary>
    /// <param name="other">The other error, or null.</param>
    /// <returns>True when they are equal.</returns>
    public bool Equals(PolicyError? other) =>
        other is not null
        && File == other.File && JsonPath == other.JsonPath && Line == other.Line && Column == other.Column && Message == other.Message
        && Code == other.Code && ExpressionKind == other.ExpressionKind && Arguments.SequenceEqual(other.Arguments);

    /// <summary>A hash of the fields <see cref="Equals(PolicyError?)"/> compares.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => HashCode.Combine(File, JsonPath, Line, Column, Message, Code, ExpressionKind, Arguments.Count);

    /// <summary>This error with a code and its arguments (for the readers of this library).</summary>
    internal PolicyError With(PolicyErrorCode code, params string[] arguments) => this with { Code = code, Arguments = arguments };

    /// <summary>The error as <c>file: $.path (line L, column C): message</c>.</summary>
    /// <returns>The formatted error.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (File is not null)
        {
            text.Append(File).Append(": ");
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

