namespace Coop.Domain.Calendar;

/// <summary>
/// The outcome of <see cref="SolarHijriDate.ParseDetailed(ReadOnlySpan{char})"/>: either the date, or a
/// reason a person can read and the position in the input it points at.
/// </summary>
/// <remarks>
/// Positions are 0-based indexes into the text exactly as it was passed in (before digits were
/// normalised; normalisation never moves a character). <c>default(SolarHijriDateParseResult)</c> is an
/// unsuccessful result.
/// </remarks>
public readonly struct SolarHijriDateParseResult
{
    private readonly SolarHijriDate _value;
    private readonly string? _error;
    private readonly int _errorPosition;

    internal SolarHijriDateParseResult(SolarHijriDate value)
    {
        _value = value;
        Success = true;
        _error = null;
        _errorPosition = -1;
    }

    internal SolarHijriDateParseResult(string error, int position)
    {
        _value = default;
        Success = false;
        _error = error;
        _errorPosition = position;
    }

    /// <summary>Whether the text was a valid date.</summary>
    public bool Success { get; }

    /// <summary>The date that was read.</summary>
    /// <exception cref="InvalidOperationException">The text was not a valid date (<see cref="Success"/> is false); the message carries <see cref="Error"/>.</exception>
    public SolarHijriDate Value => Success
        ? _value
        : throw new InvalidOperationException("The text is not a Solar Hijri date: " + Error);

    /// <summary>
    /// Why the text is not a date, e.g. <c>1404/07/31: day 31 does not exist in Mehr (7), which has 30 days</c>;
    /// <see langword="null"/> when <see cref="Success"/> is true.
    /// </summary>
    public string? Error => Success ? null : _error ?? "no text was parsed";

    /// <summary>The 0-based index in the input that <see cref="Error"/> refers to; -1 when <see cref="Success"/> is true.</summary>
    public int ErrorPosition => Success ? -1 : _errorPosition;

    /// <summary>The date, or a <see cref="FormatException"/> carrying <see cref="Error"/>.</summary>
    /// <returns>The date that was read.</returns>
    /// <exception cref="FormatException">The text was not a valid date.</exception>
    public SolarHijriDate GetValueOrThrow() => Success ? _value : throw new FormatException(Error);

    /// <summary>The date in canonical form, or <c>invalid: </c> and the reason.</summary>
    public override string ToString() => Success ? _value.ToString() : "invalid: " + Error;
}
