using System.Runtime.CompilerServices;
using System.Threading.Channels;
using ActorGraph.Core.Model;

namespace ActorGraph.Ingestion.Datasets;

/// <summary>
/// Runs a second reading of a checked source on its own task and hands its batches to the store that writes them,
/// at most two batches ahead: reading and writing overlap, and memory holds a few batches, never the source.
/// </summary>
internal static class BatchPump
{
    /// <summary>
    /// The batches <paramref name="produce"/> sends, in order. When the consumer stops early (the store failed), the
    /// reading is cancelled; when the reading fails, the consumer gets its exception after the batches sent before it.
    /// </summary>
    public static async IAsyncEnumerable<SourceBatch> ReadAsync(
        Func<Func<SourceBatch, ValueTask>, CancellationToken, Task> produce, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var batches = Channel.CreateBounded<SourceBatch>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = Task.Run(
            async () =>
            {
                try
                {
                    await produce(batch => batches.Writer.WriteAsync(batch, stop.Token), stop.Token).ConfigureAwait(false);
                    batches.Writer.Complete();
                }
                catch (Exception e)
                {
                    batches.Writer.Complete(e);
                }
            },
            stop.Token);
        try
        {
            await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return batch;
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await reading.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The reading was stopped because the writing stopped first; the writer's reason is what counts.
            }
        }
    }
}
