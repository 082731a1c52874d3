namespace Coop.Domain.Eligibility.Sources;

/// <summary>
/// How much a source can be relied on, declared from the strongest to the weakest: a comparison of two standings
/// follows that order (<c>Official &lt; Assumption</c>), so the weakest of several is their maximum.
/// </summary>
public enum SourceStanding
{
    /// <summary>A government or official gazette text (قانون، آیین‌نامه، بخشنامه) as published by the state.</summary>
    Official,

    /// <summary>A rewrite of an official text by a law firm, registry office, news agency or forum.</summary>
    Secondary,

    /// <summary>What banks or the ministry are reported to do, without a text that requires it.</summary>
    Practice,

    /// <summary>No source: a number or reading this project chose. Decisions resting on it say so.</summary>
    Assumption,
}
