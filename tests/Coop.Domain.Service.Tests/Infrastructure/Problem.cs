using System.Net;
using System.Text.Json;

namespace Coop.Domain.Service.Tests.Infrastructure;

/// <summary>Asserts an answer is an RFC 9457 problem document, field by field.</summary>
public static class Problem
{
    /// <summary>
    /// Asserts <paramref name="response"/> is a problem of <paramref name="status"/> whose errors include one for
    /// <paramref name="field"/> whose message contains <paramref name="says"/>; returns that error.
    /// </summary>
    public static async Task<JsonElement> AssertAsync(HttpResponseMessage response, HttpStatusCode status, string field, string says)
    {
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        JsonElement problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        string detail = problem.GetProperty("detail").GetString()!;
        JsonElement[] errors = [.. problem.GetProperty("errors").EnumerateArray()];
        Assert.NotEmpty(errors);
        JsonElement? match = errors.Cast<JsonElement?>().FirstOrDefault(e => e!.Value.GetProperty("field").GetString() == field);
        Assert.True(match is not null, $"no error for field {field} in {body}");
        string message = match.Value.GetProperty("message").GetString()!;
        Assert.Contains(says, message, StringComparison.Ordinal);
        Assert.Contains(field + ": " + message, detail, StringComparison.Ordinal);
        return match.Value;
    }
}
