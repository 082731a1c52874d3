using System.Diagnostics.CodeAnalysis;

namespace Coop.Domain.Text;

/// <summary>
/// The outcome of parsing text, the one shape every detailed parser of the library returns
/// (<see cref="Calendar.SolarHijriDate.ParseDetailed(ReadOnlySpan{char})"/>, <see cref="Calendar.PeriodText.Parse"/>,
/// …): either a value or a <see cref="ParseError"/> saying
/// where and why the text was rejected. Parsing methods return it instead of throwing; <see cref="Value"/> throws for
/// callers that prefer an exception.
/// </summary>
/// <typeparam name="T">The type of the parsed value.</typeparam>
/// <remarks>
/// A small immutable value: a successful parse allocates nothing for its result. <c>default(ParseResult&lt;T&gt;)</c> is an
/// unsuccessful result at position 0.
/// </remarks>
public readonly struct ParseResult<T>
{
    private readonly T _value;
    private readonly ParseError _error;

    internal ParseResult(T value)
    {
        _value = value;
        _error = default;
        IsSuccess = true;
    }

    internal ParseResult(ParseError error)
    {
        _value = default!;
        _error = error;
        IsSuccess = false;
    }

    /// <summary>Whether the text was parsed; when <see langword="true"/>, <see cref="Value"/> holds the result.</summary>
    public bool IsSuccess { get; }

    /// <summary>The parsed value.</summary>
    /// <exception cref="FormatException">Parsing failed; the message is the error's <see cref="ParseError.ToString"/> (reason and column).</exception>
    public T Value => IsSuccess ? _value : throw new FormatException(_error.ToString());

    /// <summary>The error when parsing failed; <see langword="null"/> on success.</summary>
    public ParseError? Error => IsSuccess ? null : _error;

    /// <summary>Gets the value when parsing succeeded.</summary>
    /// <param name="value">The parsed value, or the default of <typeparamref name="T"/> on failure.</param>
    /// <returns><see cref="IsSuccess"/>.</returns>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return IsSuccess;
    }

    /// <summary><c>OK: </c> and the value, or <c>Error: </c> and the error.</summary>
    public override string ToString() => IsSuccess ? $"OK: {_value}" : $"Error: {_error}";
}

/// <summary>Creates <see cref="ParseResult{T}"/> values.</summary>
public static class ParseResult
{
    /// <summary>A successful result holding <paramref name="value"/>.</summary>
    /// <typeparam name="T">The type of the value.</typeparam>
    /// <param name="value">The parsed value.</param>
    public static ParseResult<T> Success<T>(T value) => new(value);

    /// <summary>A failed result.</summary>
    /// <typeparam name="T">The type the parse would have produced.</typeparam>
    /// <param name="error">Where and why parsing failed.</param>
    public static ParseResult<T> Failure<T>(ParseError error) => new(error);

    /// <summary>A failed result at <paramref name="position"/> with <paramref name="message"/>.</summary>
    /// <typeparam name="T">The type the parse would have produced.</typeparam>
    /// <param name="position">0-based index into the original input; see <see cref="ParseError.Position"/>.</param>
    /// <param name="message">The reason, an English sentence.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="message"/> is null or empty.</exception>
    public static ParseResult<T> Failure<T>(int position, string message) => new(new ParseError(position, message));
}
