using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Eligibility.Sources;

/// <summary>A source register file could not be read; <see cref="Errors"/> lists every problem with its position.</summary>
public sealed class SourceRegisterException : Exception
{
    /// <summary>Creates the exception from the errors found.</summary>
    /// <param name="errors">The errors, each with file, JSON path, line and column.</param>
    /// <exception cref="ArgumentNullException"><paramref name="errors"/> is null.</exception>
    public SourceRegisterException(IReadOnlyList<PolicyError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception with one error at the document's root.</summary>
    /// <param name="message">What is wrong.</param>
    public SourceRegisterException(string message)
        : this([new PolicyError(null, "$", null, null, message)])
    {
    }

    /// <summary>Creates the exception with one error at the document's root and its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public SourceRegisterException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new PolicyError(null, "$", null, null, message)];
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public SourceRegisterException()
        : this("The source register could not be read.")
    {
    }

    /// <summary>Every error, each with the file, JSON path, line and column.</summary>
    public IReadOnlyList<PolicyError> Errors { get; }

    private static string Describe(IReadOnlyList<PolicyError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Count == 0
            ? "The source register could not be read."
            : "The source register has " + errors.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " error(s):" + Environment.NewLine
                + string.Join(Environment.NewLine, errors);
    }
}
