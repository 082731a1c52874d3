using System.Data.Common;
using System.Text.Json;
using Coop.Domain.Service.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Coop.Domain.Service.Tests.Http;

/// <summary>What an exception that escaped an endpoint becomes.</summary>
public sealed class ProblemExceptionHandlerTests
{
    [Fact]
    public async Task A_transient_database_failure_is_a_503_problem_with_Retry_After_not_a_bug()
    {
        (HttpContext context, JsonElement problem) = await HandleAsync(new InvalidOperationException("wrapped", new TransientDbException("53300: too many connections")));
        Assert.Equal(503, context.Response.StatusCode);
        Assert.Equal("1", context.Response.Headers.RetryAfter.ToString());
        Assert.Equal("registry", problem.GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal("53300: too many connections", problem.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Any_other_exception_is_a_500_that_reveals_nothing()
    {
        (HttpContext context, JsonElement problem) = await HandleAsync(new InvalidOperationException("secret internals"));
        Assert.Equal(500, context.Response.StatusCode);
        Assert.DoesNotContain("secret", problem.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("a bug, not bad input", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static async Task<(HttpContext, JsonElement)> HandleAsync(Exception exception)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Method = "GET";
        context.Request.Path = "/reports/credits";
        context.Response.Body = new MemoryStream();
        Assert.True(await new ProblemExceptionHandler(NullLogger<ProblemExceptionHandler>.Instance).TryHandleAsync(context, exception, TestContext.Current.CancellationToken));
        context.Response.Body.Position = 0;
        return (context, (await JsonDocument.ParseAsync(context.Response.Body, cancellationToken: TestContext.Current.CancellationToken)).RootElement.Clone());
    }

    private sealed class TransientDbException(string message) : DbException(message)
    {
        public override bool IsTransient => true;
    }
}
