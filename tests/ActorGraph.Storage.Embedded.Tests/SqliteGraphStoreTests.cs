using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace ActorGraph.Storage.Embedded.Tests;

public sealed class SqliteGraphStoreContractTests : GraphStoreContract, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var store = EmbeddedGraphStore.Create(new EmbeddedStoreOptions { Path = _folder.File("contract.db") });
        await store.InitializeAsync();
        return store;
    }

    public void Dispose() => _folder.Dispose();
}

public sealed class SqliteGraphStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task ReadSnapshot_AfterReopeningTheFile_SeesWhatWasWritten()
    {
        var path = _folder.File("reopen.db");
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
        await using (var first = EmbeddedGraphStore.Create(new EmbeddedStoreOptions { Path = path }, time))
        {
            await first.InitializeAsync();
            await first.UpsertSourceAsync(Documents.Riyadh());
        }

        await using var second = EmbeddedGraphStore.Create(new EmbeddedStoreOptions { Path = path });
        await second.InitializeAsync();
        var source = Assert.Single(await second.ListSourcesAsync());
        Assert.Equal(time.GetUtcNow(), source.IngestedAt);
        Assert.Equal(Documents.Riyadh().ContentHash, source.ContentHash);
        Assert.Equal(new StoreStatistics(6, 1, 4, 1), await second.GetStatisticsAsync());
    }

    [Fact]
    public async Task Initialize_StoreFromVersion1_GainsTheRunLedgerAndKeepsItsSources()
    {
        var path = _folder.File("v1.db");
        await using (var store = EmbeddedGraphStore.Create(new EmbeddedStoreOptions { Path = path }))
        {
            await store.InitializeAsync();
            await store.UpsertSourceAsync(Documents.Riyadh());
        }

        Sql(path, "DROP TABLE runs; ALTER TABLE sources DROP COLUMN origin; ALTER TABLE sources DROP COLUMN origin_kind; "
            + "ALTER TABLE sources DROP COLUMN publisher; ALTER TABLE sources DROP COLUMN fingerprint; PRAGMA user_version = 1;");

        await using var upgraded = EmbeddedGraphStore.Create(new EmbeddedStoreOptions { Path = path });
        await upgraded.InitializeAsync();
        await upgraded.RecordRunAsync(new RunRecord(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, 0, 1, 0, 0, 0, 0, 0, []));

        Assert.Single(await upgraded.ListRunsAsync(5));
        Assert.Equal(["riyadh"], (await upgraded.ListSourcesAsync()).Select(s => s.Info.Id));
    }

    [Fact]
    public async Task Initialize_StoreFromVersion3_KeepsSourcesAndRunsAndFirstChangesSetOnlyABaseline()
    {
        var path = _folder.File("v3.db");
        await using (var store = EmbeddedGraphStore.Create(new EmbeddedStoreOptions { Path = path }))
        {
            await store.InitializeAsync();
            await store.UpsertSourceAsync(Documents.Riyadh());
            await store.RecordRunAsync(new RunRecord(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, 0, 1, 0, 0, 0, 0, 0, []));
        }

        Sql(path, "ALTER TABLE sources DROP COLUMN publisher; ALTER TABLE sources DROP COLUMN fingerprint; "
            + "ALTER TABLE runs DROP COLUMN changes; ALTER TABLE runs DROP COLUMN relation_state; PRAGMA user_version = 3;");

        await using var upgraded = EmbeddedGraphStore.Create(new EmbeddedStoreOptions { Path = path });
        await upgraded.InitializeAsync();
        var run = Assert.Single(await upgraded.ListRunsAsync(5));
        var source = Assert.Single(await upgraded.ListSourcesAsync());

        Assert.Equal(5L, Sql(path, "PRAGMA user_version;"));
        Assert.Equal((1L, 0, (string?)null), (run.Number, run.Changes.Count, run.RelationState));
        Assert.Equal(("riyadh", (string?)null, (string?)null), (source.Info.Id, source.Info.Publisher, source.Info.Fingerprint));
        Assert.Equal(Documents.Riyadh().ContentHash, source.ContentHash);
    }

    [Fact]
    public async Task Initialize_StoreFromVersion2_KeepsItsDataAndSourcesLearnTheirOriginWhenSeen()
    {
        // A store exactly as version 2 (before origins) wrote it, built here so the test does not depend on Schema.cs.
        var path = _folder.File("v2.db");
        Sql(path, """
                CREATE TABLE sources (id TEXT PRIMARY KEY, title TEXT, url TEXT, published TEXT, content_hash TEXT NOT NULL, ingested_at TEXT NOT NULL) STRICT;
                CREATE TABLE actor_assertions (source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE, actor_id TEXT NOT NULL, name TEXT NOT NULL,
                    kind TEXT NOT NULL, aliases TEXT NOT NULL, PRIMARY KEY (source_id, actor_id)) STRICT;
                CREATE INDEX actor_assertions_actor ON actor_assertions(actor_id);
                CREATE TABLE role_assertions (source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE, ordinal INTEGER NOT NULL, person_id TEXT NOT NULL,
                    title TEXT NOT NULL, title_key TEXT NOT NULL, of_id TEXT, since TEXT, until TEXT, PRIMARY KEY (source_id, ordinal)) STRICT;
                CREATE INDEX role_assertions_person ON role_assertions(person_id);
                CREATE TABLE relation_assertions (source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE, from_id TEXT NOT NULL, kind TEXT NOT NULL,
                    to_id TEXT NOT NULL, weight REAL NOT NULL, confidence REAL NOT NULL, since TEXT, until TEXT, context TEXT, evidence TEXT,
                    PRIMARY KEY (source_id, from_id, kind, to_id)) STRICT;
                CREATE INDEX relation_assertions_edge ON relation_assertions(from_id, kind, to_id);
                CREATE TABLE runs (id INTEGER PRIMARY KEY, started TEXT NOT NULL, ended TEXT NOT NULL, exit_code INTEGER NOT NULL, added INTEGER NOT NULL,
                    updated INTEGER NOT NULL, unchanged INTEGER NOT NULL, rejected INTEGER NOT NULL, failed INTEGER NOT NULL, retracted INTEGER NOT NULL,
                    errors TEXT NOT NULL) STRICT;
                CREATE INDEX runs_started ON runs(started);
                PRAGMA user_version = 2;
                INSERT INTO sources VALUES ('riyadh', 'Riyadh talks', 'https://example.org/riyadh', '2025-02-18', $hash, '2026-01-02T03:04:05.0000000+00:00');
                INSERT INTO actor_assertions VALUES ('riyadh', 'marco-rubio', 'Marco Rubio', 'person', '["Rubio"]');
                INSERT INTO actor_assertions VALUES ('riyadh', 'us-delegation', 'US delegation', 'group', '[]');
                INSERT INTO relation_assertions VALUES ('riyadh', 'marco-rubio', 'LEADS', 'us-delegation', 0.9, 1.0, '2025-02-18', NULL, NULL, 'Rubio led the American delegation.');
                INSERT INTO runs (started, ended, exit_code, added, updated, unchanged, rejected, failed, retracted, errors)
                    VALUES ('2026-01-02T03:04:05.0000000+00:00', '2026-01-02T03:04:06.0000000+00:00', 0, 1, 0, 0, 0, 0, 0, '[]');
                """, ("$hash", Documents.Riyadh().ContentHash));

        await using var upgraded = EmbeddedGraphStore.Create(new EmbeddedStoreOptions { Path = path });
        await upgraded.InitializeAsync();
        var kept = Assert.Single(await upgraded.ListSourcesAsync());
        var snapshot = await upgraded.ReadSnapshotAsync();
        var origin = new SourceOrigin(SourceOriginKind.File, "/data/riyadh.yaml");
        var outcome = await upgraded.UpsertSourceAsync(Documents.Riyadh().WithOrigin(origin));
        var seen = Assert.Single(await upgraded.ListSourcesAsync());

        Assert.Equal(("riyadh", "Riyadh talks", (SourceOrigin?)null), (kept.Info.Id, kept.Info.Title, kept.Origin));
        Assert.Equal("Rubio led the American delegation.", Assert.Single(snapshot.Relations).Provenance.Single().Evidence);
        Assert.Single(await upgraded.ListRunsAsync(5));
        Assert.Equal(UpsertOutcome.Unchanged, outcome);
        Assert.Equal((origin, kept.IngestedAt), (seen.Origin, seen.IngestedAt));
        Assert.Equal(5L, Sql(path, "PRAGMA user_version;"));
        Assert.Equal(0L, Sql(path, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'relation_assertions_edge';"));
        Assert.Equal(1L, Sql(path, "SELECT wr FROM pragma_table_list WHERE name = 'relation_assertions';"));
        Assert.Equal(1L, Assert.Single(await upgraded.ListRunsAsync(5)).Number);
    }

    [Fact]
    public async Task ReadSnapshot_ManyRelationsAcrossReadBatches_ReadsEveryOneOnceAndFilters()
    {
        var ids = Enumerable.Range(0, 300).Select(i => ActorId.Parse($"a{i}")).ToList();
        var relations = new List<Relation>();
        for (var i = 0; i < 10_000; i++)
        {
            var kind = (RelationKind)(i % 4);
            relations.Add(new Relation(ids[i % 300], kind, ids[(i / 300) % 300 == i % 300 ? (i + 1) % 300 : (i / 300) % 300], 0.5, 0.5, null, null, null, $"sentence {i}"));
        }

        var distinct = relations.DistinctBy(r => (r.Source, r.Kind, r.Target)).ToList();
        var document = new SourceDocument(new SourceInfo("many", null, null, null), [.. ids.Select(id => Documents.Person(id, id.Value))], [], distinct);
        await using var store = EmbeddedGraphStore.Create(new EmbeddedStoreOptions { Path = _folder.File("many.db") });
        await store.InitializeAsync();
        await store.UpsertSourceAsync(document);

        var all = await store.ReadSnapshotAsync();
        var advises = await store.ReadSnapshotAsync(new SnapshotFilter { Kinds = new HashSet<RelationKind> { RelationKind.Advises } });

        Assert.True(distinct.Count > 4096 * 2, $"only {distinct.Count} relations");
        Assert.Equal(distinct.Count, all.Relations.Count);
        Assert.Equal(
            distinct.Select(r => $"{r.Source}|{r.Kind}|{r.Target}|{r.Evidence}").Order(StringComparer.Ordinal),
            all.Relations.Select(r => $"{r.Source}|{r.Kind}|{r.Target}|{r.Provenance.Single().Evidence}").Order(StringComparer.Ordinal));
        Assert.Equal(distinct.Count(r => r.Kind == RelationKind.Advises), advises.Relations.Count);
        Assert.All(advises.Relations, r => Assert.Equal(RelationKind.Advises, r.Kind));
    }

    [Fact]
    public async Task Initialize_FileFromNewerVersion_FailsWithClearMessage()
    {
        var path = _folder.File("newer.db");
        Sql(path, "PRAGMA user_version = 99;");

        await using var store = EmbeddedGraphStore.Create(new EmbeddedStoreOptions { Path = path });
        var error = await Assert.ThrowsAsync<GraphStoreException>(() => store.InitializeAsync());

        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task UpsertSource_WhileAnotherWriterHoldsTheLock_FailsTransientAndWritesNothing()
    {
        var path = _folder.File("locked.db");
        await using var store = EmbeddedGraphStore.Create(new EmbeddedStoreOptions { Path = path, BusyTimeout = TimeSpan.FromMilliseconds(200) });
        await store.InitializeAsync();
        using var blocker = new SqliteConnection($"Data Source={path};Pooling=False");
        blocker.Open();
        using var transaction = blocker.BeginTransaction(deferred: false);

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => store.UpsertSourceAsync(Documents.Riyadh()));
        transaction.Rollback();

        Assert.True(error.IsTransient);
        Assert.Equal("SQLITE_5", error.Code);
        Assert.Equal(0, (await store.GetStatisticsAsync()).Sources);
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>Runs SQL on the file directly, as another program would; returns the first value of the last statement's first row.</summary>
    private static object? Sql(string path, string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command.ExecuteScalar();
    }
}

internal sealed class TempFolder : IDisposable
{
    private readonly string _path = Directory.CreateTempSubdirectory("actorgraph-test-").FullName;

    public string File(string name) => Path.Combine(_path, name);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_path, recursive: true);
    }
}
