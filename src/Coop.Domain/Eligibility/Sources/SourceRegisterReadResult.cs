using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Eligibility.Sources;

/// <summary>The result of reading a source register: the register, or every error found (never both).</summary>
public sealed class SourceRegisterReadResult
{
    internal SourceRegisterReadResult(SourceRegister? register, IReadOnlyList<PolicyError> errors)
    {
        Register = register;
        Errors = errors;
    }

    /// <summary>The register, when the file had no error; otherwise null.</summary>
    public SourceRegister? Register { get; }

    /// <summary>Every error, each with the file, JSON path (<c>$.sources[3].standing</c>), line and column; empty on success.</summary>
    public IReadOnlyList<PolicyError> Errors { get; }

    /// <summary>Whether the register was read.</summary>
    public bool Success => Register is not null;

    /// <summary>The register, or a <see cref="SourceRegisterException"/> listing the errors.</summary>
    /// <returns>The register.</returns>
    /// <exception cref="SourceRegisterException">The file had errors.</exception>
    public SourceRegister GetRegisterOrThrow() => Register ?? throw new SourceRegisterException(Errors);
}
