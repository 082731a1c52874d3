using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace Coop.Domain.Service.Http;

/// <summary>The request size limits (configuration section <c>Limits</c>).</summary>
internal sealed class ServiceLimits
{
    /// <summary>The largest request body, in bytes, of every endpoint but <c>POST /registry</c> (default 1 MiB).</summary>
    public long MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>The largest registry a <c>POST /registry</c> may send, in bytes (default 64 MiB).</summary>
    public long MaxRegistryBytes { get; set; } = 64L * 1024 * 1024;
}

/// <summary>
/// Enforces the request size limit of the endpoint (its <see cref="IRequestSizeLimitMetadata"/>, else
/// <see cref="ServiceLimits.MaxRequestBytes"/>) on every server, Kestrel and the in-process test server alike: a
/// <c>Content-Length</c> over it is refused at once, and a body without one is counted as it is read. Either way the
/// answer is 413 with a problem document.
/// </summary>
internal sealed class RequestBodyLimit(RequestDelegate next, IOptions<ServiceLimits> limits)
{
    public Task InvokeAsync(HttpContext context)
    {
        long limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? limits.Value.MaxRequestBytes;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        if (context.Request.ContentLength > limit)
        {
            // The body is left unread, so the connection cannot carry another request: say so, or a client reuses it.
            context.Response.Headers.Connection = "close";
            return TooLarge(limit).ExecuteAsync(context);
        }

        context.Request.Body = new LimitedStream(context.Request.Body, limit);
        return next(context);
    }

    /// <summary>The message of a body over <paramref name="limit"/> bytes.</summary>
    public static string Message(long limit) =>
        string.Create(CultureInfo.InvariantCulture, $"the request body is larger than this endpoint's limit of {limit} bytes.");

    private static IResult TooLarge(long limit) =>
        Problems.Problem(StatusCodes.Status413PayloadTooLarge, "The request is too large.", [new FieldError("body", Message(limit))]);

    /// <summary>Reads at most <c>limit</c> bytes; one more is a 413 <see cref="BadHttpRequestException"/>, as Kestrel's own limit raises.</summary>
    private sealed class LimitedStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Count(int read)
        {
            _read += read;
            return _read > limit ? throw new BadHttpRequestException(Message(limit), StatusCodes.Status413PayloadTooLarge) : read;
        }
    }
}
