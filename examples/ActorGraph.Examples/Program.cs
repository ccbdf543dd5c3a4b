// The README's library example; the build compiles it and a test keeps the README's copy identical.
using ActorGraph.Core.Model;
using ActorGraph.Ingestion;
using ActorGraph.Query;
using ActorGraph.Storage.Embedded;
using QuikGraph.Algorithms;

await using var store = EmbeddedGraphStore.Create(new EmbeddedStoreOptions { Path = "actorgraph.db" });
await store.InitializeAsync();
await new DatasetIngestor(store).IngestAsync(["samples"]);

var graph = InfluenceGraph.Build(await store.ReadSnapshotAsync());
foreach (var path in graph.StrongestPaths("Yuri Ushakov", "Russia", k: 3))
{
    Console.WriteLine($"{path.Strength:0.###}: {string.Join(" -> ", path.Actors.Select(a => a.Name))}");
}

var clusters = graph.Clusters(new ClusterOptions { Seed = 0 });
Console.WriteLine($"{clusters.Clusters.Count} clusters, modularity {clusters.Modularity:0.###}");
foreach (var score in graph.InfluenceRank().Take(5))
{
    Console.WriteLine($"{score.Actor.Name}: {score.Score:0.####}");
}

var components = new Dictionary<GraphActor, int>();
var count = graph.Model.WeaklyConnectedComponents(components);
Console.WriteLine($"{count} groups of actors linked by any relation (QuikGraph on graph.Model)");
