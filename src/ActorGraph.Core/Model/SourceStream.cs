using System.Runtime.CompilerServices;
using ActorGraph.Core.Storage;

namespace ActorGraph.Core.Model;

/// <summary>
/// Everything one source asserts, given as batches read one after another instead of held at once: the unit a store
/// writes in one transaction like a <see cref="SourceDocument"/>, with its content hash known before any batch is
/// read, so that an unchanged source is recognised without reading it again. A reader that streams a file reads it
/// once to check it and learn its hash, and again, batch by batch, only when the store needs its assertions; the
/// memory of a write then follows the batch size, not the source's size.
/// </summary>
public sealed class SourceStream
{
    /// <summary>The number of assertions per batch when a document is given as a stream.</summary>
    public const int DefaultBatchSize = 4_000;

    private readonly Func<CancellationToken, IAsyncEnumerable<SourceBatch>> _read;
    private readonly bool _verify;

    /// <summary>Creates a stream.</summary>
    /// <param name="source">The source's description.</param>
    /// <param name="contentHash">
    /// The content hash of every assertion <paramref name="read"/> gives (<see cref="ContentHashBuilder"/>). The
    /// batches are hashed again as they are read; when they do not match it (the file changed since it was checked),
    /// reading fails and the store writes nothing.
    /// </param>
    /// <param name="actors">How many actors the batches hold.</param>
    /// <param name="roles">How many roles the batches hold.</param>
    /// <param name="relations">How many relations the batches hold.</param>
    /// <param name="read">Reads the batches from the start; called once per write (again when a store retries one).</param>
    /// <param name="verify">
    /// Whether to hash the batches again as they are read and fail unless they match; false when
    /// <paramref name="read"/> makes sure itself that it reads what the hash was computed from (by hashing a file's
    /// bytes again, say), and fails otherwise.
    /// </param>
    public SourceStream(SourceInfo source, string contentHash, int actors, int roles, int relations, Func<CancellationToken, IAsyncEnumerable<SourceBatch>> read, bool verify = true)
        : this(source, contentHash, actors, roles, relations, read, verify, origin: null)
    {
    }

    private SourceStream(SourceInfo source, string contentHash, int actors, int roles, int relations, Func<CancellationToken, IAsyncEnumerable<SourceBatch>> read, bool verify, SourceOrigin? origin)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentHash);
        ArgumentOutOfRangeException.ThrowIfNegative(actors);
        ArgumentOutOfRangeException.ThrowIfNegative(roles);
        ArgumentOutOfRangeException.ThrowIfNegative(relations);
        ArgumentNullException.ThrowIfNull(read);
        Source = source;
        ContentHash = contentHash;
        Actors = actors;
        Roles = roles;
        Relations = relations;
        _read = read;
        _verify = verify;
        Origin = origin;
    }

    /// <summary>The source's description.</summary>
    public SourceInfo Source { get; }

    /// <summary>The content hash of the assertions, as <see cref="SourceDocument.ContentHash"/> defines it.</summary>
    public string ContentHash { get; }

    /// <summary>How many actors the source names.</summary>
    public int Actors { get; }

    /// <summary>How many roles the source states.</summary>
    public int Roles { get; }

    /// <summary>How many relations the source states.</summary>
    public int Relations { get; }

    /// <summary>Where the assertions are read from, when known; as <see cref="SourceDocument.Origin"/>.</summary>
    public SourceOrigin? Origin { get; }

    /// <summary>The same stream, read from <paramref name="origin"/>.</summary>
    public SourceStream WithOrigin(SourceOrigin? origin) => new(Source, ContentHash, Actors, Roles, Relations, _read, _verify, origin);

    /// <summary>
    /// <paramref name="document"/> as a stream of batches of at most <paramref name="batchSize"/> assertions: its
    /// actors first, then its roles, then its relations.
    /// </summary>
    public static SourceStream FromDocument(SourceDocument document, int batchSize = DefaultBatchSize)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        return new SourceStream(
            document.Source, document.ContentHash, document.Actors.Count, document.Roles.Count, document.Relations.Count,
            _ => Batches(document, batchSize), verify: false, document.Origin);
    }

    /// <summary>
    /// Reads the batches from the start. Checks, after the last batch, that they hold what <see cref="ContentHash"/>
    /// and the counts say (unless the reader checks itself): otherwise (and when the reader fails) throws a <see cref="GraphStoreException"/> with the
    /// code <c>SOURCE_CHANGED</c> (or <c>SOURCE_UNREADABLE</c>), so that the store rolls back what it wrote.
    /// </summary>
    public async IAsyncEnumerable<SourceBatch> ReadBatchesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var hash = _verify ? new ContentHashBuilder(Source) : null;
        var enumerator = _read(cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (enumerator.ConfigureAwait(false))
        {
            while (true)
            {
                try
                {
                    if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException and not GraphStoreException)
                {
                    throw new GraphStoreException($"The source '{Source.Id}' could not be read again to be written: {e.Message}", "SOURCE_UNREADABLE", isTransient: false, e);
                }

                var batch = enumerator.Current;
                hash?.Add(batch);
                yield return batch;
            }
        }

        if (hash is not null && (hash.Actors != Actors || hash.Roles != Roles || hash.Relations != Relations || hash.ToHash() != ContentHash))
        {
            throw new GraphStoreException(
                $"The source '{Source.Id}' changed while it was being written (it asserts {hash.Actors:N0} actors, {hash.Roles:N0} roles and {hash.Relations:N0} relations now, not the {Actors:N0}, {Roles:N0} and {Relations:N0} checked); nothing of it was written. Ingest it again.",
                "SOURCE_CHANGED", isTransient: false);
        }
    }

    /// <summary>Reads every batch into one document (for stores that write whole documents).</summary>
    public async Task<SourceDocument> ToDocumentAsync(CancellationToken cancellationToken = default)
    {
        var actors = new List<Actor>(Actors);
        var roles = new List<Role>(Roles);
        var relations = new List<Relation>(Relations);
        await foreach (var batch in ReadBatchesAsync(cancellationToken).ConfigureAwait(false))
        {
            actors.AddRange(batch.Actors);
            roles.AddRange(batch.Roles);
            relations.AddRange(batch.Relations);
        }

        return new SourceDocument(Source, actors, roles, relations).WithOrigin(Origin);
    }

    private static async IAsyncEnumerable<SourceBatch> Batches(SourceDocument document, int batchSize)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        foreach (var actors in document.Actors.Chunk(batchSize))
        {
            yield return new SourceBatch(actors, [], []);
        }

        foreach (var roles in document.Roles.Chunk(batchSize))
        {
            yield return new SourceBatch([], roles, []);
        }

        foreach (var relations in document.Relations.Chunk(batchSize))
        {
            yield return new SourceBatch([], [], relations);
        }
    }
}
