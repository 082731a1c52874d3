namespace Coop.Domain.EntityFrameworkCore.Registry;

/// <summary>What an import does with a cooperative whose national ID is already in the store (or earlier in the same file).</summary>
public enum ExistingCooperatives
{
    /// <summary>
    /// The line replaces the stored cooperative (document and columns): the registry file is the newer truth, so
    /// importing a later export of the same registry updates the store. The default.
    /// </summary>
    Replace,

    /// <summary>The line is rejected, with an error naming the national ID and where it was first seen; the stored cooperative is kept.</summary>
    Reject,
}
