namespace Coop.Domain.EntityFrameworkCore.Tests.Infrastructure;

/// <summary>The running test's cancellation token, so a cancelled run stops its database calls.</summary>
internal static class Cancel
{
    public static CancellationToken Token => TestContext.Current.CancellationToken;
}
