using Coop.Domain.Model;

namespace Coop.Domain.Tests.Model;

public class ModelValidationExceptionTests
{
    [Fact]
    public void The_message_lists_every_violation_with_its_path()
    {
        var e = new ModelValidationException([new ModelViolation("name", "The name is missing."), new ModelViolation("countyCode", "Unknown.")]);
        Assert.Equal(2, e.Violations.Count);
        Assert.StartsWith("The model breaks 2 invariants:", e.Message, StringComparison.Ordinal);
        Assert.Contains("  - name: The name is missing.", e.Message, StringComparison.Ordinal);
        Assert.Contains("  - countyCode: Unknown.", e.Message, StringComparison.Ordinal);
        Assert.Equal("name: The name is missing.", e.Violations[0].ToString());
    }

    [Fact]
    public void An_exception_needs_at_least_one_violation()
    {
        Assert.Throws<ArgumentException>(() => new ModelValidationException(Array.Empty<ModelViolation>()));
        Assert.Throws<ArgumentNullException>(() => new ModelValidationException((IEnumerable<ModelViolation>)null!));
        Assert.Empty(new ModelValidationException("plain").Violations);
    }
}
