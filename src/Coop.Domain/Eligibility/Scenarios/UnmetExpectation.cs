using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Eligibility.Scenarios;

/// <summary>
/// One expectation of a case that the decision did not meet, e.g. <c>expected MIN_MEMBERS to fail but it passed</c>,
/// with the rendered message of the rule concerned when it has one (failed, incomplete and error results).
/// </summary>
/// <param name="Text">What was expected and what happened, in English.</param>
/// <param name="RuleMessage">The rule's rendered message in Persian and English, or null.</param>
public sealed record UnmetExpectation(string Text, PolicyText? RuleMessage = null)
{
    /// <summary>What kind of expectation it is, so that a host can say it in its own language; <see cref="UnmetExpectationCode.Unspecified"/> when only <see cref="Text"/> says.</summary>
    public UnmetExpectationCode Code { get; init; }

    /// <summary>The values the text names, as invariant-culture strings in the order each <see cref="UnmetExpectationCode"/> documents; empty when none.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>
    /// What was expected and what happened, in Persian, from <see cref="Code"/> and <see cref="Arguments"/>: outcomes and statuses
    /// by their Persian names, numbers and dates in Persian digits, rule codes and ids in left-to-right isolates (U+2066 … U+2069).
    /// Without a code, the English <see cref="Text"/>, isolated.
    /// </summary>
    public string TextFa => UnmetExpectationText.Persian(this);

    /// <summary>The text, followed by the rule's message when there is one, both in the chosen language.</summary>
    /// <param name="persian">True for <see cref="TextFa"/> and the Persian message, false for <see cref="Text"/> and the English one.</param>
    /// <returns><c>Text</c> or <c>Text: message</c>.</returns>
    public string Describe(bool persian = false) =>
        (persian ? TextFa : Text) + (RuleMessage is null ? string.Empty : ": " + (persian ? RuleMessage.Fa : RuleMessage.En));

    /// <summary>Whether <paramref name="other"/> is the same: text, rule message and code equal, the arguments item by item.</summary>
    /// <param name="other">The other expectation, or null.</param>
    /// <returns>True when they are equal.</returns>
    public bool Equals(UnmetExpectation? other) =>
        other is not null && Text == other.Text && Equals(RuleMessage, other.RuleMessage) && Code == other.Code && Arguments.SequenceEqual(other.Arguments);

    /// <summary>A hash of the fields <see cref="Equals(UnmetExpectation?)"/> compares (the arguments by their count).</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => HashCode.Combine(Text, RuleMessage, Code, Arguments.Count);

    /// <summary>The description with the English message.</summary>
    /// <returns>The same as <see cref="Describe"/> with <c>persian: false</c>.</returns>
    public override string ToString() => Describe();
}
