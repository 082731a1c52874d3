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
    /// <summary>The text, followed by the rule's message in the chosen language when there is one.</summary>
    /// <param name="persian">True for the Persian message, false for the English one.</param>
    /// <returns><c>Text</c> or <c>Text: message</c>.</returns>
    public string Describe(bool persian = false) =>
        RuleMessage is null ? Text : Text + ": " + (persian ? RuleMessage.Fa : RuleMessage.En);

    /// <summary>The description with the English message.</summary>
    /// <returns>The same as <see cref="Describe"/> with <c>persian: false</c>.</returns>
    public override string ToString() => Describe();
}
