using System.Globalization;

namespace Coop.Domain.Text;

/// <summary>
/// Why a piece of text could not be parsed, and where: a value, never a bare string.
/// </summary>
/// <remarks>
/// <see cref="Position"/> is a 0-based index into the text exactly as it was given (UTF-16 code units,
/// before any normalisation or trimming); it equals the text's length when the text ended too early.
/// <see cref="ToString"/> shows it 1-based, as an editor's column.
/// </remarks>
public readonly struct ParseError : IEquatable<ParseError>
{
    private readonly string? _message;
    private readonly string[]? _arguments;

    /// <summary>Creates an error.</summary>
    /// <param name="position">0-based index of the offending character in the input, from 0 to the input's length.</param>
    /// <param name="message">The reason, a complete English sentence without the position, e.g. "A season is numbered 1 to 4; found 5."</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="message"/> is null or empty.</exception>
    public ParseError(int position, string message)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentException.ThrowIfNullOrEmpty(message);
        Position = position;
        _message = message;
    }

    /// <summary>Creates an error that carries, besides its English message, a code and the values it names, so that a host can say it in another language.</summary>
    /// <param name="position">0-based index of the offending character in the input, from 0 to the input's length.</param>
    /// <param name="message">The reason, a complete English sentence without the position.</param>
    /// <param name="code">What kind of error it is; <see cref="Arguments"/> are read by it.</param>
    /// <param name="arguments">The values the message names, culture-invariant text (numbers in ASCII digits), in the order <paramref name="code"/> documents.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="message"/> is null or empty.</exception>
    public ParseError(int position, string message, ParseErrorCode code, params string[] arguments)
        : this(position, message)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        Code = code;
        _arguments = arguments.Length == 0 ? null : (string[])arguments.Clone();
    }

    /// <summary>What kind of error it is; <see cref="ParseErrorCode.Unspecified"/> when only the English message says.</summary>
    public ParseErrorCode Code { get; }

    /// <summary>The values the message names, as <see cref="Code"/> documents them (culture-invariant text); empty when none.</summary>
    public IReadOnlyList<string> Arguments => _arguments ?? [];

    /// <summary>0-based index into the original input of the character where parsing failed; the input's length when it ended too early.</summary>
    public int Position { get; }

    /// <summary>The reason, in English, without the position.</summary>
    public string Message => _message ?? "The text could not be parsed.";

    /// <summary>
    /// The reason in Persian, from <see cref="Code"/> and <see cref="Arguments"/>, without the position: numbers in Persian
    /// digits, what was written quoted «…». Without a code, the English <see cref="Message"/> isolated left-to-right.
    /// </summary>
    public string MessageFa => PersianMessages.Parse(this);

    /// <summary>Whether two errors have the same position and message.</summary>
    /// <param name="left">The first error.</param>
    /// <param name="right">The second error.</param>
    public static bool operator ==(ParseError left, ParseError right) => left.Equals(right);

    /// <summary>Whether two errors differ in position or message.</summary>
    /// <param name="left">The first error.</param>
    /// <param name="right">The second error.</param>
    public static bool operator !=(ParseError left, ParseError right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(ParseError other) => Position == other.Position && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ParseError other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Position, StringComparer.Ordinal.GetHashCode(Message));

    /// <summary>The message followed by the 1-based column, e.g. <c>A season is numbered 1 to 4; found 5. (column 7)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Message} (column {Position + 1})");
}
