namespace Coop.Domain.Eligibility.Policies;

/// <summary>A policy could not be read or compiled; <see cref="Errors"/> lists every problem found.</summary>
public sealed class PolicyLoadException : Exception
{
    /// <summary>Creates the exception from its errors.</summary>
    /// <param name="errors">The errors; at least one.</param>
    public PolicyLoadException(IReadOnlyList<PolicyError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception with one error at the document root.</summary>
    /// <param name="message">The message.</param>
    public PolicyLoadException(string message)
        : this([new PolicyError(null, "$", null, null, message)])
    {
    }

    /// <summary>Creates the exception with one error at the document root and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public PolicyLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new PolicyError(null, "$", null, null, message)];
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public PolicyLoadException()
        : this("The policy could not be loaded.")
    {
    }

    /// <summary>Every problem found, in document order.</summary>
    public IReadOnlyList<PolicyError> Errors { get; }

    private static string Describe(IReadOnlyList<PolicyError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Count == 0
            ? "The policy could not be loaded."
            : "The policy has " + errors.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " error(s):" + Environment.NewLine
                + string.Join(Environment.NewLine, errors);
    }
}
