using System.Diagnostics;
using System.Text.Json;
using ActorGraph.Core.Model;
using ActorGraph.Query;
using ActorGraph.Storage.Embedded;

namespace ActorGraph.Benchmarks;

/// <summary>
/// Times what an analysis process spends before it analyses: reading the snapshot of an embedded store (through the
/// analysis image when it is current) and building the influence graph, three times in one process (the first
/// includes .NET's compilation), plus one read that merges the sources without the image.
/// </summary>
internal static class SnapshotLoad
{
    public static async Task<int> RunAsync(string db)
    {
        var results = new Dictionary<string, object>();
        await using var store = EmbeddedGraphStore.Create(new EmbeddedStoreOptions { Path = db });
        for (var run = 1; run <= 3; run++)
        {
            var watch = Stopwatch.StartNew();
            var snapshot = await store.ReadSnapshotAsync();
            results[$"image_read_s_{run}"] = Math.Round(watch.Elapsed.TotalSeconds, 3);
            watch.Restart();
            var graph = InfluenceGraph.Build(snapshot);
            results[$"influence_graph_build_s_{run}"] = Math.Round(watch.Elapsed.TotalSeconds, 3);
            results["relations"] = snapshot.Relations.Count;
            if (run == 3 && snapshot.Relations is IRelationColumns columns)
            {
                // The steps of Clusters() one by one, on the same columns.
                var (from, to, strength) = (columns.SourceIndexes.ToArray(), columns.TargetIndexes.ToArray(), columns.Strengths.ToArray());
                watch.Restart();
                var projection = ActorGraph.Query.Algorithms.UndirectedGraph.FromEdges(snapshot.Actors.Count, Enumerable.Range(0, from.Length).Select(e => (from[e], to[e], strength[e])));
                results["step_projection_s"] = Math.Round(watch.Elapsed.TotalSeconds, 3);
                watch.Restart();
                var membership = ActorGraph.Query.Algorithms.Leiden.Run(projection, 0);
                results["step_leiden_s"] = Math.Round(watch.Elapsed.TotalSeconds, 3);
                watch.Restart();
                var reversed = Enumerable.Range(0, from.Length).Select(e => (to[e], from[e], strength[e])).ToArray();
                ActorGraph.Query.Algorithms.PageRank.Run(ActorGraph.Query.Algorithms.Csr.Build(snapshot.Actors.Count, reversed, (x, y) => x + y));
                results["step_pagerank_s"] = Math.Round(watch.Elapsed.TotalSeconds, 3);
                GC.KeepAlive(membership);
            }

            if (run == 3)
            {
                watch.Restart();
                var clusters = graph.Clusters();
                results["clusters_s"] = Math.Round(watch.Elapsed.TotalSeconds, 3);
                watch.Restart();
                var rank = graph.InfluenceRank();
                results["rank_s"] = Math.Round(watch.Elapsed.TotalSeconds, 3);
                GC.KeepAlive((clusters, rank));
            }

            GC.KeepAlive(graph);
        }

        var filtered = Stopwatch.StartNew();
        var some = await store.ReadSnapshotAsync(new SnapshotFilter { Kinds = new HashSet<RelationKind> { RelationKind.Leads }, MinConfidence = 0.5 });
        results["image_read_filtered_s"] = Math.Round(filtered.Elapsed.TotalSeconds, 3);
        results["filtered_relations"] = some.Relations.Count;

        await using var merging = EmbeddedGraphStore.Create(new EmbeddedStoreOptions { Path = db, AnalysisImage = false });
        var merge = Stopwatch.StartNew();
        await merging.ReadSnapshotAsync();
        results["merge_read_s"] = Math.Round(merge.Elapsed.TotalSeconds, 3);
        Console.WriteLine(JsonSerializer.Serialize(results));
        return 0;
    }
}
