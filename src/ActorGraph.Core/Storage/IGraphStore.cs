using ActorGraph.Core.Model;

namespace ActorGraph.Core.Storage;

/// <summary>
/// Where ActorGraph keeps what its sources assert. Every store keeps assertions per source, so that a changed source
/// replaces exactly what it asserted and a vanished one can be retracted; reads combine them into one graph.
/// </summary>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>Creates or upgrades the store's schema. Safe to call on every start.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes what <paramref name="document"/> asserts, in one transaction: all of it or nothing.
    /// A source with the same id is replaced; a source whose content hash is unchanged is left as it is, except that
    /// a changed <see cref="SourceDocument.Origin"/> is recorded (the outcome is still
    /// <see cref="UpsertOutcome.Unchanged"/>). A document without an origin keeps the origin the store recorded.
    /// </summary>
    Task<UpsertOutcome> UpsertSourceAsync(SourceDocument document, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes what <paramref name="source"/> asserts, batch by batch, in one transaction: all of it or nothing, with the
    /// rules of <see cref="UpsertSourceAsync(SourceDocument, CancellationToken)"/>. An unchanged content hash reads no
    /// batch. When a batch cannot be read, or the batches do not match the stream's hash, nothing is written and the
    /// source's last version stays. The stores of ActorGraph hold one batch at a time; this default reads the whole
    /// stream into a document and writes that.
    /// </summary>
    async Task<UpsertOutcome> UpsertSourceAsync(SourceStream source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var document = await source.ToDocumentAsync(cancellationToken).ConfigureAwait(false);
        return await UpsertSourceAsync(document, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes everything the source asserted. Returns false when the store did not know it.</summary>
    Task<bool> RetractSourceAsync(string sourceId, CancellationToken cancellationToken = default);

    /// <summary>The sources the store holds, ordered by id.</summary>
    Task<IReadOnlyList<SourceRecord>> ListSourcesAsync(CancellationToken cancellationToken = default);

    /// <summary>Reads the combined graph, keeping only what <paramref name="filter"/> accepts.</summary>
    Task<GraphSnapshot> ReadSnapshotAsync(SnapshotFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>Counts what the store holds.</summary>
    Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default);

    /// <summary>Records one worker cycle in the store's run ledger.</summary>
    Task RecordRunAsync(RunRecord run, CancellationToken cancellationToken = default);

    /// <summary>The most recent <paramref name="limit"/> runs, newest first.</summary>
    Task<IReadOnlyList<RunRecord>> ListRunsAsync(int limit, CancellationToken cancellationToken = default);
}
