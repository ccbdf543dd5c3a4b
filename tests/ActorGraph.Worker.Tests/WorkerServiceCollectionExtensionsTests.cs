using System.Net;
using ActorGraph.Ingestion;
using ActorGraph.Ingestion.Feeds;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ActorGraph.Worker.Tests;

public sealed class WorkerServiceCollectionExtensionsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("actorgraph-worker-di-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task AddActorGraphWorker_FeedSource_IsFetchedThroughTheFactoryClient()
    {
        var feeds = new RecordingHandler();
        using var host = WorkerHost.Build(
            new Dictionary<string, string?>
            {
                ["ActorGraph:Worker:Sources:0"] = "http://feeds.test/world.xml",
                ["ActorGraph:Worker:Store"] = $"sqlite:{Path.Combine(_folder, "worker.db")}",
                ["ActorGraph:Worker:Once"] = "true",
                ["ActorGraph:Worker:Feeds:HostDelay"] = "00:00:00",
                ["Logging:LogLevel:Default"] = "Warning",
            },
            services => services.AddHttpClient(FeedHttp.ClientName).ConfigurePrimaryHttpMessageHandler(() => feeds));
        var worker = host.Services.GetRequiredService<IngestWorker>();

        await host.RunAsync();

        Assert.Equal(["http://feeds.test/world.xml"], feeds.Requests);
        Assert.Equal(IngestStatus.SomeRejected, worker.Status);
    }

    private sealed class RecordingHandler : HttpMessageHandler
    {
        public List<string> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (Requests)
            {
                Requests.Add(request.RequestUri!.ToString());
            }

            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound));
        }
    }
}
