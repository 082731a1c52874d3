namespace Coop.Domain.Calendar;

/// <summary>What to do with a deadline that falls on a non-working day (a weekend day or a holiday).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<DeadlineRoll>))]
public enum DeadlineRoll
{
    /// <summary>Keep the date as it is.</summary>
    None = 0,

    /// <summary>Move to the first working day on or after the date (the usual rule for statutory deadlines).</summary>
    RollForward = 1,

    /// <summary>Move to the last working day on or before the date.</summary>
    RollBackward = 2,
}
