namespace Coop.Domain.Model;

/// <summary>One broken invariant of the cooperative model: where it is and what is wrong.</summary>
/// <param name="Path">
/// Where, as a JSON-like path from the cooperative, e.g. <c>members[2].leftOn</c> or
/// <c>shareLedger.entries[5]</c>; the property names are camelCase and indices 0-based.
/// </param>
/// <param name="Message">An English sentence saying what is wrong, naming the member, date and amounts where they matter.</param>
public readonly record struct ModelViolation(string Path, string Message)
{
    private readonly string[]? _arguments;

    /// <summary>Creates a violation that carries, besides its English message, a code and the values it names, so that it can be said in another language.</summary>
    /// <param name="path">Where, as for <see cref="Path"/>.</param>
    /// <param name="message">The English sentence, as for <see cref="Message"/>.</param>
    /// <param name="code">What kind of violation it is; <see cref="Arguments"/> are read by it.</param>
    /// <param name="arguments">The values the message names, culture-invariant text, in the order <paramref name="code"/> documents.</param>
    /// <exception cref="ArgumentNullException"><paramref name="arguments"/> is null.</exception>
    public ModelViolation(string path, string message, ModelViolationCode code, params string[] arguments)
        : this(path, message)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        Code = code;
        _arguments = arguments.Length == 0 ? null : (string[])arguments.Clone();
    }

    /// <summary>What kind of violation it is; <see cref="ModelViolationCode.Unspecified"/> when only the English message says.</summary>
    public ModelViolationCode Code { get; }

    /// <summary>The values the message names, as <see cref="Code"/> documents them (culture-invariant text); empty when none.</summary>
    public IReadOnlyList<string> Arguments => _arguments ?? [];

    /// <summary>
    /// What is wrong in Persian, from <see cref="Code"/> and <see cref="Arguments"/>: numbers and Solar Hijri dates in
    /// Persian digits, amounts in rials, statuses, offices and kinds by their Persian names; identifiers and other Latin
    /// text wrapped in a left-to-right isolate (U+2066 … U+2069). Without a code, the English <see cref="Message"/>, isolated.
    /// Rendered on each read (violations are rare); the path is not part of it.
    /// </summary>
    public string MessageFa => ModelViolationText.Persian(this);

    /// <summary>Whether two violations have the same path, message, code and arguments.</summary>
    /// <param name="other">The other violation.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(ModelViolation other) =>
        string.Equals(Path, other.Path, StringComparison.Ordinal)
        && string.Equals(Message, other.Message, StringComparison.Ordinal)
        && Code == other.Code
        && Arguments.SequenceEqual(other.Arguments, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Path, Message, Code);

    /// <summary>The path and message, e.g. <c>members[2].leftOn: … </c>.</summary>
    public override string ToString() => Path + ": " + Message;
}
