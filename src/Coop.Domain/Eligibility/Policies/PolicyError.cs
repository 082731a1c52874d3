using System.Globalization;
using System.Text;

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

/// <summary>What kind of error a <see cref="PolicyError"/> is; its <see cref="PolicyError.File"/>, <see cref="PolicyError.JsonPath"/>, line and column say where.</summary>
public enum PolicyErrorCode
{
    /// <summary>Only the English <see cref="PolicyError.Message"/> says what is wrong.</summary>
    Unspecified = 0,

    /// <summary>The policy file does not exist (nor is the path a folder).</summary>
    FileNotFound,

    /// <summary>The policy file exists but cannot be read (permissions, a folder, too large); the message says why.</summary>
    FileUnreadable,
}
