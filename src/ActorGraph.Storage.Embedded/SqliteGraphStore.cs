using System.Data;
using System.Globalization;
using System.Text.Json;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Core.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace ActorGraph.Storage.Embedded;

/// <summary>The embedded store: one SQLite file in WAL mode, a source written per transaction.</summary>
internal sealed partial class SqliteGraphStore : IGraphStore
{
    private readonly EmbeddedStoreOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly string _connectionString;

    public SqliteGraphStore(EmbeddedStoreOptions options, TimeProvider time, ILogger<SqliteGraphStore> logger)
    {
        _options = options;
        _time = time;
        _logger = logger;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = options.Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
            Pooling = false,
        }.ToString();
    }

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await Guard(async () =>
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(_options.Path));
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }

            using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
            using var transaction = connection.BeginTransaction(deferred: false);
            var version = Convert.ToInt32(await ScalarAsync(connection, transaction, "PRAGMA user_version;", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            if (version > Schema.Version)
            {
                throw new GraphStoreException(
                    $"The store {_options.Path} has schema version {version}, newer than this ActorGraph understands ({Schema.Version}). Upgrade ActorGraph.",
                    "SCHEMA_VERSION", isTransient: false);
            }

            if (version == 0)
            {
                await ExecuteAsync(connection, transaction, Schema.CreateV1, cancellationToken).ConfigureAwait(false);
            }

            if (version < 2)
            {
                // Stores from before the run ledger gain it; nothing else changes.
                await ExecuteAsync(connection, transaction, Schema.UpgradeToV2, cancellationToken).ConfigureAwait(false);
            }

            if (version < 3)
            {
                // Sources learn their origin the next time they are seen.
                await ExecuteAsync(connection, transaction, Schema.UpgradeToV3, cancellationToken).ConfigureAwait(false);
            }

            if (version < 4)
            {
                // Publishers, story fingerprints and the per-run change ledger; older rows have none.
                await ExecuteAsync(connection, transaction, Schema.UpgradeToV4, cancellationToken).ConfigureAwait(false);
            }

            if (version < 5)
            {
                // Relation rows in their key's B-tree only: the index by edge served no query and cost every write two more.
                await ExecuteAsync(connection, transaction, Schema.UpgradeToV5, cancellationToken).ConfigureAwait(false);
            }

            if (version < Schema.Version)
            {
                await ExecuteAsync(connection, transaction, $"PRAGMA user_version = {Schema.Version};", cancellationToken).ConfigureAwait(false);
                Log.SchemaCreated(_logger, Schema.Version, _options.Path);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        }).ConfigureAwait(false);
    }

    public Task<UpsertOutcome> UpsertSourceAsync(SourceDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return UpsertAsync(document.Source, document.ContentHash, document.Origin, document.Relations.Count,
            (connection, transaction, ct) => InsertDocumentAsync(connection, transaction, document, ct), cancellationToken);
    }

    public Task<UpsertOutcome> UpsertSourceAsync(SourceStream source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        return UpsertAsync(source.Source, source.ContentHash, source.Origin, source.Relations,
            (connection, transaction, ct) => InsertBatchesAsync(connection, transaction, source, ct), cancellationToken);
    }

    /// <summary>
    /// Writes a source in one transaction: nothing when its hash is unchanged (but a new origin), else its old
    /// assertions deleted and <paramref name="insertAssertions"/> run. Any failure rolls the whole write back.
    /// </summary>
    private Task<UpsertOutcome> UpsertAsync(
        SourceInfo source, string contentHash, SourceOrigin? newOrigin, int relations,
        Func<SqliteConnection, SqliteTransaction, CancellationToken, Task> insertAssertions, CancellationToken cancellationToken) =>
        Guard(async () =>
        {
            using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            if (relations > 10_000)
            {
                // A large source touches many pages of the indexes: keep them in memory for this connection, 64 MiB,
                // or 128 MiB past half a million relations (a streamed source's rows come in file order, not key
                // order, and land all over the relation B-tree: at two million, twice the cache writes 25% faster).
                var kib = relations > 500_000 ? 131_072 : 65_536;
                await ExecuteAsync(connection, null, $"PRAGMA cache_size = -{kib};", cancellationToken).ConfigureAwait(false);
            }

            using var transaction = connection.BeginTransaction(deferred: false);
            var id = source.Id;
            string? existingHash = null;
            SourceOrigin? existingOrigin = null;
            using (var reader = await QueryAsync(connection, transaction, "SELECT content_hash, origin_kind, origin FROM sources WHERE id = $id;", cancellationToken, ("$id", id)).ConfigureAwait(false))
            {
                if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    existingHash = reader.GetString(0);
                    existingOrigin = ReadOrigin(reader, 1);
                }
            }

            var origin = newOrigin ?? existingOrigin;
            if (existingHash == contentHash)
            {
                if (origin == existingOrigin)
                {
                    await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    // Same assertions from another place (a moved file, or one first seen since the upgrade): only the origin changes.
                    await ExecuteAsync(connection, transaction, "UPDATE sources SET origin_kind = $kind, origin = $origin WHERE id = $id;", cancellationToken,
                        ("$id", id), ("$kind", OriginKind(origin)), ("$origin", origin?.Location)).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    Log.OriginRecorded(_logger, id, origin);
                }

                Log.SourceWritten(_logger, id, UpsertOutcome.Unchanged);
                return UpsertOutcome.Unchanged;
            }

            await DeleteSourceAsync(connection, transaction, id, cancellationToken).ConfigureAwait(false);
            await InsertSourceAsync(connection, transaction, source, contentHash, origin, cancellationToken).ConfigureAwait(false);
            await insertAssertions(connection, transaction, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            var outcome = existingHash is null ? UpsertOutcome.Added : UpsertOutcome.Updated;
            Log.SourceWritten(_logger, id, outcome);
            return outcome;
        });

    public Task<bool> RetractSourceAsync(string sourceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sourceId);
        return Guard(async () =>
        {
            using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            using var transaction = connection.BeginTransaction(deferred: false);
            var removed = await DeleteSourceAsync(connection, transaction, sourceId, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            if (removed)
            {
                Log.SourceRetracted(_logger, sourceId);
            }

            return removed;
        });
    }

    public Task<IReadOnlyList<SourceRecord>> ListSourcesAsync(CancellationToken cancellationToken = default) =>
        Guard(async () =>
        {
            using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            return (IReadOnlyList<SourceRecord>)await ReadSourcesAsync(connection, null, cancellationToken).ConfigureAwait(false);
        });

    public Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
        Guard(async () =>
        {
            using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            using var reader = await QueryAsync(connection, null, """
                SELECT
                    (SELECT COUNT(DISTINCT actor_id) FROM actor_assertions),
                    (SELECT COUNT(*) FROM (SELECT DISTINCT person_id, title_key, of_id, since FROM role_assertions)),
                    (SELECT COUNT(*) FROM (SELECT DISTINCT from_id, kind, to_id FROM relation_assertions)),
                    (SELECT COUNT(*) FROM sources);
                """, cancellationToken).ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            return new StoreStatistics(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3));
        });

    public Task RecordRunAsync(RunRecord run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        return Guard(async () =>
        {
            using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            using var transaction = connection.BeginTransaction(deferred: false);
            if (run.RelationState is not null)
            {
                // Only the latest run's relations are the next cycle's baseline.
                await ExecuteAsync(connection, transaction, "UPDATE runs SET relation_state = NULL WHERE relation_state IS NOT NULL;", cancellationToken).ConfigureAwait(false);
            }

            await ExecuteAsync(connection, transaction,
                "INSERT INTO runs (started, ended, exit_code, added, updated, unchanged, rejected, failed, retracted, errors, changes, relation_state) VALUES ($s, $e, $x, $a, $u, $n, $r, $f, $t, $errors, $changes, $state);",
                cancellationToken,
                ("$s", run.Started.ToString("O", CultureInfo.InvariantCulture)), ("$e", run.Ended.ToString("O", CultureInfo.InvariantCulture)),
                ("$x", run.ExitCode), ("$a", run.Added), ("$u", run.Updated), ("$n", run.Unchanged), ("$r", run.Rejected), ("$f", run.Failed),
                ("$t", run.Retracted), ("$errors", JsonSerializer.Serialize(run.Errors.ToArray(), StoreJson.Default.StringArray)),
                ("$changes", RelationChange.Serialize(run.Changes)), ("$state", run.RelationState)).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        });
    }

    public Task<IReadOnlyList<RunRecord>> ListRunsAsync(int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return Guard(async () =>
        {
            using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            using var command = Command(connection, null,
                "SELECT started, ended, exit_code, added, updated, unchanged, rejected, failed, retracted, errors, id, changes, relation_state FROM runs ORDER BY started DESC, id DESC LIMIT $limit;",
                [("$limit", limit)]);
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var runs = new List<RunRecord>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                runs.Add(new RunRecord(
                    DateTimeOffset.Parse(reader.GetString(0), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                    DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                    reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7), reader.GetInt32(8),
                    JsonSerializer.Deserialize(reader.GetString(9), StoreJson.Default.StringArray) ?? [])
                {
                    Number = reader.GetInt64(10),
                    Changes = RelationChange.Parse(reader.IsDBNull(11) ? null : reader.GetString(11)),
                    RelationState = reader.IsDBNull(12) ? null : reader.GetString(12),
                });
            }

            return (IReadOnlyList<RunRecord>)runs;
        });
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, null, $"PRAGMA busy_timeout = {(int)_options.BusyTimeout.TotalMilliseconds};", cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task<bool> DeleteSourceAsync(SqliteConnection connection, SqliteTransaction transaction, string id, CancellationToken cancellationToken)
    {
        // The assertion tables cascade from sources; deleting them first keeps the work independent of the pragma.
        foreach (var table in new[] { "relation_assertions", "role_assertions", "actor_assertions" })
        {
            await ExecuteAsync(connection, transaction, $"DELETE FROM {table} WHERE source_id = $id;", cancellationToken, ("$id", id)).ConfigureAwait(false);
        }

        return await ExecuteAsync(connection, transaction, "DELETE FROM sources WHERE id = $id;", cancellationToken, ("$id", id)).ConfigureAwait(false) > 0;
    }

    private async Task InsertSourceAsync(SqliteConnection connection, SqliteTransaction transaction, SourceInfo source, string contentHash, SourceOrigin? origin, CancellationToken cancellationToken) =>
        await ExecuteAsync(connection, transaction,
            "INSERT INTO sources (id, title, url, published, content_hash, ingested_at, origin_kind, origin, publisher, fingerprint) VALUES ($id, $title, $url, $published, $hash, $at, $kind, $origin, $publisher, $fingerprint);",
            cancellationToken,
            ("$id", source.Id), ("$title", source.Title), ("$url", source.Url?.OriginalString), ("$published", FormatDate(source.Published)),
            ("$publisher", source.Publisher), ("$fingerprint", source.Fingerprint),
            ("$hash", contentHash), ("$at", _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)),
            ("$kind", OriginKind(origin)), ("$origin", origin?.Location)).ConfigureAwait(false);

    private static async Task InsertDocumentAsync(SqliteConnection connection, SqliteTransaction transaction, SourceDocument document, CancellationToken cancellationToken)
    {
        using var rows = new AssertionRows(connection, transaction, document.Source.Id);
        rows.WriteActors(document.Actors);
        await rows.WriteRolesAsync(document.Roles, cancellationToken).ConfigureAwait(false);

        // In key order, each row lands beside the previous one in the table and its key index: a million relations
        // are written in seconds instead of scattering over every page.
        rows.Relations.WriteAll(document.RelationsInKeyOrder(), cancellationToken);
    }

    private static async Task InsertBatchesAsync(SqliteConnection connection, SqliteTransaction transaction, SourceStream source, CancellationToken cancellationToken)
    {
        using var rows = new AssertionRows(connection, transaction, source.Source.Id);
        await foreach (var batch in source.ReadBatchesAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.WriteActors(batch.Actors);
            await rows.WriteRolesAsync(batch.Roles, cancellationToken).ConfigureAwait(false);

            // Each batch in key order: rows of one batch land near each other.
            rows.Relations.WriteAll(batch.Relations.Order(RelationKeyComparer.Instance), cancellationToken);
        }
    }

    private static async Task<List<SourceRecord>> ReadSourcesAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        var sources = new List<SourceRecord>();
        using var reader = await QueryAsync(connection, transaction, "SELECT id, title, url, published, content_hash, ingested_at, origin_kind, origin, publisher, fingerprint FROM sources ORDER BY id;", cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var info = new SourceInfo(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.IsDBNull(2) ? null : new Uri(reader.GetString(2), UriKind.Absolute),
                ReadDate(reader, 3),
                reader.IsDBNull(8) ? null : reader.GetString(8),
                reader.IsDBNull(9) ? null : reader.GetString(9));
            sources.Add(new SourceRecord(info, reader.GetString(4), DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), ReadOrigin(reader, 6)));
        }

        return sources;
    }

    private static SourceOrigin? ReadOrigin(SqliteDataReader reader, int kindOrdinal) =>
        SourceOrigin.Parse(reader.IsDBNull(kindOrdinal) ? null : reader.GetString(kindOrdinal), reader.IsDBNull(kindOrdinal + 1) ? null : reader.GetString(kindOrdinal + 1));

    private static string? OriginKind(SourceOrigin? origin) => origin is null ? null : SourceOrigin.Name(origin.Kind);

    private static string? FormatDate(DateOnly? date) => IsoDate.Format(date);

    private static DateOnly? ReadDate(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : IsoDate.Parse(reader.GetString(ordinal));

    /// <summary>Turns SQLite failures into <see cref="GraphStoreException"/>s that say whether retrying may help.</summary>
    private async Task<T> Guard<T>(Func<Task<T>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (SqliteException e)
        {
            // SQLITE_BUSY (5) and SQLITE_LOCKED (6): another writer holds the file; trying again may succeed.
            var transient = e.SqliteErrorCode is 5 or 6;
            throw new GraphStoreException($"The embedded store {_options.Path} failed: {e.Message}", $"SQLITE_{e.SqliteErrorCode}", transient, e);
        }
    }
}
