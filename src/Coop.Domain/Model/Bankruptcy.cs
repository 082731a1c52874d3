using Coop.Domain.Calendar;

namespace Coop.Domain.Model;

/// <summary>
/// Whether a cooperative has been declared bankrupt (ورشکستگی; a ground for dissolution under Art. 54(6) of the
/// Cooperative Sector Law), as recorded: <see cref="Declared"/> with the day, or known not to be.
/// </summary>
public sealed record Bankruptcy
{
    /// <summary>Records the cooperative's bankruptcy standing.</summary>
    /// <param name="declared">Whether it has been declared bankrupt.</param>
    /// <param name="declaredOn">The day of the declaration: required when <paramref name="declared"/>, absent otherwise.</param>
    /// <exception cref="ModelValidationException">A declaration without a day, or a day without a declaration.</exception>
    public Bankruptcy(bool declared, SolarHijriDate? declaredOn)
    {
        if (declared && declaredOn is null)
        {
            throw new ModelValidationException([new ModelViolation("bankruptcy.declaredOn", "A declared bankruptcy needs the day it was declared.", ModelViolationCode.BankruptcyWithoutDate)]);
        }

        if (!declared && declaredOn is not null)
        {
            throw new ModelValidationException([new ModelViolation("bankruptcy.declaredOn", $"Not declared bankrupt, yet a declaration day is given ({declaredOn}).", ModelViolationCode.BankruptcyDateWithoutDeclaration, ViolationArg.Of(declaredOn.Value))]);
        }

        Declared = declared;
        DeclaredOn = declaredOn;
    }

    /// <summary>Not bankrupt (as known).</summary>
    public static Bankruptcy None { get; } = new(false, null);

    /// <summary>Whether the cooperative has been declared bankrupt.</summary>
    public bool Declared { get; }

    /// <summary>The day of the declaration, when <see cref="Declared"/>.</summary>
    public SolarHijriDate? DeclaredOn { get; }

    /// <summary>Whether the declaration had been made by <paramref name="date"/> (a later one is not yet known on it).</summary>
    /// <param name="date">The day.</param>
    public bool DeclaredBy(SolarHijriDate date) => Declared && DeclaredOn is { } on && on <= date;
}
