using System.Data;
using System.Globalization;
using System.Text.Json;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace ActorGraph.Storage.Embedded;

/// <content>Reading the combined graph: from the analysis image, or by merging every source and keeping the image.</content>
internal sealed partial class SqliteGraphStore
{
    public Task<GraphSnapshot> ReadSnapshotAsync(SnapshotFilter? filter = null, CancellationToken cancellationToken = default) =>
        Guard(async () =>
        {
            filter ??= SnapshotFilter.All;
            using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);

            // One read transaction: the snapshot sees one consistent state even while a writer commits.
            using var transaction = connection.BeginTransaction(deferred: true);
            var sources = await ReadSourcesAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            if (ImagePath is not { } imagePath)
            {
                return await AssembleAsync(connection, transaction, sources, filter, cancellationToken).ConfigureAwait(false);
            }

            var fingerprint = AnalysisImage.Fingerprint(sources);
            if (AnalysisImage.TryLoad(imagePath, fingerprint, sources, filter) is { } loaded)
            {
                return loaded;
            }

            // Missing, stale or damaged: merge everything once into the image, then read it like every later read.
            // A read-only folder or a full disk: analyses still work, they merge on every read.
            return await RebuildImageAsync(connection, transaction, sources, imagePath, fingerprint, cancellationToken).ConfigureAwait(false)
                && AnalysisImage.TryLoad(imagePath, fingerprint, sources, filter) is { } rebuilt
                ? rebuilt
                : await AssembleAsync(connection, transaction, sources, filter, cancellationToken).ConfigureAwait(false);
        });

    /// <summary>
    /// Merges every source into the image: actors and roles with <see cref="SnapshotAssembler"/>, relations as columns
    /// (<see cref="RelationMerge"/>), so that a million relations are never a million objects. False when the image
    /// could not be written.
    /// </summary>
    private async Task<bool> RebuildImageAsync(SqliteConnection connection, SqliteTransaction transaction, List<SourceRecord> sources, string imagePath, byte[] fingerprint, CancellationToken cancellationToken)
    {
        var skeleton = await AssembleAsync(connection, transaction, sources, SnapshotFilter.All, cancellationToken, relations: false).ConfigureAwait(false);
        var count = Convert.ToInt32(await ScalarAsync(connection, transaction, "SELECT COUNT(*) FROM relation_assertions;", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        RelationMerge merged;
        using (var reader = await QueryAsync(connection, transaction, RelationQuery, cancellationToken).ConfigureAwait(false))
        {
            merged = RelationMerge.Read(reader, count, sources, skeleton.Actors, cancellationToken);
        }

        try
        {
            AnalysisImage.Write(imagePath, fingerprint, skeleton.Actors, skeleton.Roles, merged);
            Log.ImageWritten(_logger, imagePath, merged.Count);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Log.ImageNotWritten(_logger, imagePath, e);
            return false;
        }
    }

    /// <summary>The analysis image's file, or null when the store keeps none (turned off, or a database in memory).</summary>
    private string? ImagePath =>
        _options.AnalysisImage && _options.Path is not (":memory:" or "") && !_options.Path.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            ? AnalysisImage.PathFor(Path.GetFullPath(_options.Path))
            : null;

    /// <summary>Merges every source's assertions (without relations when <paramref name="relations"/> is false) into the combined graph that <paramref name="filter"/> accepts.</summary>
    private static async Task<GraphSnapshot> AssembleAsync(SqliteConnection connection, SqliteTransaction transaction, List<SourceRecord> sources, SnapshotFilter filter, CancellationToken cancellationToken, bool relations = true)
    {
        var assembler = new SnapshotAssembler();
        foreach (var source in sources)
        {
            assembler.AddSource(source);
        }

        using (var reader = await QueryAsync(connection, transaction, "SELECT source_id, actor_id, name, kind, aliases FROM actor_assertions;", cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var aliases = JsonSerializer.Deserialize(reader.GetString(4), StoreJson.Default.StringArray) ?? [];
                assembler.AddActor(reader.GetString(0), new Actor(ActorId.Parse(reader.GetString(1)), reader.GetString(2), ParseKind(reader.GetString(3)), aliases));
            }
        }

        using (var reader = await QueryAsync(connection, transaction, "SELECT source_id, person_id, title, of_id, since, until FROM role_assertions;", cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                assembler.AddRole(reader.GetString(0), new Role(
                    ActorId.Parse(reader.GetString(1)), reader.GetString(2),
                    reader.IsDBNull(3) ? null : ActorId.Parse(reader.GetString(3)),
                    ReadDate(reader, 4), ReadDate(reader, 5)));
            }
        }

        if (!relations)
        {
            return assembler.Build(filter);
        }

        var count = Convert.ToInt32(await ScalarAsync(connection, transaction, "SELECT COUNT(*) FROM relation_assertions;", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        assembler.EnsureRelationCapacity(count);
        using (var reader = await QueryAsync(connection, transaction, RelationQuery, cancellationToken).ConfigureAwait(false))
        {
            await ReadRelationsAsync(reader, assembler, filter.Kinds, cancellationToken).ConfigureAwait(false);
        }

        return assembler.Build(filter);
    }

    /// <summary>Relation rows with the type as its allowlist index, so a million rows do not allocate a million type names.</summary>
    private static readonly string RelationQuery =
        "SELECT source_id, from_id, CASE kind " +
        string.Concat(Vocabulary.RelationKinds.Select(k => $"WHEN '{Vocabulary.Name(k)}' THEN {(int)k} ")) +
        "ELSE -1 END, to_id, weight, confidence, since, until, context, evidence FROM relation_assertions;";

    /// <summary>
    /// Reads relation rows on this thread while another adds them to the assembler: SQLite's row decoding and the
    /// merge's hashing overlap. Repeated ids and source ids are interned, so the snapshot holds one string each.
    /// </summary>
    private static async Task ReadRelationsAsync(SqliteDataReader reader, SnapshotAssembler assembler, IReadOnlySet<RelationKind>? kinds, CancellationToken cancellationToken)
    {
        const int BatchSize = 4096;
        using var batches = new System.Collections.Concurrent.BlockingCollection<(string Source, Relation Relation)[]>(boundedCapacity: 16);
        // The consumer drains whatever was read; cancellation stops the reading side, and so does a failing
        // consumer, so the reader never waits on a full queue nobody empties.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var consumer = Task.Run(
            () =>
            {
                try
                {
                    foreach (var batch in batches.GetConsumingEnumerable())
                    {
                        foreach (var (source, relation) in batch)
                        {
                            assembler.AddRelation(source, relation);
                        }
                    }
                }
                catch
                {
                    stop.Cancel();
                    throw;
                }
            },
            CancellationToken.None);
        try
        {
            var ids = new Dictionary<string, ActorId>(StringComparer.Ordinal);
            var sources = new Dictionary<string, string>(StringComparer.Ordinal);
            var buffer = new List<(string, Relation)>(BatchSize);
            var rows = 0;
            while (reader.Read())
            {
                if ((++rows & 0xFFFF) == 0)
                {
                    stop.Token.ThrowIfCancellationRequested();
                }

                var index = reader.GetInt32(2);
                if (index < 0 || index >= Vocabulary.RelationKinds.Count)
                {
                    throw new GraphStoreException($"The store holds an unknown relation type in row {rows} of relation_assertions.", "CORRUPT", isTransient: false);
                }

                var kind = (RelationKind)index;
                if (kinds is not null && !kinds.Contains(kind))
                {
                    continue;
                }

                var sourceText = reader.GetString(0);
                if (!sources.TryGetValue(sourceText, out var source))
                {
                    sources[sourceText] = source = sourceText;
                }

                buffer.Add((source, new Relation(
                    Intern(ids, reader.GetString(1)), kind, Intern(ids, reader.GetString(3)),
                    reader.GetDouble(4), reader.GetDouble(5), ReadDate(reader, 6), ReadDate(reader, 7),
                    reader.IsDBNull(8) ? null : reader.GetString(8),
                    reader.IsDBNull(9) ? null : reader.GetString(9))));
                if (buffer.Count == BatchSize)
                {
                    batches.Add([.. buffer], stop.Token);
                    buffer.Clear();
                }
            }

            batches.Add([.. buffer], stop.Token);
        }
        finally
        {
            batches.CompleteAdding();
            // The consumer only touches memory and ends once adding is complete; its failure, if any, is the one reported.
            await consumer.ConfigureAwait(false);
        }
    }

    private static ActorId Intern(Dictionary<string, ActorId> ids, string text)
    {
        if (!ids.TryGetValue(text, out var id))
        {
            ids[text] = id = ActorId.Parse(text);
        }

        return id;
    }

    private static ActorKind ParseKind(string text) =>
        Vocabulary.TryParseKind(text, out var kind) ? kind : throw new GraphStoreException($"The store holds an unknown actor kind '{text}'.", "CORRUPT", isTransient: false);
}
