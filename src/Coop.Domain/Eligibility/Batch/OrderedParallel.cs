using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace Coop.Domain.Eligibility.Batch;

/// <summary>
/// Maps a stream in input order with bounded parallelism. The source is enumerated on the consumer's thread only;
/// items are cut into small chunks, at most <c>2 × degree</c> chunks are in flight, and results are yielded in
/// input order, so memory stays bounded whatever the stream's length. An exception thrown for an item surfaces at
/// that item's position, after every earlier result — exactly as the sequential loop would.
/// </summary>
internal static class OrderedParallel
{
    internal const int ChunkSize = 32;

    public static IEnumerable<TOut> Select<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> selector, int degree, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(selector);
        return degree <= 1 ? Sequential(source, selector, cancellationToken) : Parallel(source, selector, degree, cancellationToken);
    }

    public static IAsyncEnumerable<TOut> SelectAsync<TIn, TOut>(IAsyncEnumerable<TIn> source, Func<TIn, TOut> selector, int degree, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(selector);
        return ParallelAsync(source, selector, Math.Max(1, degree), cancellationToken);
    }

    private static IEnumerable<TOut> Sequential<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> selector, CancellationToken cancellationToken)
    {
        foreach (TIn item in source)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return selector(item);
        }
    }

    private static IEnumerable<TOut> Parallel<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> selector, int degree, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        CancellationToken token = stop.Token;
        TaskScheduler scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, degree).ConcurrentScheduler;
        var window = new Queue<Task<Chunk<TOut>>>();
        int maxChunks = degree * 2;
        using IEnumerator<TIn> items = source.GetEnumerator();
        bool more = true;
        try
        {
            while (true)
            {
                while (more && window.Count < maxChunks)
                {
                    TIn[]? chunk = Take(items);
                    if (chunk is null)
                    {
                        more = false;
                        break;
                    }

                    window.Enqueue(Task.Factory.StartNew(() => Apply(chunk, selector, token), token, TaskCreationOptions.DenyChildAttach, scheduler));
                }

                if (window.Count == 0)
                {
                    yield break;
                }

                Chunk<TOut> done = window.Dequeue().GetAwaiter().GetResult();
                for (int i = 0; i < done.Count; i++)
                {
                    yield return done.Results[i];
                }

                done.Error?.Throw();
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        finally
        {
            // The consumer stopped early or an item failed: chunks not yet started are cancelled, running ones
            // stop at their next item. Nothing is awaited, so an abandoned enumeration never blocks.
            stop.Cancel();
        }
    }

    private static async IAsyncEnumerable<TOut> ParallelAsync<TIn, TOut>(IAsyncEnumerable<TIn> source, Func<TIn, TOut> selector, int degree, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (degree == 1)
        {
            await foreach (TIn item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return selector(item);
            }

            yield break;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        CancellationToken token = stop.Token;
        TaskScheduler scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, degree).ConcurrentScheduler;
        var window = new Queue<Task<Chunk<TOut>>>();
        int maxChunks = degree * 2;
        IAsyncEnumerator<TIn> items = source.GetAsyncEnumerator(cancellationToken);
        await using (items.ConfigureAwait(false))
        {
            bool more = true;
            try
            {
                while (true)
                {
                    while (more && window.Count < maxChunks)
                    {
                        var chunk = new List<TIn>(ChunkSize);
                        while (chunk.Count < ChunkSize && await items.MoveNextAsync().ConfigureAwait(false))
                        {
                            chunk.Add(items.Current);
                        }

                        if (chunk.Count == 0)
                        {
                            more = false;
                            break;
                        }

                        TIn[] array = [.. chunk];
                        more = chunk.Count == ChunkSize;
                        window.Enqueue(Task.Factory.StartNew(() => Apply(array, selector, token), token, TaskCreationOptions.DenyChildAttach, scheduler));
                    }

                    if (window.Count == 0)
                    {
                        yield break;
                    }

                    Chunk<TOut> done = await window.Dequeue().ConfigureAwait(false);
                    for (int i = 0; i < done.Count; i++)
                    {
                        yield return done.Results[i];
                    }

                    done.Error?.Throw();
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
            finally
            {
                await stop.CancelAsync().ConfigureAwait(false);
            }
        }
    }

    private static TIn[]? Take<TIn>(IEnumerator<TIn> items)
    {
        TIn[]? chunk = null;
        int count = 0;
        while (count < ChunkSize && items.MoveNext())
        {
            chunk ??= new TIn[ChunkSize];
            chunk[count++] = items.Current;
        }

        return chunk is null ? null : count == ChunkSize ? chunk : chunk[..count];
    }

    private static Chunk<TOut> Apply<TIn, TOut>(TIn[] chunk, Func<TIn, TOut> selector, CancellationToken token)
    {
        var results = new TOut[chunk.Length];
        for (int i = 0; i < chunk.Length; i++)
        {
            if (token.IsCancellationRequested)
            {
                return new Chunk<TOut>(results, i, null);
            }

            try
            {
                results[i] = selector(chunk[i]);
            }
            catch (Exception e)
            {
                // Kept with the results before it, and rethrown at its position by the consumer.
                return new Chunk<TOut>(results, i, ExceptionDispatchInfo.Capture(e));
            }
        }

        return new Chunk<TOut>(results, chunk.Length, null);
    }

    private readonly record struct Chunk<TOut>(TOut[] Results, int Count, ExceptionDispatchInfo? Error);
}
