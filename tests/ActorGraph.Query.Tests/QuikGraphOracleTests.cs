using ActorGraph.Core.Model;
using QuikGraph;
using QuikGraph.Algorithms;
using QuikGraph.Algorithms.RankedShortestPath;

namespace ActorGraph.Query.Tests;

/// <summary>
/// QuikGraph's own algorithms, run on <see cref="InfluenceGraph.Model"/>, as oracles for the kernels that run on
/// compact arrays: on random graphs both must give the same strongest paths, the same components, and reach that is
/// mutual exactly within a strongly connected component.
/// </summary>
public sealed class QuikGraphOracleTests
{
    private const double Tolerance = 1e-9;

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 25)];

    [Fact]
    public void Model_OfASnapshot_HasEveryActorAndOneEdgePerRelation()
    {
        var snapshot = InfluenceGraphTests.RandomSnapshot(new Random(7), 40, 160);

        var model = InfluenceGraph.Build(snapshot).Model;

        Assert.Equal(snapshot.Actors.Count, model.VertexCount);
        Assert.Equal(snapshot.Relations.Count, model.EdgeCount);
        Assert.All(model.Edges, e => Assert.True(e.Source.Id == e.Tag.Source && e.Target.Id == e.Tag.Target));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void StrongestPaths_OnRandomGraphs_MatchesDijkstraOnTheModel(int seed)
    {
        var random = new Random(seed);
        var graph = InfluenceGraph.Build(InfluenceGraphTests.RandomSnapshot(random, 30, 70));
        var model = graph.Model;
        var actors = model.Vertices.ToList();

        for (var trial = 0; trial < 10; trial++)
        {
            var from = actors[random.Next(actors.Count)];
            var to = actors[random.Next(actors.Count)];
            if (from == to)
            {
                continue;
            }

            var tryPath = model.ShortestPathsDijkstra(e => -Math.Log(e.Tag.Strength), from);
            var ours = graph.StrongestPaths(from.Id.Value, to.Id.Value, k: 1);

            if (tryPath(to, out var edges))
            {
                var expected = edges.Aggregate(1.0, (strength, e) => strength * e.Tag.Strength);
                Assert.Single(ours);
                Assert.Equal(expected, ours[0].Strength, Tolerance);
            }
            else
            {
                Assert.Empty(ours);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void StrongestPaths_RankedOnRandomGraphs_MatchHoffmanPavleyLooplessPaths(int seed)
    {
        var random = new Random(seed);
        var graph = InfluenceGraph.Build(InfluenceGraphTests.RandomSnapshot(random, 12, 40));
        var model = graph.Model;
        var actors = model.Vertices.ToList();
        const int k = 3;

        for (var trial = 0; trial < 5; trial++)
        {
            var from = actors[random.Next(actors.Count)];
            var to = actors[random.Next(actors.Count)];
            if (from == to)
            {
                continue;
            }

            // Between two actors a path follows their strongest relation: the oracle keeps only that edge of a pair.
            var strongest = new BidirectionalGraph<GraphActor, TaggedEdge<GraphActor, GraphRelation>>(allowParallelEdges: false);
            strongest.AddVertexRange(model.Vertices);
            strongest.AddEdgeRange(model.Edges.GroupBy(e => (e.Source, e.Target)).Select(g => g.MaxBy(e => e.Tag.Strength)!));
            var ranked = new HoffmanPavleyRankedShortestPathAlgorithm<GraphActor, TaggedEdge<GraphActor, GraphRelation>>(strongest, e => -Math.Log(e.Tag.Strength))
            {
                ShortestPathCount = 200,
            };
            ranked.Compute(from, to);
            var expected = ranked.ComputedShortestPaths
                .Select(p => p.ToList())
                .Where(p => p.Select(e => e.Target).Prepend(from).Distinct().Count() == p.Count + 1)
                .Select(p => p.Aggregate(1.0, (strength, e) => strength * e.Tag.Strength))
                .OrderByDescending(s => s)
                .Take(k)
                .ToList();

            var ours = graph.StrongestPaths(from.Id.Value, to.Id.Value, k).Select(p => p.Strength).ToList();

            Assert.Equal(expected.Count, ours.Count);
            for (var i = 0; i < ours.Count; i++)
            {
                Assert.Equal(expected[i], ours[i], Tolerance);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Clusters_ComponentsOnRandomGraphs_MatchWeaklyConnectedComponentsOfTheModel(int seed)
    {
        var random = new Random(seed);
        var graph = InfluenceGraph.Build(InfluenceGraphTests.RandomSnapshot(random, 40, random.Next(10, 60)));

        var components = new Dictionary<GraphActor, int>();
        var count = graph.Model.WeaklyConnectedComponents(components);
        var expected = components.GroupBy(c => c.Value).Select(g => Members(g.Select(c => c.Key))).Order(StringComparer.Ordinal);

        var ours = graph.Clusters(new ClusterOptions { Algorithm = ClusterAlgorithm.Components }).Clusters;

        Assert.Equal(count, ours.Count);
        Assert.Equal(expected, ours.Select(c => Members(c.Members)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Reach_MutualOnRandomGraphs_MatchesStronglyConnectedComponentsOfTheModel(int seed)
    {
        var random = new Random(seed);
        var graph = InfluenceGraph.Build(InfluenceGraphTests.RandomSnapshot(random, 30, random.Next(20, 90)));

        var components = new Dictionary<GraphActor, int>();
        graph.Model.StronglyConnectedComponents(components);
        var reached = graph.Model.Vertices.ToDictionary(
            a => a,
            a => graph.Reach(a.Id.Value, minStrength: 1e-300).Select(r => r.Actor.Id).Append(a.Id).ToHashSet());

        // Two actors influence each other, along some path each way, exactly when they are in one strongly connected component.
        foreach (var u in graph.Model.Vertices)
        {
            foreach (var v in graph.Model.Vertices)
            {
                var mutual = reached[u].Contains(v.Id) && reached[v].Contains(u.Id);
                Assert.True(mutual == (components[u] == components[v]), $"{u.Id.Value} and {v.Id.Value}: mutual reach {mutual}, same component {components[u] == components[v]}");
            }
        }
    }

    private static string Members(IEnumerable<GraphActor> actors) =>
        string.Join(',', actors.Select(a => a.Id.Value).Order(StringComparer.Ordinal));
}
