namespace Coop.Domain.Eligibility.Policies;

/// <summary>Where a policy came from: the file name and the (line, column) of each JSON path, for error reports.</summary>
internal sealed class PolicySource(string? file, IReadOnlyDictionary<string, (int Line, int Column)> positions)
{
    public string? File { get; } = file;

    public PolicyError Error(string jsonPath, string message, int? expressionColumn = null)
    {
        if (positions.TryGetValue(jsonPath, out (int Line, int Column) at))
        {
            return new PolicyError(File, jsonPath, at.Line, expressionColumn ?? at.Column, message);
        }

        return new PolicyError(File, jsonPath, null, expressionColumn, message);
    }
}
