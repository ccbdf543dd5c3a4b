using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Ingestion;
using ActorGraph.Storage.Embedded;
using ActorGraph.Storage.Neo4j;
using ActorGraph.Testing;
using ActorGraph.Testing.Neo4j;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorGraph.Worker.Tests;

/// <summary>
/// Which sources a cycle retracts, judged by the file each was last read from; every case runs against the
/// embedded store and against the Neo4j store (through <see cref="QueryApiImitation"/>).
/// </summary>
public sealed partial class IngestCycleTests : IDisposable
{
    private const string Oil = "oil-sanctions-2025-10";
    private const string Riyadh = "riyadh-talks-2025-02-18";
    private readonly string _folder = Directory.CreateTempSubdirectory("actorgraph-cycle-").FullName;
    private readonly List<IGraphStore> _stores = [];

    public IngestCycleTests()
    {
        // Every file lives in the test's own folder, and path-derived source ids are relative to it (data/a.yaml).
        Directory.CreateDirectory(P("data"));
        Directory.CreateDirectory(P("more"));
    }

    public static TheoryData<string> Stores => ["embedded", "neo4j"];

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task RunAsync_FileWithExplicitIdDeleted_RetractsExactlyWhatItAloneAsserted(string kind)
    {
        var store = await OpenAsync(kind);
        CopySample("riyadh-talks-2025-02-18.yaml", "data/riyadh.yaml");
        CopySample("oil-sanctions-2025-10.yaml", "data/oil.yaml");
        var cycle = Cycle("data");
        await cycle.RunAsync(store, default);

        File.Delete(P("data/oil.yaml"));
        var report = await cycle.RunAsync(store, default);

        Assert.Equal([Oil], report.Retracted);
        Assert.Equal(0, report.ExitCode);
        Assert.Equal(await DescribeAloneAsync(kind, "data/riyadh.yaml"), Describe(await store.ReadSnapshotAsync()));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task RunAsync_FileWithExplicitIdRenamed_KeepsOneSourceAtItsNewPath(string kind)
    {
        var (store, report) = await OilThenAsync(kind, Cycle("data"), () => File.Move(P("data/oil.yaml"), P("data/sanctions.yaml")));

        Assert.Empty(report.Retracted);
        Assert.Equal(SourceOutcome.Unchanged, Assert.Single(report.Ingest.Results).Outcome);
        var source = Assert.Single(await store.ListSourcesAsync());
        Assert.Equal((Oil, SourceOrigin.FromFile(P("data/sanctions.yaml"))), (source.Info.Id, source.Origin));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task RunAsync_FileWithExplicitIdMovedToAnotherWatchedFolder_KeepsOneSource(string kind)
    {
        var (store, report) = await OilThenAsync(kind, Cycle("data", "more"), () =>
        {
            Directory.CreateDirectory(P("more/2025"));
            File.Move(P("data/oil.yaml"), P("more/2025/oil.yaml"));
        });

        Assert.Empty(report.Retracted);
        var source = Assert.Single(await store.ListSourcesAsync());
        Assert.Equal((Oil, SourceOrigin.FromFile(P("more/2025/oil.yaml"))), (source.Info.Id, source.Origin));
        Assert.Equal(await DescribeAloneAsync(kind, "more/2025/oil.yaml"), Describe(await store.ReadSnapshotAsync()));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task RunAsync_FileWithPathIdDeleted_RetractsIt(string kind)
    {
        var store = await OpenAsync(kind);
        WriteDataset("data/a.yaml", null, "A", "B");
        WriteDataset("data/b.yaml", null, "C", "D");
        var cycle = Cycle("data");
        await cycle.RunAsync(store, default);

        File.Delete(P("data/b.yaml"));
        var report = await cycle.RunAsync(store, default);

        Assert.Equal(["data/b.yaml"], report.Retracted);
        Assert.Equal(["data/a.yaml"], (await store.ListSourcesAsync()).Select(s => s.Info.Id));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task RunAsync_FileExcludedByANewPattern_RetractsItsSource(string kind)
    {
        var store = await OpenAsync(kind);
        CopySample("riyadh-talks-2025-02-18.yaml", "data/riyadh.yaml");
        CopySample("oil-sanctions-2025-10.yaml", "data/oil.draft.yaml");
        await Cycle("data").RunAsync(store, default);

        var report = await Cycle("data", exclude: "*.draft.yaml").RunAsync(store, default);

        Assert.Equal([Oil], report.Retracted);
        Assert.Equal([Riyadh], (await store.ListSourcesAsync()).Select(s => s.Info.Id));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task RunAsync_FileRenamedToAnExtensionTheWorkerDoesNotTake_RetractsItsSource(string kind)
    {
        var (store, report) = await OilThenAsync(kind, Cycle("data"), () => File.Move(P("data/oil.yaml"), P("data/oil.yaml.bak")));

        Assert.Equal([Oil], report.Retracted);
        Assert.Empty(await store.ListSourcesAsync());
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task RunAsync_KeepVanished_KeepsTheSourceOfADeletedFile(string kind)
    {
        var keep = new IngestCycle(new WorkerOptions { Sources = { P("data") }, SourceRoot = _folder, RetractVanished = false }, NullLoggerFactory.Instance);
        var (store, report) = await OilThenAsync(kind, keep, () => File.Delete(P("data/oil.yaml")));

        Assert.Empty(report.Retracted);
        Assert.Equal([Oil], (await store.ListSourcesAsync()).Select(s => s.Info.Id));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task RunAsync_TwoFilesClaimOneId_TheRecordedOriginKeepsItUntilTheConflictIsResolved(string kind)
    {
        var store = await OpenAsync(kind);
        WriteDataset("data/original.yaml", "shared", "A", "B");
        var cycle = Cycle("data", "more");
        await cycle.RunAsync(store, default);

        // The copy is found first (a-copy.yaml sorts before original.yaml), yet the origin the store records is the
        // older one and keeps the source.
        WriteDataset("data/a-copy.yaml", "shared", "C", "D");
        var conflict = await cycle.RunAsync(store, default);
        var during = await store.ReadSnapshotAsync();
        File.Delete(P("data/original.yaml"));
        var resolved = await cycle.RunAsync(store, default);

        var rejected = Assert.Single(conflict.Ingest.Results, r => r.Outcome == SourceOutcome.Rejected);
        Assert.Equal(P("data/a-copy.yaml"), rejected.Path);
        var error = Assert.Single(rejected.Errors);
        Assert.Equal("source.id", error.Field);
        Assert.Contains($"conflict: 'shared' is also the source id of {P("data/original.yaml")}", error.Message, StringComparison.Ordinal);
        Assert.Contains("the store records it as the source's origin", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, conflict.ExitCode);
        Assert.Empty(conflict.Retracted);
        Assert.Equal(["A", "B"], during.Actors.Select(a => a.Name).Order());
        Assert.Equal(SourceOrigin.FromFile(P("data/original.yaml")), Assert.Single(during.Sources).Origin);

        Assert.Empty(resolved.Retracted);
        Assert.Equal(SourceOutcome.Updated, Assert.Single(resolved.Ingest.Results).Outcome);
        var after = await store.ReadSnapshotAsync();
        Assert.Equal(SourceOrigin.FromFile(P("data/a-copy.yaml")), Assert.Single(after.Sources).Origin);
        Assert.Equal(["C", "D"], after.Actors.Select(a => a.Name).Order());
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task RunAsync_TwoNewFilesClaimOneId_TheFirstFoundWritesAndTheOtherIsAConflict(string kind)
    {
        var store = await OpenAsync(kind);
        WriteDataset("data/a.yaml", "shared", "A", "B");
        WriteDataset("more/b.yaml", "shared", "C", "D");

        var report = await Cycle("data", "more").RunAsync(store, default);

        Assert.Equal([SourceOutcome.Added, SourceOutcome.Rejected], report.Ingest.Results.Select(r => r.Outcome));
        Assert.Contains($"also the source id of {P("data/a.yaml")}, which keeps the source (it was found first)", report.Ingest.Results[1].Errors.Single().Message, StringComparison.Ordinal);
        Assert.Equal(SourceOrigin.FromFile(P("data/a.yaml")), Assert.Single(await store.ListSourcesAsync()).Origin);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task RunAsync_FileWithExplicitIdBroken_KeepsItsLastGoodVersionEvenAgainstACopy(string kind)
    {
        var store = await OpenAsync(kind);
        WriteDataset("data/original.yaml", "shared", "A", "B");
        var cycle = Cycle("data");
        await cycle.RunAsync(store, default);

        File.WriteAllText(P("data/original.yaml"), "source: { id: shared }\nactors: [ {name: broken");
        WriteDataset("data/copy.yaml", "shared", "C", "D");
        var report = await cycle.RunAsync(store, default);

        Assert.Empty(report.Retracted);
        Assert.Equal([SourceOutcome.Rejected, SourceOutcome.Rejected], report.Ingest.Results.Select(r => r.Outcome));
        Assert.Contains("could not be read this time", report.Ingest.Results.Single(r => r.Path == P("data/copy.yaml")).Errors.Single().Message, StringComparison.Ordinal);
        var snapshot = await store.ReadSnapshotAsync();
        Assert.Equal(["A", "B"], snapshot.Actors.Select(a => a.Name).Order());
        Assert.Equal(SourceOrigin.FromFile(P("data/original.yaml")), Assert.Single(snapshot.Sources).Origin);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task RunAsync_FileNowNamesAnotherId_RetractsTheIdItNamedBefore(string kind)
    {
        var store = await OpenAsync(kind);
        WriteDataset("data/a.yaml", "first", "A", "B");
        var cycle = Cycle("data");
        await cycle.RunAsync(store, default);

        WriteDataset("data/a.yaml", "second", "A", "B");
        var report = await cycle.RunAsync(store, default);

        Assert.Equal(["first"], report.Retracted);
        Assert.Equal(["second"], (await store.ListSourcesAsync()).Select(s => s.Info.Id));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task RunAsync_SourcesWrittenBeforeOrigins_PathIdsOfVanishedFilesAreRetractedOthersKept(string kind)
    {
        var store = await OpenAsync(kind);
        // Written without an origin, as every source was before stores recorded one.
        await store.UpsertSourceAsync(Documents.Riyadh("data/gone.yaml"));
        await store.UpsertSourceAsync(Documents.Corroboration("corroboration"));
        CopySample("oil-sanctions-2025-10.yaml", "data/oil.yaml");
        await store.UpsertSourceAsync(await ReadSampleAsync("data/oil.yaml"));

        var report = await Cycle("data").RunAsync(store, default);

        Assert.Equal(["data/gone.yaml"], report.Retracted);
        var sources = await store.ListSourcesAsync();
        Assert.Equal(["corroboration", Oil], sources.Select(s => s.Info.Id));
        Assert.Equal(SourceOrigin.FromFile(P("data/oil.yaml")), sources.Single(s => s.Info.Id == Oil).Origin);
    }

    private async Task<IGraphStore> OpenAsync(string kind)
    {
        IGraphStore store = kind == "embedded"
            ? EmbeddedGraphStore.Create(new EmbeddedStoreOptions { Path = Path.Combine(_folder, $"store-{_stores.Count}.db") })
            : Neo4jGraphStore.Create(new Neo4jStoreOptions { Endpoint = new Uri("http://imitation:7474"), MaxRetries = 0 }, new QueryApiImitation().CreateHandler());
        _stores.Add(store);
        await store.InitializeAsync();
        return store;
    }

    /// <summary>Runs <paramref name="cycle"/> over the oil sample in data/oil.yaml, makes <paramref name="change"/>, and runs it again.</summary>
    private async Task<(IGraphStore Store, CycleReport Second)> OilThenAsync(string kind, IngestCycle cycle, Action change)
    {
        var store = await OpenAsync(kind);
        CopySample("oil-sanctions-2025-10.yaml", "data/oil.yaml");
        await cycle.RunAsync(store, default);
        change();
        return (store, await cycle.RunAsync(store, default));
    }

    /// <summary>What a fresh store holds after ingesting only <paramref name="file"/>.</summary>
    private async Task<List<string>> DescribeAloneAsync(string kind, string file)
    {
        var alone = await OpenAsync(kind);
        await new DatasetIngestor(alone) { SourceRoot = _folder }.IngestAsync([P(file)]);
        return Describe(await alone.ReadSnapshotAsync());
    }

    private IngestCycle Cycle(string folder, string? more = null, string? exclude = null)
    {
        var options = new WorkerOptions { Sources = { P(folder) }, SourceRoot = _folder };
        if (more is not null)
        {
            options.Sources.Add(P(more));
        }

        if (exclude is not null)
        {
            options.Exclude.Add(exclude);
        }

        return new IngestCycle(options, NullLoggerFactory.Instance);
    }

    /// <summary>The path of <paramref name="relative"/> in the test's folder.</summary>
    private string P(string relative) => Path.Combine(_folder, relative);

    private void CopySample(string sample, string path) => File.Copy(Repository.File("samples", sample), P(path));

    private async Task<SourceDocument> ReadSampleAsync(string path) =>
        (await ActorGraph.Ingestion.Datasets.DatasetReader.ReadFileAsync(P(path), path, CancellationToken.None)).Document!;

    private void WriteDataset(string path, string? sourceId, params string[] people)
    {
        var lines = new List<string>();
        if (sourceId is not null)
        {
            lines.Add($"source: {{ id: {sourceId} }}");
        }

        lines.Add("actors:");
        lines.AddRange(people.Select(p => $"  - {{ name: {p}, kind: person }}"));
        lines.Add("relations:");
        lines.AddRange(people.Skip(1).Select(p => $"  - {{ source: {people[0]}, type: ADVISES, target: {p} }}"));
        File.WriteAllLines(P(path), lines);
    }

    /// <summary>Everything a snapshot says, one line per source, actor, role and relation with its provenance.</summary>
    private static List<string> Describe(GraphSnapshot snapshot) =>
    [
        .. snapshot.Sources.Select(s => $"source {s.Info.Id} {s.ContentHash}"),
        .. snapshot.Actors.Select(a => $"actor {a.Id} {a.Name} {a.Kind} {string.Join('|', a.Aliases)} {string.Join('|', a.Sources)}"),
        .. snapshot.Roles.Select(r => $"role {r.Person} {r.Title} {r.Of} {r.Since} {r.Until} {string.Join('|', r.Sources)}"),
        .. snapshot.Relations.Select(r => $"relation {r.Source} {r.Kind} {r.Target} {r.Weight} {r.Confidence} "
            + string.Join('|', r.Provenance.Select(p => $"{p.SourceId}:{p.Evidence}"))),
    ];
}
