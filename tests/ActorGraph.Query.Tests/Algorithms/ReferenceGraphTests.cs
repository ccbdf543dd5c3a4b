using ActorGraph.Query.Algorithms;

namespace ActorGraph.Query.Tests.Algorithms;

public sealed class ReferenceGraphTests
{
    [Theory]
    [MemberData(nameof(ReferenceGraph.All), MemberType = typeof(ReferenceGraph))]
    public void PageRank_WeightedAndUnweighted_MatchesReferenceWithin1e6(string name)
    {
        var graph = ReferenceGraph.Load(name);
        var pagerank = graph.Answers.GetProperty("pagerank");

        var weighted = PageRank.Run(graph.Directed(w => w));
        var unweighted = PageRank.Run(graph.Directed(_ => 1));

        foreach (var node in pagerank.GetProperty("all_weighted").EnumerateObject())
        {
            Assert.Equal(node.Value.GetDouble(), weighted[graph.Index(node.Name)], 1e-6);
        }

        foreach (var node in pagerank.GetProperty("all_unweighted").EnumerateObject())
        {
            Assert.Equal(node.Value.GetDouble(), unweighted[graph.Index(node.Name)], 1e-6);
        }

        Assert.Equal(1.0, weighted.Sum(), 1e-9);
    }

    [Theory]
    [MemberData(nameof(ReferenceGraph.All), MemberType = typeof(ReferenceGraph))]
    public void DistancesFrom_Source_EqualReferenceDijkstra(string name)
    {
        var graph = ReferenceGraph.Load(name);
        var reference = graph.Answers.GetProperty("shortest_paths");
        var source = graph.Index(reference.GetProperty("source").GetString()!);

        var distances = new ShortestPaths(graph.Directed(w => w)).DistancesFrom(source);

        foreach (var node in reference.GetProperty("dijkstra_distances_from_source").EnumerateObject())
        {
            Assert.Equal(node.Value.GetDouble(), distances[graph.Index(node.Name)], 1e-9);
        }
    }

    [Theory]
    [MemberData(nameof(ReferenceGraph.All), MemberType = typeof(ReferenceGraph))]
    public void KShortest_FivePaths_CostsAndPathSetsEqualReference(string name)
    {
        var graph = ReferenceGraph.Load(name);
        var reference = graph.Answers.GetProperty("shortest_paths");
        var source = graph.Index(reference.GetProperty("source").GetString()!);
        var target = graph.Index(reference.GetProperty("target_for_k_paths").GetString()!);
        var expected = reference.GetProperty("k5_shortest_simple_paths_networkx").EnumerateArray()
            .Select(p => (Cost: p.GetProperty("cost").GetDouble(), Path: string.Join(",", p.GetProperty("path").EnumerateArray().Select(v => graph.Index(v.GetString()!)))))
            .ToList();

        var paths = new ShortestPaths(graph.Directed(w => w)).KShortest(source, target, 5);

        Assert.Equal(expected.Select(e => e.Cost), paths.Select(p => p.Cost));
        Assert.Equal(reference.GetProperty("k5_costs_igraph").EnumerateArray().Select(c => c.GetDouble()), paths.Select(p => p.Cost));

        // Equal costs may come in another order; below the largest cost the path sets must agree exactly.
        var maxCost = expected.Max(e => e.Cost);
        Assert.Equal(
            expected.Where(e => e.Cost < maxCost).Select(e => e.Path).Order(),
            paths.Where(p => p.Cost < maxCost).Select(p => string.Join(",", p.Vertices)).Order());
    }

    [Theory]
    [MemberData(nameof(ReferenceGraph.All), MemberType = typeof(ReferenceGraph))]
    public void Louvain_EverySeed_ReachesTheReferenceMinimumAndMostSeedsTheMedian(string name)
    {
        var graph = ReferenceGraph.Load(name).Undirected();
        var reference = ReferenceGraph.Load(name).Answers.GetProperty("louvain_networkx").GetProperty("modularity");

        var scores = Enumerable.Range(0, 20).Select(seed => graph.Modularity(Louvain.Run(graph, seed))).Order().ToList();

        Assert.True(scores[0] >= reference.GetProperty("min").GetDouble() - 1e-6, $"worst seed {scores[0]:F6}");
        Assert.True(scores[10] >= reference.GetProperty("median").GetDouble() - 1e-6, $"median {scores[10]:F6}");
    }

    [Fact]
    public void Louvain_Karate_ModularityAtLeast041ForSeedZero()
    {
        var graph = ReferenceGraph.Load("karate").Undirected();

        var modularity = graph.Modularity(Louvain.Run(graph, seed: 0));

        Assert.True(modularity >= 0.41, $"modularity {modularity:F6}");
    }

    [Fact]
    public void Modularity_BestReferencePartition_EqualsReferenceValue()
    {
        var reference = ReferenceGraph.Load("karate_weighted");
        var louvain = reference.Answers.GetProperty("louvain_networkx");
        var membership = new int[reference.Names.Count];
        var c = 0;
        foreach (var cluster in louvain.GetProperty("best_partition").EnumerateArray())
        {
            foreach (var node in cluster.EnumerateArray())
            {
                membership[reference.Index(node.GetString()!)] = c;
            }

            c++;
        }

        Assert.Equal(louvain.GetProperty("modularity").GetProperty("max").GetDouble(), reference.Undirected().Modularity(membership), 1e-6);
    }

    [Theory]
    [MemberData(nameof(ReferenceGraph.All), MemberType = typeof(ReferenceGraph))]
    public void Leiden_Seeds_ReachTheReferenceMedianAndStayConnected(string name)
    {
        var reference = ReferenceGraph.Load(name);
        var graph = reference.Undirected();
        var median = reference.Answers.GetProperty("leiden_igraph_modularity").GetProperty("modularity").GetProperty("median").GetDouble();

        var partitions = Enumerable.Range(0, 20).Select(seed => Leiden.Run(graph, seed)).ToList();
        var scores = partitions.Select(p => graph.Modularity(p)).Order().ToList();

        Assert.True(scores[10] >= median - 1e-6, $"median {scores[10]:F6} < {median}");
        Assert.True(graph.Modularity(partitions[0]) >= median - 1e-6, $"seed 0 {graph.Modularity(partitions[0]):F6} < {median}");
        Assert.All(partitions, p => Assert.Equal(p, Leiden.SplitDisconnected(graph, p)));
    }

    [Theory]
    [MemberData(nameof(ReferenceGraph.All), MemberType = typeof(ReferenceGraph))]
    public void LabelPropagation_Seeds_ComeWithinTwoHundredthsOfTheReferenceMedian(string name)
    {
        // Label propagation is fast and rough: igraph's own runs on karate range from 0 to 0.40.
        var reference = ReferenceGraph.Load(name);
        var graph = reference.Undirected();
        var modularity = reference.Answers.GetProperty("label_propagation_igraph").GetProperty("modularity");

        var scores = Enumerable.Range(0, 20).Select(seed => graph.Modularity(LabelPropagation.Run(graph, seed))).Order().ToList();

        Assert.True(scores[10] >= modularity.GetProperty("median").GetDouble() - 0.02, $"median {scores[10]:F6}");
        Assert.True(scores[0] >= modularity.GetProperty("min").GetDouble() - 0.02, $"worst {scores[0]:F6}");
        Assert.Equal(LabelPropagation.Run(graph, 3), LabelPropagation.Run(graph, 3));
    }

    [Theory]
    [MemberData(nameof(ReferenceGraph.All), MemberType = typeof(ReferenceGraph))]
    public void Components_Count_EqualsReference(string name)
    {
        var reference = ReferenceGraph.Load(name);

        var components = Components.Run(reference.Undirected());

        Assert.Equal(reference.Answers.GetProperty("connected_components").GetInt32(), components.Max() + 1);
    }

    [Theory]
    [MemberData(nameof(ReferenceGraph.All), MemberType = typeof(ReferenceGraph))]
    public void Betweenness_Unweighted_EqualsReferenceRawValuesWithin1e9(string name)
    {
        var reference = ReferenceGraph.Load(name);

        // Both directions of every undirected edge: each unordered pair is counted twice.
        var raw = Betweenness.Run(reference.Directed(_ => 1), weighted: false);

        foreach (var node in reference.Answers.GetProperty("betweenness").GetProperty("all_unweighted_raw").EnumerateObject())
        {
            Assert.Equal(node.Value.GetDouble(), raw[reference.Index(node.Name)] / 2, 1e-9);
        }
    }

    [Theory]
    [MemberData(nameof(ReferenceGraph.All), MemberType = typeof(ReferenceGraph))]
    public void Betweenness_WeightedWithUnitCosts_EqualsUnweighted(string name)
    {
        var reference = ReferenceGraph.Load(name);

        var weighted = Betweenness.Run(reference.Directed(_ => 1), weighted: true);
        var unweighted = Betweenness.Run(reference.Directed(_ => 1), weighted: false);

        Assert.Equal(unweighted.Length, weighted.Length);
        for (var v = 0; v < weighted.Length; v++)
        {
            Assert.Equal(unweighted[v], weighted[v], 1e-9);
        }
    }

    [Fact]
    public void Betweenness_SampledEstimate_ApproachesExactValues()
    {
        var reference = ReferenceGraph.Load("karate");
        var exact = Betweenness.Run(reference.Directed(_ => 1), weighted: false);

        var all = Betweenness.Run(reference.Directed(_ => 1), weighted: false, sampleSize: reference.Names.Count);
        var half = Betweenness.Run(reference.Directed(_ => 1), weighted: false, sampleSize: 17, seed: 1);

        Assert.Equal(exact, all);
        Assert.Equal(exact.Sum(), half.Sum(), exact.Sum() * 0.35);
        Assert.Equal(exact.ToList().IndexOf(exact.Max()), half.ToList().IndexOf(half.Max()));
    }
}
