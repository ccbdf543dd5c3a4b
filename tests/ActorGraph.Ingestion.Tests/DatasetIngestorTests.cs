using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Storage.Embedded;
using ActorGraph.Testing;

namespace ActorGraph.Ingestion.Tests;

public sealed partial class DatasetIngestorTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("actorgraph-ingest-").FullName;
    private IGraphStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = EmbeddedGraphStore.Create(new EmbeddedStoreOptions { Path = Path.Combine(_folder, "store.db") });
        await _store.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Ingest_OneBadFileAmongGoodOnes_RejectsItWritesNothingOfItAndIngestsTheRest()
    {
        var data = Directory.CreateDirectory(Path.Combine(_folder, "data")).FullName;
        await File.WriteAllTextAsync(Path.Combine(data, "a.yaml"), "source: { id: a }\nactors:\n  - { name: A, kind: person }\n  - { name: B, kind: person }\nrelations:\n  - { source: A, type: LEADS, target: B }\n");
        await File.WriteAllTextAsync(Path.Combine(data, "b.yaml"), "source: { id: b }\nactors:\n  - { name: C, kind: person }\n  - { name: D, kind: person }\nrelations:\n  - { source: C, type: LEADS, target: D }\n  - { source: C, type: LEADS, target: E }\n");
        await File.WriteAllTextAsync(Path.Combine(data, "c.json"), "{\"source\": {\"id\": \"c\"}, \"actors\": [{\"name\": \"F\", \"kind\": \"country\"}]}");
        await File.WriteAllTextAsync(Path.Combine(data, "notes.csv"), "ignored: folders take datasets and articles only");

        var report = await new DatasetIngestor(_store).IngestAsync([data]);

        Assert.Equal([SourceOutcome.Added, SourceOutcome.Rejected, SourceOutcome.Added], report.Results.Select(r => r.Outcome));
        Assert.Equal(IngestReport.SomeRejected, report.ExitCode);
        var error = Assert.Single(report.Results[1].Errors);
        Assert.Equal((7, "relations[1].target"), (error.Line, error.Field));
        var snapshot = await _store.ReadSnapshotAsync();
        Assert.Equal(["a", "c"], snapshot.Sources.Select(s => s.Info.Id));
        Assert.Null(snapshot.Find(ActorId.FromName("C")));
    }

    [Fact]
    public async Task Ingest_Twice_SecondRunReportsUnchangedAndExitsZero()
    {
        var file = Path.Combine(_folder, "a.yaml");
        await File.WriteAllTextAsync(file, "actors:\n  - { name: A, kind: person }\n");
        var ingestor = new DatasetIngestor(_store);

        var first = await ingestor.IngestAsync([file]);
        var second = await ingestor.IngestAsync([file]);
        await File.WriteAllTextAsync(file, "actors:\n  - { name: A, kind: person, aliases: [Ay] }\n");
        var third = await ingestor.IngestAsync([file]);

        Assert.Equal(SourceOutcome.Added, first.Results.Single().Outcome);
        Assert.Equal(SourceOutcome.Unchanged, second.Results.Single().Outcome);
        Assert.Equal(SourceOutcome.Updated, third.Results.Single().Outcome);
        Assert.Equal(IngestReport.Success, second.ExitCode);
    }

    [Fact]
    public async Task Ingest_TwoFilesClaimingOneSourceId_RejectsTheSecond()
    {
        var a = Path.Combine(_folder, "a.yaml");
        var b = Path.Combine(_folder, "b.yaml");
        await File.WriteAllTextAsync(a, "source: { id: same }\nactors:\n  - { name: A, kind: person }\n");
        await File.WriteAllTextAsync(b, "source: { id: same }\nactors:\n  - { name: B, kind: person }\n");

        var report = await new DatasetIngestor(_store).IngestAsync([a, b]);

        Assert.Equal([SourceOutcome.Added, SourceOutcome.Rejected], report.Results.Select(r => r.Outcome));
        Assert.Equal("source.id", report.Results[1].Errors.Single().Field);
        Assert.NotNull((await _store.ReadSnapshotAsync()).Find(ActorId.FromName("A")));
    }

    [Fact]
    public async Task Ingest_MissingPath_IsRejectedWithItsName()
    {
        var missing = Path.Combine(_folder, "nope.yaml");

        var report = await new DatasetIngestor(_store).IngestAsync([missing]);

        Assert.Equal($"{missing}:1: file: no such file or folder", report.Results.Single().Errors.Single().ToString());
        Assert.Equal(IngestReport.SomeRejected, report.ExitCode);
    }

    [Fact]
    public async Task Ingest_BundledSamples_AllLoadAndConnectAcrossSources()
    {
        var samples = Repository.File("samples");

        var report = await new DatasetIngestor(_store).IngestAsync([samples]);

        Assert.Equal(IngestReport.Success, report.ExitCode);
        Assert.True(report.Results.Count >= 4);
        var snapshot = await _store.ReadSnapshotAsync();
        var shared = snapshot.Actors.Where(a => a.Sources.Count >= 3).Select(a => a.Name).ToList();
        Assert.Contains("Russia", shared);
        Assert.Contains("Vladimir Putin", shared);
        Assert.All(snapshot.Relations, r => Assert.All(r.Provenance, p => Assert.False(string.IsNullOrWhiteSpace(p.Evidence))));
    }
}
