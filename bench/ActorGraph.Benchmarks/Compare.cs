using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ActorGraph.Core.Model;
using ActorGraph.Query;
using ActorGraph.Query.Algorithms;
using ActorGraph.Storage.Embedded;

namespace ActorGraph.Benchmarks;

/// <summary>
/// Times each kernel once, after a warm-up on a small graph, on a graph file written by <c>generate</c>, and prints
/// JSON for <c>bench/compare.py</c>: the same file is timed with python-igraph and networkx there.
/// </summary>
public static class Compare
{
    internal static (Csr Directed, Csr Costs, UndirectedGraph Undirected) Build(BlockModelGraph graph)
    {
        var weighted = new (int, int, double)[graph.EdgeCount];
        for (var e = 0; e < graph.EdgeCount; e++)
        {
            weighted[e] = (graph.From[e], graph.To[e], graph.Weight[e]);
        }

        var directed = Csr.Build(graph.VertexCount, weighted, (a, b) => a + b);
        var undirected = UndirectedGraph.FromEdges(graph.VertexCount, weighted);
        return (directed, directed, undirected);
    }

    /// <summary>A vertex reachable from 0 and far from it, so that k-shortest-path searches have work to do.</summary>
    internal static int FarTarget(Csr costs)
    {
        var distances = new ShortestPaths(costs).DistancesFrom(0);
        var best = 0;
        for (var v = 0; v < distances.Length; v++)
        {
            if (!double.IsPositiveInfinity(distances[v]) && distances[v] > distances[best])
            {
                best = v;
            }
        }

        return best;
    }

    public static BlockModelGraph Read(string path)
    {
        var from = new List<int>();
        var to = new List<int>();
        var weight = new List<int>();
        var vertices = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith('#'))
            {
                vertices = int.Parse(line.Split(' ')[2], CultureInfo.InvariantCulture);
                continue;
            }

            var parts = line.Split('\t');
            from.Add(int.Parse(parts[0], CultureInfo.InvariantCulture));
            to.Add(int.Parse(parts[1], CultureInfo.InvariantCulture));
            weight.Add(int.Parse(parts[2], CultureInfo.InvariantCulture));
        }

        return new BlockModelGraph(vertices, [.. from], [.. to], [.. weight]);
    }

    public static async Task<int> RunAsync(string path, bool withStore)
    {
        // Warm-up: every kernel once on a small graph, so the timings below do not include compilation.
        Time(BlockModelGraph.Generate(2_000, 10_000, seed: 1), new Dictionary<string, object>());

        var graph = Read(path);
        var results = new Dictionary<string, object>
        {
            ["vertices"] = graph.VertexCount,
            ["edges"] = graph.EdgeCount,
        };
        Time(graph, results);
        if (withStore)
        {
            await TimeStoreAsync(graph, results);
        }

        results["peak_working_set_mb"] = Math.Round(Environment.WorkingSet / 1e6, 1);
        using var process = Process.GetCurrentProcess();
        results["peak_working_set_mb"] = Math.Round(process.PeakWorkingSet64 / 1e6, 1);
        Console.WriteLine(JsonSerializer.Serialize(results));
        return 0;
    }

    private static void Time(BlockModelGraph graph, Dictionary<string, object> results)
    {
        var (directed, costs, undirected) = Build(graph);
        var target = FarTarget(costs);
        results["k_paths_target"] = target;
        int[] leiden = [];
        int[] louvain = [];
        results["leiden_s"] = Seconds(() => leiden = Leiden.Run(undirected, seed: 0));
        results["leiden_modularity"] = undirected.Modularity(leiden);
        results["louvain_s"] = Seconds(() => louvain = Louvain.Run(undirected, seed: 0));
        results["louvain_modularity"] = undirected.Modularity(louvain);
        results["pagerank_s"] = Seconds(() => PageRank.Run(directed, tolerance: 1e-10));
        results["dijkstra_s"] = Seconds(() => new ShortestPaths(costs).DistancesFrom(0));
        results["k5_paths_s"] = Seconds(() => new ShortestPaths(costs).KShortest(0, target, 5));
    }

    private static async Task TimeStoreAsync(BlockModelGraph graph, Dictionary<string, object> results)
    {
        var folder = Directory.CreateTempSubdirectory("actorgraph-bench-");
        try
        {
            var ids = Enumerable.Range(0, graph.VertexCount).Select(v => ActorId.Parse($"a{v}")).ToArray();
            var kinds = Vocabulary.RelationKinds;
            var document = new SourceDocument(
                new SourceInfo("bench", null, null, null),
                [.. ids.Select((id, v) => new Actor(id, $"Actor {v}", ActorKind.Person, []))],
                [],
                [.. Enumerable.Range(0, graph.EdgeCount).Select(e => new Relation(
                    ids[graph.From[e]], kinds[e % kinds.Count], ids[graph.To[e]], graph.Weight[e] / 100.0, 1.0, null, null, null, null))]);
            await using var store = EmbeddedGraphStore.Create(new EmbeddedStoreOptions { Path = Path.Combine(folder.FullName, "bench.db") });
            await store.InitializeAsync();
            var watch = Stopwatch.StartNew();
            await store.UpsertSourceAsync(document);
            results["store_write_s"] = watch.Elapsed.TotalSeconds;
            watch.Restart();
            var snapshot = await store.ReadSnapshotAsync();
            results["store_read_snapshot_s"] = watch.Elapsed.TotalSeconds;
            watch.Restart();
            var influence = InfluenceGraph.Build(snapshot);
            results["influence_graph_build_s"] = watch.Elapsed.TotalSeconds;
            results["snapshot_relations"] = snapshot.Relations.Count;
            GC.KeepAlive(influence);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static double Seconds(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return Math.Round(watch.Elapsed.TotalSeconds, 4);
    }
}
