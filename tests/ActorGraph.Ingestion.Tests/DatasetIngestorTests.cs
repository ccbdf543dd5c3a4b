using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Storage.Embedded;
using ActorGraph.Testing;

namespace ActorGraph.Ingestion.Tests;

public sealed partial class DatasetIngestorTests : IAsyncLifetime
{
    private TemporaryStore _temporary = null!;

    private string Folder => _temporary.Folder;

    private IGraphStore Store => _temporary.Store;

    public async Task InitializeAsync() => _temporary = await TemporaryStore.CreateAsync("actorgraph-ingest-");

    public async Task DisposeAsync() => await _temporary.DisposeAsync();

    [Fact]
    public async Task Ingest_OneBadFileAmongGoodOnes_RejectsItWritesNothingOfItAndIngestsTheRest()
    {
        var data = Directory.CreateDirectory(Path.Combine(Folder, "data")).FullName;
        await File.WriteAllTextAsync(Path.Combine(data, "a.yaml"), "source: { id: a }\nactors:\n  - { name: A, kind: person }\n  - { name: B, kind: person }\nrelations:\n  - { source: A, type: LEADS, target: B }\n");
        await File.WriteAllTextAsync(Path.Combine(data, "b.yaml"), "source: { id: b }\nactors:\n  - { name: C, kind: person }\n  - { name: D, kind: person }\nrelations:\n  - { source: C, type: LEADS, target: D }\n  - { source: C, type: LEADS, target: E }\n");
        await File.WriteAllTextAsync(Path.Combine(data, "c.json"), "{\"source\": {\"id\": \"c\"}, \"actors\": [{\"name\": \"F\", \"kind\": \"country\"}]}");
        await File.WriteAllTextAsync(Path.Combine(data, "notes.csv"), "ignored: folders take datasets and articles only");

        var report = await new DatasetIngestor(Store).IngestAsync([data]);

        Assert.Equal([SourceOutcome.Added, SourceOutcome.Rejected, SourceOutcome.Added], report.Results.Select(r => r.Outcome));
        Assert.Equal(IngestStatus.SomeRejected, report.Status);
        var error = Assert.Single(report.Results[1].Errors);
        Assert.Equal((7, "relations[1].target"), (error.Line, error.Field));
        var snapshot = await Store.ReadSnapshotAsync();
        Assert.Equal(["a", "c"], snapshot.Sources.Select(s => s.Info.Id));
        Assert.Null(snapshot.Find(ActorId.FromName("C")));
    }

    [Fact]
    public async Task Ingest_Twice_SecondRunReportsUnchangedAndExitsZero()
    {
        var file = Path.Combine(Folder, "a.yaml");
        await File.WriteAllTextAsync(file, "actors:\n  - { name: A, kind: person }\n");
        var ingestor = new DatasetIngestor(Store);

        var first = await ingestor.IngestAsync([file]);
        var second = await ingestor.IngestAsync([file]);
        await File.WriteAllTextAsync(file, "actors:\n  - { name: A, kind: person, aliases: [Ay] }\n");
        var third = await ingestor.IngestAsync([file]);

        Assert.Equal(SourceOutcome.Added, first.Results.Single().Outcome);
        Assert.Equal(SourceOutcome.Unchanged, second.Results.Single().Outcome);
        Assert.Equal(SourceOutcome.Updated, third.Results.Single().Outcome);
        Assert.Equal(IngestStatus.Succeeded, second.Status);
    }

    [Fact]
    public async Task Ingest_TwoFilesClaimingOneSourceId_RejectsTheSecondAsAConflictNamingBoth()
    {
        var a = Path.Combine(Folder, "a.yaml");
        var b = Path.Combine(Folder, "b.yaml");
        await File.WriteAllTextAsync(a, "source: { id: same }\nactors:\n  - { name: A, kind: person }\n");
        await File.WriteAllTextAsync(b, "source: { id: same }\nactors:\n  - { name: B, kind: person }\n");

        var report = await new DatasetIngestor(Store).IngestAsync([a, b]);

        Assert.Equal([SourceOutcome.Added, SourceOutcome.Rejected], report.Results.Select(r => r.Outcome));
        Assert.Equal(
            $"{b}:1: source.id: conflict: 'same' is also the source id of {a}, which keeps the source (it was found first) until one of the two files changes its id or is removed",
            report.Results[1].Errors.Single().ToString());
        Assert.NotNull((await Store.ReadSnapshotAsync()).Find(ActorId.FromName("A")));
    }

    [Fact]
    public async Task Ingest_TwoFilesClaimingOneSourceId_TheFileTheStoreRecordsKeepsIt()
    {
        var a = Path.Combine(Folder, "a.yaml");
        var b = Path.Combine(Folder, "b.yaml");
        await File.WriteAllTextAsync(b, "source: { id: same }\nactors:\n  - { name: B, kind: person }\n");
        await new DatasetIngestor(Store).IngestAsync([b]);
        await File.WriteAllTextAsync(a, "source: { id: same }\nactors:\n  - { name: A, kind: person }\n");

        var report = await new DatasetIngestor(Store).IngestAsync([a, b]);

        Assert.Equal([SourceOutcome.Rejected, SourceOutcome.Unchanged], report.Results.Select(r => r.Outcome));
        Assert.Contains($"also the source id of {b}, which keeps the source (the store records it as the source's origin)", report.Results[0].Errors.Single().Message, StringComparison.Ordinal);
        var snapshot = await Store.ReadSnapshotAsync();
        Assert.Null(snapshot.Find(ActorId.FromName("A")));
        Assert.Equal(new SourceOrigin(SourceOriginKind.File, b), Assert.Single(snapshot.Sources).Origin);
    }

    [Fact]
    public async Task Ingest_SameFileNamedTwice_IsReadAndWrittenOnce()
    {
        var a = Path.Combine(Folder, "a.yaml");
        await File.WriteAllTextAsync(a, "source: { id: once }\nactors:\n  - { name: A, kind: person }\n");

        var report = await new DatasetIngestor(Store).IngestAsync([a, Folder]);

        Assert.Equal(SourceOutcome.Added, Assert.Single(report.Results).Outcome);
    }

    [Fact]
    public async Task Ingest_MissingPath_IsRejectedWithItsName()
    {
        var missing = Path.Combine(Folder, "nope.yaml");

        var report = await new DatasetIngestor(Store).IngestAsync([missing]);

        Assert.Equal($"{missing}:1: file: no such file or folder", report.Results.Single().Errors.Single().ToString());
        Assert.Equal(IngestStatus.SomeRejected, report.Status);
    }

    [Fact]
    public async Task Ingest_BundledSamples_AllLoadAndConnectAcrossSources()
    {
        var samples = Repository.File("samples");

        var report = await new DatasetIngestor(Store).IngestAsync([samples]);

        Assert.Equal(IngestStatus.Succeeded, report.Status);
        Assert.True(report.Results.Count >= 4);
        var snapshot = await Store.ReadSnapshotAsync();
        var shared = snapshot.Actors.Where(a => a.Sources.Count >= 3).Select(a => a.Name).ToList();
        Assert.Contains("Russia", shared);
        Assert.Contains("Vladimir Putin", shared);
        Assert.All(snapshot.Relations, r => Assert.All(r.Provenance, p => Assert.False(string.IsNullOrWhiteSpace(p.Evidence))));
    }

    [Theory]
    [InlineData("samples/articles/a.txt", "samples/articles/a.txt")]
    [InlineData("./samples//articles/./a.txt", "samples/articles/a.txt")]
    [InlineData("samples/x/../a.yaml", "samples/a.yaml")]
    [InlineData("../shared/a.yaml", "../shared/a.yaml")]
    [InlineData("/srv/data/a.yaml", "/srv/data/a.yaml")]
    [InlineData("samples\\articles\\a.txt", "samples/articles/a.txt")]
    public void DefaultSourceId_NoRoot_IsThePathAsGivenWithForwardSlashes(string path, string expected)
    {
        Assert.Equal(expected, DatasetIngestor.DefaultSourceId(path));
    }

    [Theory]
    [InlineData("/srv/feeds", "/srv/feeds/data/a.yaml", "data/a.yaml")]
    [InlineData("/srv/feeds/", "/srv/feeds/data/../a.yaml", "a.yaml")]
    [InlineData("/srv/feeds", "/srv/other/a.yaml", "../other/a.yaml")]
    public void DefaultSourceId_WithRoot_IsThePathRelativeToTheRoot(string root, string path, string expected)
    {
        Assert.Equal(expected, DatasetIngestor.DefaultSourceId(path, root));
    }

    [Fact]
    public async Task Ingest_WithSourceRoot_NamesSourcesRelativeToItWhateverTheWorkingFolder()
    {
        var data = Directory.CreateDirectory(Path.Combine(Folder, "data")).FullName;
        await File.WriteAllTextAsync(Path.Combine(data, "a.yaml"), "actors:\n  - { name: A, kind: person }\n");

        var rooted = await new DatasetIngestor(Store) { SourceRoot = Folder }.IngestAsync([data]);
        var asGiven = await new DatasetIngestor(Store).IngestAsync([data]);

        Assert.Equal("data/a.yaml", Assert.Single(rooted.Results).SourceId);
        Assert.Equal(Path.Combine(data, "a.yaml").Replace('\\', '/'), Assert.Single(asGiven.Results).SourceId);
    }
}
