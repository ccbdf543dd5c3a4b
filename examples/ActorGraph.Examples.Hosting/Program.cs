// A generic-host app built on ActorGraph's service-collection extensions: the store a connection string names
// (settings: ActorGraph:Store, ActorGraph:Embedded, ActorGraph:Neo4j, ActorGraph:Ingestion), the readers of sources
// and the local analysis engine. It ingests samples/ and prints the five most influential actors. The build
// compiles it with the rest of the solution.
using ActorGraph.Core.Model;
using ActorGraph.Ingestion;
using ActorGraph.Query;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = Host.CreateApplicationBuilder(args);
builder.Services
    .AddActorGraphStore(builder.Configuration["ActorGraph:Store"] ?? "sqlite:actorgraph.db")
    .AddActorGraphIngestion()
    .AddActorGraphAnalytics();
using var host = builder.Build();

// Starting the host validates every option and creates or checks the store's schema.
await host.StartAsync();
var report = await host.Services.GetRequiredService<DatasetIngestor>().IngestAsync(["samples"]);
Console.WriteLine($"{report.Count(SourceOutcome.Added)} added, {report.Count(SourceOutcome.Unchanged)} unchanged");

var engine = host.Services.GetRequiredService<IInfluenceEngine>();
foreach (var score in await engine.InfluenceRankAsync(SnapshotFilter.All, top: 5))
{
    Console.WriteLine($"{score.Actor.Name}: {score.Score:0.####}");
}

await host.StopAsync();
