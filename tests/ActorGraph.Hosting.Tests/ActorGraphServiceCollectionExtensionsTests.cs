using ActorGraph.Analytics.Neo4jGds;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Ingestion;
using ActorGraph.Ingestion.Feeds;
using ActorGraph.Query;
using ActorGraph.Storage.Neo4j;
using ActorGraph.Testing;
using ActorGraph.Testing.Neo4j;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ActorGraph.Hosting.Tests;

public sealed class ActorGraphServiceCollectionExtensionsTests : IDisposable
{
    private const string Password = "Hunter2-secret";
    private readonly string _folder = Directory.CreateTempSubdirectory("actorgraph-hosting-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task AddActorGraphStore_SqliteWithIngestionAndAnalytics_IngestsAndRanksAfterStart()
    {
        using var host = Build(services => services
            .AddActorGraphStore($"sqlite:{Path.Combine(_folder, "g.db")}")
            .AddActorGraphIngestion()
            .AddActorGraphAnalytics());

        await host.StartAsync();
        var report = await host.Services.GetRequiredService<DatasetIngestor>().IngestAsync([Repository.File("samples", "riyadh-talks-2025-02-18.yaml")]);
        var rank = await host.Services.GetRequiredService<IInfluenceEngine>().InfluenceRankAsync(SnapshotFilter.All, 3);
        await host.StopAsync();

        Assert.Equal(IngestStatus.Succeeded, report.Status);
        Assert.Equal(3, rank.Count);
        Assert.Equal("local", host.Services.GetRequiredService<IInfluenceEngine>().Name);
        Assert.NotNull(host.Services.GetRequiredService<FeedIngestor>());
    }

    [Fact]
    public async Task AddActorGraphEmbeddedStore_FromConfiguration_BindsItsSection()
    {
        var path = Path.Combine(_folder, "configured.db");
        using var host = Build(services => services.AddActorGraphEmbeddedStore(), new() { ["ActorGraph:Embedded:Path"] = path, ["ActorGraph:Embedded:BusyTimeout"] = "00:00:03" });

        await host.StartAsync();
        await host.StopAsync();

        Assert.Equal(TimeSpan.FromSeconds(3), host.Services.GetRequiredService<IOptions<ActorGraph.Storage.Embedded.EmbeddedStoreOptions>>().Value.BusyTimeout);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public async Task AddActorGraphNeo4jStore_BadSettings_FailAtStartWithoutTheirPassword()
    {
        using var host = Build(services => services.AddActorGraphNeo4jStore(), new()
        {
            ["ActorGraph:Neo4j:Endpoint"] = "ftp://graph.example.org",
            ["ActorGraph:Neo4j:Password"] = Password,
            ["ActorGraph:Neo4j:BatchSize"] = "0",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(error.Failures, f => f.Contains("BatchSize", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("password was given without a user", StringComparison.Ordinal));
        Assert.DoesNotContain(Password, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddActorGraphStore_Neo4j_TalksThroughTheHttpClientFactoryAndOffersGds()
    {
        using var server = new FakeNeo4j();
        using var host = Build(services =>
        {
            services.AddActorGraphStore("neo4j:http://neo4j.test:7474?database=actors").AddActorGraphAnalytics(InfluenceEngineKind.Gds);
            services.AddHttpClient(Neo4jHttp.ClientName).ConfigurePrimaryHttpMessageHandler(() => server);
        });

        var store = host.Services.GetRequiredService<IGraphStore>();
        var sources = await store.ListSourcesAsync();

        Assert.Same(host.Services.GetRequiredService<Neo4jGraphStore>(), store);
        Assert.IsType<GdsInfluenceEngine>(host.Services.GetRequiredService<IInfluenceEngine>());
        Assert.Empty(sources);
        Assert.Contains(server.Requests, r => r.Path.Contains("/db/actors/", StringComparison.Ordinal));
    }

    [Fact]
    public void AddActorGraphAnalytics_GdsOverTheEmbeddedStore_SaysItNeedsNeo4j()
    {
        using var host = Build(services => services.AddActorGraphStore($"sqlite:{Path.Combine(_folder, "g.db")}").AddActorGraphAnalytics(InfluenceEngineKind.Gds));

        var error = Assert.Throws<InvalidOperationException>(() => host.Services.GetRequiredService<IInfluenceEngine>());

        Assert.Contains("AddActorGraphNeo4jStore", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddActorGraphStore_UnknownScheme_IsRefusedWithoutEchoingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddActorGraphStore($"bolt://neo4j:{Password}@db"));

        Assert.DoesNotContain(Password, error.Message, StringComparison.Ordinal);
    }

    private static IHost Build(Action<IServiceCollection> configure, Dictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        configure(builder.Services);
        return builder.Build();
    }
}
