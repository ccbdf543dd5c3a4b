using ActorGraph.Query.Algorithms;
using BenchmarkDotNet.Attributes;

namespace ActorGraph.Benchmarks;

/// <summary>The query library's kernels on a 10,000-vertex, 100,000-edge block-model graph.</summary>
[MemoryDiagnoser]
public class Kernels
{
    private Csr _directed = null!;
    private Csr _costs = null!;
    private UndirectedGraph _undirected = null!;
    private int _target;

    [GlobalSetup]
    public void Setup()
    {
        var graph = BlockModelGraph.Generate(10_000, 100_000, seed: 42);
        (_directed, _costs, _undirected) = Compare.Build(graph);
        _target = Compare.FarTarget(_costs);
    }

    [Benchmark]
    public int[] Leiden() => Query.Algorithms.Leiden.Run(_undirected, seed: 0);

    [Benchmark]
    public int[] Louvain() => Query.Algorithms.Louvain.Run(_undirected, seed: 0);

    [Benchmark]
    public int[] LabelPropagation() => Query.Algorithms.LabelPropagation.Run(_undirected, seed: 0);

    [Benchmark]
    public double[] PageRank() => Query.Algorithms.PageRank.Run(_directed);

    [Benchmark]
    public double[] Dijkstra() => new ShortestPaths(_costs).DistancesFrom(0);

    [Benchmark]
    public int FiveShortestPaths() => new ShortestPaths(_costs).KShortest(0, _target, 5).Count;

    [Benchmark]
    public double[] BetweennessSampled() => Query.Algorithms.Betweenness.Run(_costs, weighted: true, sampleSize: 100, seed: 0);
}
