namespace Coop.Domain.Reporting;

/// <summary>An obligation of a cooperative in a fiscal year (bases in docs/reporting.md).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<ComplianceObligation>))]
public enum ComplianceObligation
{
    /// <summary>Publish the notice of the annual ordinary general assembly: within 2 months after the fiscal year's end (G7).</summary>
    AssemblyNotice = 0,

    /// <summary>Hold the annual ordinary general assembly: within 4 months after the fiscal year's end (G2).</summary>
    OrdinaryAssembly = 1,

    /// <summary>Give the year-end statements to the inspectors: at least 1 month before the assembly (B6).</summary>
    StatementsToInspectors = 2,

    /// <summary>The inspectors' report available: at least 10 days before the assembly (B6).</summary>
    InspectorsReport = 3,

    /// <summary>A quarterly trial balance to the inspectors and the Ministry (B6); due date an assumption: the end of the month after the quarter.</summary>
    QuarterlyTrialBalance = 4,

    /// <summary>A board term ends.</summary>
    BoardTermEnd = 5,

    /// <summary>Notice an electing assembly at least 2 months before the board's term ends (G7).</summary>
    BoardElectionNotice = 6,

    /// <summary>An inspector's term ends (B4: one fiscal year).</summary>
    InspectorTermEnd = 7,

    /// <summary>Notice an electing assembly at least 2 months before the inspectors' term ends (G7).</summary>
    InspectorElectionNotice = 8,
}
