namespace Coop.Domain.Calendar;

/// <summary>Whether 30 Esfand, the last day of a leap year, is an official holiday.</summary>
/// <remarks>
/// The 1359 law on official holidays makes 29 Esfand to 4 Farvardin holidays, which covers 30 Esfand in a
/// leap year, and the official calendar of 1403 marked 1403/12/30 as a holiday; the official calendar of
/// 1399 did not mark 1399/12/30, and the shipped table (1395–1405) lists 30 Esfand only for 1403. The
/// status is disputed, so it is a switch.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<Esfand30Rule>))]
public enum Esfand30Rule
{
    /// <summary>
    /// The default. In the years of the shipped table (1395–1405), exactly as published: a holiday in 1403,
    /// not in 1395 or 1399. In any other leap year, a holiday (the law's reading, which 1403 followed).
    /// </summary>
    AsPublished = 0,

    /// <summary>A holiday in every leap year.</summary>
    Always = 1,

    /// <summary>Never a holiday (a working day unless the weekend rule or another holiday says otherwise).</summary>
    Never = 2,
}
