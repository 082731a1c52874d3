using System.Globalization;
using Coop.Domain.Serialization;
using Coop.Domain.Text;

namespace Coop.Domain.Eligibility.Batch;

/// <summary>
/// The file given as a registry does not start with a registry header. A registry evaluation reports it as an
/// <see cref="InvalidDataException"/> with the same message whose <see cref="Exception.InnerException"/> is this
/// exception; <see cref="MessageFa"/> says it in Persian from the line's coded <see cref="Error"/>.
/// </summary>
public sealed class NotARegistryException : FormatException
{
    /// <summary>Creates the exception for the first line of a file.</summary>
    /// <param name="line">The line read first.</param>
    /// <param name="error">Why that line is not a registry header, or null when it is a well-formed record but no header.</param>
    public NotARegistryException(long line, JsonLineError? error)
        : base(string.Create(CultureInfo.InvariantCulture, $"not a coop registry (line {line}): {error?.Message ?? "the first line is not a registry header"}"))
    {
        Line = line;
        Error = error;
    }

    /// <summary>Creates the exception with a message.</summary>
    public NotARegistryException()
        : this("The file is not a coop registry.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public NotARegistryException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public NotARegistryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The line read first; 0 when not known.</summary>
    public long Line { get; }

    /// <summary>Why the first line is not a registry header, or null.</summary>
    public JsonLineError? Error { get; }

    /// <summary>The same in Persian: the line in Persian digits and the reason from the error's code.</summary>
    public string MessageFa => $"فایل ثبت نیست (سطر {PersianMessages.N(Math.Max(Line, 1))}): " + (Error?.MessageFa ?? "سطر نخست سرآیند فایل ثبت نیست");
}
