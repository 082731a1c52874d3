using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace Coop.Domain.Serialization;

/// <summary>
/// The parallel form of <see cref="JsonLinesReader"/>'s line loop: lines are split on the reading thread and copied into
/// batches; each batch is parsed on up to <see cref="JsonLinesOptions.MaxDegreeOfParallelism"/> threads while the caller
/// works through the batch before it; items come out in file order, exactly as the sequential loop gives them. At most
/// three batches exist at once (being filled, being parsed, being handed out), so memory stays bounded.
/// </summary>
/// <typeparam name="TItem">The item type.</typeparam>
internal static class ParallelLines<TItem>
{
    // A batch closes at this many bytes of text even before it has its count of lines.
    private const int BatchBytes = 4 * 1024 * 1024;

    internal static IEnumerable<TItem> Read(Stream stream, JsonLinesOptions options, LineParser<TItem> parse, Func<JsonLineError, TItem> fail)
    {
        var splitter = new JsonLinesReader.LineSplitter(options.MaxLineBytes);
        var cancel = new CancellationTokenSource();
        var state = new FillState();
        Batch? inFlight = null;
        try
        {
            while (true)
            {
                var batch = new Batch(options.ParallelBatchLines);
                while (Fill(ref splitter, batch, state, fail))
                {
                    int read = stream.Read(splitter.FreeSpace());
                    state.EndOfInput = read == 0;
                    splitter.Advance(read);
                }

                Batch? previous = inFlight;
                inFlight = batch.Start(parse, options.MaxDegreeOfParallelism, cancel.Token);
                if (previous is not null)
                {
                    foreach (TItem item in previous.Results())
                    {
                        yield return item;
                    }
                }

                if (state.Done)
                {
                    foreach (TItem item in inFlight.Results())
                    {
                        yield return item;
                    }

                    inFlight = null;
                    yield break;
                }
            }
        }
        finally
        {
            Stop(cancel, inFlight);
            splitter.Dispose();
        }
    }

    internal static async IAsyncEnumerable<TItem> ReadAsync(
        Stream stream, JsonLinesOptions options, LineParser<TItem> parse, Func<JsonLineError, TItem> fail, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var splitter = new JsonLinesReader.LineSplitter(options.MaxLineBytes);
        var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var state = new FillState();
        Batch? inFlight = null;
        try
        {
            while (true)
            {
                var batch = new Batch(options.ParallelBatchLines);
                while (Fill(ref splitter, batch, state, fail))
                {
                    int read = await stream.ReadAsync(splitter.FreeMemory(), cancellationToken).ConfigureAwait(false);
                    state.EndOfInput = read == 0;
                    splitter.Advance(read);
                }

                Batch? previous = inFlight;
                inFlight = batch.Start(parse, options.MaxDegreeOfParallelism, cancel.Token);
                if (previous is not null)
                {
                    await previous.Parsed.ConfigureAwait(false);
                    foreach (TItem item in previous.Results())
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        yield return item;
                    }
                }

                if (state.Done)
                {
                    await inFlight.Parsed.ConfigureAwait(false);
                    foreach (TItem item in inFlight.Results())
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        yield return item;
                    }

                    inFlight = null;
                    yield break;
                }
            }
        }
        finally
        {
            Stop(cancel, inFlight);
            splitter.Dispose();
        }
    }

    // A caller that stops early (or fails) cancels the batch being parsed and waits for it, so no thread still
    // reads a buffer that goes back to the pool.
    private static void Stop(CancellationTokenSource cancel, Batch? inFlight)
    {
        cancel.Cancel();
        if (inFlight is not null)
        {
            try
            {
                inFlight.Parsed.Wait();
            }
            catch (AggregateException)
            {
                // Cancelled, or failed on a line nobody will see.
            }

            inFlight.Release();
        }

        cancel.Dispose();
    }

    // Takes lines into the batch; true when it needs more input before it is full.
    private static bool Fill(ref JsonLinesReader.LineSplitter splitter, Batch batch, FillState state, Func<JsonLineError, TItem> fail)
    {
        while (!batch.IsFull)
        {
            if (splitter.TryTakeLine(state.EndOfInput, out ReadOnlyMemory<byte> line, out long lineNumber, out string? problem))
            {
                if (problem is not null)
                {
                    batch.AddReady(fail(splitter.ErrorOf(lineNumber, problem)));
                    state.First = false;
                }
                else if (!JsonLinesReader.IsBlank(line.Span))
                {
                    batch.AddLine(line.Span, lineNumber, state.First);
                    state.First = false;
                }

                continue;
            }

            if (state.EndOfInput || splitter.Stopped)
            {
                state.Done = true;
                return false;
            }

            return true;
        }

        return false;
    }

    private sealed class FillState
    {
        public bool EndOfInput { get; set; }

        public bool Done { get; set; }

        public bool First { get; set; } = true;
    }

    /// <summary>Lines copied out of the reader's buffer (or items already made), then their parsed items.</summary>
    private sealed class Batch(int maxLines)
    {
        private readonly List<Entry> _entries = new(Math.Min(maxLines, 1024));
        private byte[] _bytes = ArrayPool<byte>.Shared.Rent(64 * 1024);
        private int _used;
        private TItem[] _items = [];

        public bool IsFull => _entries.Count >= maxLines || _used >= BatchBytes;

        public Task Parsed { get; private set; } = Task.CompletedTask;

        public void AddReady(TItem item) => _entries.Add(new Entry(0, 0, 0, false, item, true));

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void AddLine(ReadOnlySpan<byte> line, long lineNumber, bool first)
        {
            if (_bytes.Length - _used < line.Length)
            {
                byte[] bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_bytes.Length * 2, _used + line.Length));
                _bytes.AsSpan(0, _used).CopyTo(bigger);
                ArrayPool<byte>.Shared.Return(_bytes);
                _bytes = bigger;
            }

            line.CopyTo(_bytes.AsSpan(_used));
            _entries.Add(new Entry(_used, line.Length, lineNumber, first, default, false));
            _used += line.Length;
        }

        public Batch Start(LineParser<TItem> parse, int degree, CancellationToken cancellationToken)
        {
            _items = new TItem[_entries.Count];
            Parsed = _entries.Count == 0 ? Task.CompletedTask : Task.Run(
                () =>
                {
                    try
                    {
                        Parallel.For(0, _entries.Count, new ParallelOptions { MaxDegreeOfParallelism = degree, CancellationToken = cancellationToken }, i =>
                        {
                            Entry e = _entries[i];
                            _items[i] = e.IsReady ? e.Item! : parse(_bytes.AsSpan(e.Offset, e.Length), e.Line, e.First);
                        });
                    }
                    catch (AggregateException e) when (e.InnerExceptions.Count == 1)
                    {
                        // A bug in a parser surfaces as itself, as it would when reading sequentially.
                        ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
                    }
                },
                cancellationToken);
            return this;
        }

        // The parsed items in file order, after waiting for them; the text goes back to the pool.
        public TItem[] Results()
        {
            try
            {
                Parsed.GetAwaiter().GetResult();
            }
            finally
            {
                Release();
            }

            return _items;
        }

        public void Release()
        {
            if (_bytes.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(_bytes);
                _bytes = [];
            }
        }

        private readonly record struct Entry(int Offset, int Length, long Line, bool First, TItem? Item, bool IsReady);
    }
}
