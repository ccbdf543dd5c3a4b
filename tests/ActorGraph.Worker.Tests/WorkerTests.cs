using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Ingestion;
using ActorGraph.Storage.Embedded;
using ActorGraph.Storage.Neo4j;
using ActorGraph.Testing;
using ActorGraph.Testing.Neo4j;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ActorGraph.Worker.Tests;

public sealed partial class WorkerTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 7, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("actorgraph-worker-").FullName;

    public WorkerTests()
    {
        // Every file lives in the test's own folder, and path-derived source ids are relative to it (data/a.yaml).
        Directory.CreateDirectory(Path.Combine(_folder, "data"));
    }

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData("0 9 * * *", "Europe/Berlin", "2026-11-26T07:00:00Z", "2026-11-26T08:00:00Z")]
    [InlineData("0 9 * * *", "Europe/Berlin", "2026-03-28T12:00:00Z", "2026-03-29T07:00:00Z")]
    [InlineData("*/15 * * * * *", "UTC", "2026-11-26T07:00:01Z", "2026-11-26T07:00:15Z")]
    [InlineData("30 2 * * 1", "America/New_York", "2026-11-26T07:00:00Z", "2026-11-30T07:30:00Z")]
    public void Schedule_NextOccurrence_FollowsTheTimeZoneAndSeconds(string cron, string zone, string from, string expected)
    {
        var options = new WorkerOptions { Schedule = cron, TimeZone = zone };

        var next = options.ParseSchedule().GetNextOccurrence(DateTimeOffset.Parse(from, System.Globalization.CultureInfo.InvariantCulture), options.ParseTimeZone());

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), next);
    }

    [Fact]
    public void Validate_BadSettings_NameEverySettingThatCannotWork()
    {
        var options = new WorkerOptions { Schedule = "61 * * * *", TimeZone = "Mars/Olympus", Store = "postgres:x", MaxRetryDelay = TimeSpan.Zero };

        var problems = options.Validate();

        Assert.Equal(5, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("ActorGraph:Worker:Schedule '61 * * * *'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("ActorGraph:Worker:TimeZone 'Mars/Olympus'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("ActorGraph:Worker:Sources is empty", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("ActorGraph:Worker:Store", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("ActorGraph:Worker:MaxRetryDelay", StringComparison.Ordinal));
        options.Sources.Add("data");
        Assert.Empty(new WorkerOptions { Sources = { "data" } }.Validate());
    }

    [Fact]
    public void Host_SettingsFromConfiguration_AreBoundAndValidatedAtStart()
    {
        using var host = WorkerHost.Build(new Dictionary<string, string?>
        {
            ["ActorGraph:Worker:Schedule"] = "not cron",
            ["ActorGraph:Worker:Sources:0"] = "data",
        });

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IngestWorker>());

        Assert.Contains("ActorGraph:Worker:Schedule 'not cron'", Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void Host_FeedSettings_AreBoundFromTheirSectionAndChecked()
    {
        using var host = WorkerHost.Build(new Dictionary<string, string?>
        {
            ["ActorGraph:Worker:Sources:0"] = "https://example.org/feed.xml",
            ["ActorGraph:Worker:Feeds:RequestTimeout"] = "00:00:05",
            ["ActorGraph:Worker:Feeds:RetractRemovedItems"] = "true",
            ["ActorGraph:Worker:Feeds:StateFile"] = "feeds.json",
        });

        var options = host.Services.GetRequiredService<IOptions<WorkerOptions>>().Value;

        Assert.Equal((TimeSpan.FromSeconds(5), true, "feeds.json"), (options.Feeds.RequestTimeout, options.Feeds.RetractRemovedItems, options.Feeds.StateFile));
        Assert.Empty(options.Validate());
        var bad = new WorkerOptions { Sources = { "https://exa mple.org/feed" }, Feeds = { RequestTimeout = TimeSpan.Zero, MaxResponseBytes = 0 } };
        Assert.Equal(3, bad.Validate().Count);
    }

    [Fact]
    public async Task Cycle_FolderChanges_AddUpdateRetractAndKeepRejected()
    {
        await using var store = await OpenStoreAsync();
        var options = new WorkerOptions { Sources = { P("data") }, SourceRoot = _folder, Exclude = { "*.draft.yaml" } };
        var cycle = new IngestCycle(options, NullLoggerFactory.Instance);
        WriteDataset("data/a.yaml", "A", "B");
        WriteDataset("data/b.yaml", "C", "D");
        WriteDataset("data/c.draft.yaml", "E", "F");

        var first = await cycle.RunAsync(store, default);
        WriteDataset("data/a.yaml", "A", "B", "G");
        File.Delete(P("data/b.yaml"));
        var second = await cycle.RunAsync(store, default);
        File.WriteAllText(P("data/a.yaml"), "actors: [ {name: broken");
        var third = await cycle.RunAsync(store, default);

        Assert.Equal(2, first.Ingest.Count(SourceOutcome.Added));
        Assert.Equal(1, second.Ingest.Count(SourceOutcome.Updated));
        Assert.Equal(["data/b.yaml"], second.Retracted);
        Assert.Equal(1, third.Ingest.Count(SourceOutcome.Rejected));
        Assert.Empty(third.Retracted);
        Assert.Equal(3, third.ExitCode);
        var snapshot = await store.ReadSnapshotAsync();
        Assert.Equal(["data/a.yaml"], snapshot.Sources.Select(s => s.Info.Id));
        Assert.Equal(["A", "B", "G"], snapshot.Actors.Select(a => a.Name).Order());
    }

    [Fact]
    public async Task Worker_Schedule_RunsCyclesAtEachOccurrenceOneAtATime()
    {
        WriteDataset("data/a.yaml", "A", "B");
        var time = new FakeTimeProvider(Start);
        var opened = 0;
        using var gate = new SemaphoreSlim(1);
        using var host = BuildHost(time, new() { ["Schedule"] = "*/10 * * * * *", ["RunOnStart"] = "false" }, async ct =>
        {
            Interlocked.Increment(ref opened);
            await gate.WaitAsync(ct);
            gate.Release();
            return await OpenStoreAsync();
        });
        var worker = host.Services.GetRequiredService<IngestWorker>();
        await host.StartAsync();

        // Fake time moves a second at a time; nothing runs before the first occurrence at 07:00:10.
        await AdvanceUntil(time, () => worker.CyclesCompleted == 1, "one cycle at 07:00:10", () =>
            Assert.True(time.GetUtcNow() >= Start.AddSeconds(10) || opened == 0, "a cycle ran before its time"));
        Assert.InRange(time.GetUtcNow(), Start.AddSeconds(10), Start.AddSeconds(12));

        // A cycle that runs past later occurrences: the worker does not start another one meanwhile.
        await gate.WaitAsync();
        await AdvanceUntil(time, () => opened == 2, "the 07:00:20 cycle begins");
        for (var i = 0; i < 25; i++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(2);
        }

        Assert.Equal(2, opened);
        gate.Release();
        await WaitUntil(() => worker.CyclesCompleted == 2, "the long cycle ends");
        await AdvanceUntil(time, () => worker.CyclesCompleted == 3, "the next occurrence after it runs");

        await host.StopAsync();
        Assert.Equal(3, opened);
        Assert.Equal(0, worker.ExitCode);
    }

    [Fact]
    public async Task Worker_StoreDownThenUp_WaitsAndCatchesUp()
    {
        WriteDataset("data/a.yaml", "A", "B");
        var time = new FakeTimeProvider(Start);
        var refusals = 3;
        using var host = BuildHost(time, new() { ["Schedule"] = "0 0 1 1 *" }, async ct =>
            Interlocked.Decrement(ref refusals) >= 0
                ? throw new GraphStoreException("connection refused", "UNREACHABLE", isTransient: true)
                : await OpenStoreAsync());
        var worker = host.Services.GetRequiredService<IngestWorker>();
        await host.StartAsync();

        await FirstCycleThroughRetries(time, worker, "the cycle completes once the store is back");
        await host.StopAsync();
        Assert.Equal(1, worker.LastReport!.Ingest.Count(SourceOutcome.Added));
        await using var store = await OpenStoreAsync();
        Assert.Single(await store.ListSourcesAsync());
    }

    [Fact]
    public async Task Worker_Neo4jRefusingThenAnswering_WaitsAndCatchesUp()
    {
        WriteDataset("data/a.yaml", "A", "B");
        WriteDataset("data/b.yaml", "C", "D");
        var server = new QueryApiImitation { RefuseNext = 6 };
        var handler = server.CreateHandler();
        var time = new FakeTimeProvider(Start);
        using var host = BuildHost(time, new() { ["Schedule"] = "0 0 1 1 *" }, async ct =>
        {
            var store = Neo4jGraphStore.Create(new Neo4jStoreOptions { Endpoint = new Uri("http://imitation:7474"), MaxRetries = 0 }, handler);
            await store.InitializeAsync(ct);
            return store;
        });
        var worker = host.Services.GetRequiredService<IngestWorker>();
        await host.StartAsync();

        await FirstCycleThroughRetries(time, worker, "the cycle completes once Neo4j answers");
        await host.StopAsync();
        Assert.Equal(0, server.RefuseNext);
        Assert.Equal(["data/a.yaml", "data/b.yaml"], server.Committed.Sources.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(4, server.Committed.Actors.Count);
        Assert.Single(server.Committed.Runs);
    }

    [Fact]
    public async Task Worker_SourceTheStoreRefusesForGood_DoesNotHoldUpTheCycle()
    {
        WriteDataset("data/a.yaml", "A", "B");
        WriteDataset("data/refused.yaml", "C", "D");
        var time = new FakeTimeProvider(Start);
        var opened = 0;
        using var host = BuildHost(time, new() { ["Schedule"] = "0 0 1 1 *" }, async ct =>
        {
            Interlocked.Increment(ref opened);
            return new RefusingStore(await OpenStoreAsync(), "data/refused.yaml");
        });
        var worker = host.Services.GetRequiredService<IngestWorker>();
        await host.StartAsync();

        await FirstCycleThroughRetries(time, worker, "the cycle ends despite the refused source");
        await host.StopAsync();
        Assert.Equal(1, worker.ExitCode);
        Assert.Equal(1, worker.LastReport!.Ingest.Count(SourceOutcome.Failed));
        Assert.InRange(opened, 1, 3);
        await using var store = await OpenStoreAsync();
        Assert.Equal(["data/a.yaml"], (await store.ListSourcesAsync()).Select(s => s.Info.Id));
    }

    [Theory]
    [InlineData("relations: [ { source: nobody, type: LEADS, target: nowhere } ]", "bad.yaml:1: relations[0].source: ")]
    [InlineData(CutFlowSequence, "bad.yaml:4: syntax: ")]
    public async Task Worker_Once_ExitsWithTheIngestExitCodeAndWritesHealth(string bad, string error)
    {
        WriteDataset("data/a.yaml", "A", "B");
        File.WriteAllText(P("data/bad.yaml"), bad);
        var time = new FakeTimeProvider(Start);
        using var host = BuildHost(time, new() { ["Once"] = "true", ["HealthFile"] = P("health.json") }, _ => OpenStoreAsync());
        var worker = host.Services.GetRequiredService<IngestWorker>();

        await host.RunAsync();

        Assert.Equal(3, worker.ExitCode);
        await using var store = await OpenStoreAsync();
        var run = Assert.Single(await store.ListRunsAsync(10));
        Assert.Equal((3, 1, 1), (run.ExitCode, run.Added, run.Rejected));
        Assert.Contains(run.Errors, e => e.StartsWith(P(Path.Combine("data", error)), StringComparison.Ordinal));
        Assert.Equal(["data/a.yaml"], (await store.ListSourcesAsync()).Select(s => s.Info.Id));
        var health = File.ReadAllText(P("health.json"));
        Assert.Contains("\"exitCode\": 3", health, StringComparison.Ordinal);
        Assert.Contains("bad.yaml", health, StringComparison.Ordinal);
    }

    private IHost BuildHost(FakeTimeProvider time, Dictionary<string, string?> settings, StoreOpener open)
    {
        var overrides = settings.ToDictionary(p => $"ActorGraph:Worker:{p.Key}", p => p.Value);
        overrides["ActorGraph:Worker:Sources:0"] = P("data");
        overrides["ActorGraph:Worker:SourceRoot"] = _folder;
        overrides["Logging:LogLevel:Default"] = "Warning";
        return WorkerHost.Build(overrides, services =>
        {
            services.AddSingleton<TimeProvider>(time);
            services.AddSingleton(open);
        });
    }

    private Task<IGraphStore> OpenStoreAsync() => OpenStoreAsync(Path.Combine(_folder, "worker.db"));

    private static async Task<IGraphStore> OpenStoreAsync(string path)
    {
        var store = EmbeddedGraphStore.Create(new EmbeddedStoreOptions { Path = path });
        await store.InitializeAsync();
        return store;
    }

    /// <summary>The path of <paramref name="relative"/> in the test's folder.</summary>
    private string P(string relative) => Path.Combine(_folder, relative);

    private void WriteDataset(string path, params string[] people)
    {
        var lines = new List<string> { "actors:" };
        lines.AddRange(people.Select(p => $"  - {{ name: {p}, kind: person }}"));
        lines.Add("relations:");
        lines.AddRange(people.Skip(1).Select(p => $"  - {{ source: {people[0]}, type: ADVISES, target: {p} }}"));
        File.WriteAllLines(P(path), lines);
    }

    /// <summary>Moves fake time on in 5 s steps, so the worker's retry delays pass, until its first cycle completes.</summary>
    private static async Task FirstCycleThroughRetries(FakeTimeProvider time, IngestWorker worker, string what)
    {
        for (var i = 0; i < 40 && worker.CyclesCompleted == 0; i++)
        {
            await Task.Delay(20);
            time.Advance(TimeSpan.FromSeconds(5));
        }

        await WaitUntil(() => worker.CyclesCompleted == 1, what);
    }

    private static async Task AdvanceUntil(FakeTimeProvider time, Func<bool> condition, string what, Action? check = null)
    {
        for (var i = 0; i < 120; i++)
        {
            check?.Invoke();
            if (condition())
            {
                return;
            }

            time.Advance(TimeSpan.FromSeconds(1));
            await WaitUntilQuiet(condition);
        }

        Assert.Fail($"gave up waiting: {what}");
    }

    private static async Task WaitUntilQuiet(Func<bool> condition)
    {
        for (var i = 0; i < 10 && !condition(); i++)
        {
            await Task.Delay(5);
        }
    }

    private static async Task WaitUntil(Func<bool> condition, string what)
    {
        for (var i = 0; i < 500; i++)
        {
            if (condition())
            {
                return;
            }

            await Task.Delay(10);
        }

        Assert.Fail($"gave up waiting: {what}");
    }

    /// <summary>A store that refuses one source for good, as a database constraint would.</summary>
    private sealed class RefusingStore(IGraphStore inner, string refused) : IGraphStore
    {
        public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);

        public Task<UpsertOutcome> UpsertSourceAsync(SourceDocument document, CancellationToken cancellationToken = default) =>
            document.Source.Id == refused
                ? throw new GraphStoreException("constraint violated", "Neo.ClientError.Schema.ConstraintValidationFailed", isTransient: false)
                : inner.UpsertSourceAsync(document, cancellationToken);

        public Task<bool> RetractSourceAsync(string sourceId, CancellationToken cancellationToken = default) => inner.RetractSourceAsync(sourceId, cancellationToken);

        public Task<IReadOnlyList<SourceRecord>> ListSourcesAsync(CancellationToken cancellationToken = default) => inner.ListSourcesAsync(cancellationToken);

        public Task<GraphSnapshot> ReadSnapshotAsync(SnapshotFilter? filter = null, CancellationToken cancellationToken = default) => inner.ReadSnapshotAsync(filter, cancellationToken);

        public Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) => inner.GetStatisticsAsync(cancellationToken);

        public Task RecordRunAsync(RunRecord run, CancellationToken cancellationToken = default) => inner.RecordRunAsync(run, cancellationToken);

        public Task<IReadOnlyList<RunRecord>> ListRunsAsync(int limit, CancellationToken cancellationToken = default) => inner.ListRunsAsync(limit, cancellationToken);

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
