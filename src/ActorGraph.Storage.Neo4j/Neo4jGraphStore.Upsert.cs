using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Storage.Neo4j.Cypher;
using ActorGraph.Storage.Neo4j.Http;

namespace ActorGraph.Storage.Neo4j;

/// <content>Writing a source: its batches in one explicit transaction, then the combined elements they touched.</content>
public sealed partial class Neo4jGraphStore
{
    private async Task<UpsertOutcome> UpsertOnceAsync(SourceStream source, CancellationToken cancellationToken)
    {
        var id = source.Source.Id;
        var (transaction, hash) = await _client.BeginAsync(CypherCatalog.Store("source-hash"), SourceParameter(id), cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var existing = hash.Rows.Count > 0 ? hash.NullableString(hash.Rows[0], "contentHash") : null;
            if (existing == source.ContentHash)
            {
                var recorded = ReadOrigin(hash, hash.Rows[0]);
                if (source.Origin is null || source.Origin == recorded)
                {
                    await transaction.RollbackAsync().ConfigureAwait(false);
                }
                else
                {
                    // Same assertions from another place (a moved file, or one first seen since the upgrade): only the origin changes.
                    await transaction.RunAsync(CypherCatalog.Store("source-origin"), OriginParameters(id, source.Origin), cancellationToken).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    Log.OriginRecorded(_logger, id, source.Origin);
                }

                Log.SourceWritten(_logger, id, UpsertOutcome.Unchanged);
                return UpsertOutcome.Unchanged;
            }

            // Disposing the transaction without a commit rolls it back: a batch that fails to read or to write, or
            // batches that do not match the stream's hash, leave the source's last version as it was.
            var touched = await ClearSourceAsync(transaction, id, cancellationToken).ConfigureAwait(false);
            await WriteSourceAsync(transaction, source, cancellationToken).ConfigureAwait(false);
            await foreach (var batch in source.ReadBatchesAsync(cancellationToken).ConfigureAwait(false))
            {
                await WriteBatchAsync(transaction, id, batch, touched, cancellationToken).ConfigureAwait(false);
            }

            await RefreshAsync(transaction, touched, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            var outcome = existing is null ? UpsertOutcome.Added : UpsertOutcome.Updated;
            Log.SourceWritten(_logger, id, outcome);
            return outcome;
        }
    }

    private async Task WriteSourceAsync(QueryApiTransaction transaction, SourceStream stream, CancellationToken cancellationToken)
    {
        var source = stream.Source;
        var parameters = OriginParameters(source.Id, stream.Origin);
        parameters["title"] = source.Title;
        parameters["url"] = source.Url?.OriginalString;
        parameters["published"] = source.Published;
        parameters["contentHash"] = stream.ContentHash;
        parameters["ingestedAt"] = _time.GetUtcNow();
        parameters["publisher"] = source.Publisher;
        parameters["fingerprint"] = source.Fingerprint;
        await transaction.RunAsync(CypherCatalog.Store("source-upsert"), parameters, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes one batch's assertions as UNWIND statements of at most the configured batch size each.</summary>
    private async Task WriteBatchAsync(QueryApiTransaction transaction, string sourceId, SourceBatch batch, Touched touched, CancellationToken cancellationToken)
    {
        await RunBatchesAsync(transaction, CypherCatalog.Store("actors-mention"), sourceId, batch.Actors.Select(a =>
        {
            touched.Actors.Add(a.Id.Value);
            return Row(("id", a.Id.Value), ("name", a.Name), ("kind", Vocabulary.Name(a.Kind)), ("aliases", a.Aliases.ToArray()));
        }), cancellationToken).ConfigureAwait(false);

        await RunBatchesAsync(transaction, CypherCatalog.Store("roles-state"), sourceId, batch.Roles.Select(r =>
        {
            var id = RoleId(r.Person, r.Title, r.Of, r.Since);
            touched.Roles.Add(id);
            return Row(("id", id), ("person", r.Person.Value), ("title", r.Title), ("of", r.Of?.Value), ("since", r.Since), ("until", r.Until));
        }), cancellationToken).ConfigureAwait(false);

        await RunBatchesAsync(transaction, CypherCatalog.Store("claims-create"), sourceId, batch.Relations.Select(r =>
        {
            var key = RelationKey(r.Source, r.Kind, r.Target);
            touched.Relations.Add(key);
            return Row(
                ("relationKey", key), ("from", r.Source.Value), ("type", Vocabulary.Name(r.Kind)), ("to", r.Target.Value),
                ("weight", r.Weight), ("confidence", r.Confidence), ("since", r.Since), ("until", r.Until),
                ("evidence", r.Evidence), ("context", r.Context));
        }), cancellationToken).ConfigureAwait(false);
    }
}
