namespace Coop.Domain.Eligibility.Sources;

/// <summary>Where a source was read.</summary>
/// <param name="Publisher">The publisher or site (e.g. <c>dastour.ir</c>), not blank.</param>
/// <param name="Url">The page's absolute http or https address, or null (a printed gazette, a book).</param>
/// <param name="Page">The page, heading or section within the publication, or null.</param>
public sealed record SourceLocation(string Publisher, string? Url = null, string? Page = null);
