namespace Coop.Domain.Model;

/// <summary>One broken invariant of the cooperative model: where it is and what is wrong.</summary>
/// <param name="Path">
/// Where, as a JSON-like path from the cooperative, e.g. <c>members[2].leftOn</c> or
/// <c>shareLedger.entries[5]</c>; the property names are camelCase and indices 0-based.
/// </param>
/// <param name="Message">An English sentence saying what is wrong, naming the member, date and amounts where they matter.</param>
public readonly record struct ModelViolation(string Path, string Message)
{
    /// <summary>The path and message, e.g. <c>members[2].leftOn: … </c>.</summary>
    public override string ToString() => Path + ": " + Message;
}
