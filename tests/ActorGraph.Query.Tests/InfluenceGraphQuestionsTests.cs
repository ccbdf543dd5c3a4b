using ActorGraph.Core.Model;
using ActorGraph.Testing;
using CsCheck;
using static ActorGraph.Query.Tests.InfluenceGraphTests;

namespace ActorGraph.Query.Tests;

/// <summary>Reach, connection paths, neighbourhoods, centralities, clusters and changes over small known graphs.</summary>
public sealed class InfluenceGraphQuestionsTests
{
    private static readonly ActorId A = ActorId.FromName("A");
    private static readonly ActorId B = ActorId.FromName("B");
    private static readonly ActorId C = ActorId.FromName("C");
    private static readonly ActorId D = ActorId.FromName("D");

    [Fact]
    public void Reach_Threshold_KeepsActorsWhoseStrongestPathIsStrongEnough()
    {
        var graph = Chain();

        var reach = graph.Reach("a", minStrength: 0.5);
        var all = graph.Reach("a", minStrength: 0.01);

        Assert.Equal([("B", 0.9), ("C", 0.9 * 0.6)], reach.Select(r => (r.Actor.Name, Math.Round(r.Strength, 12))));
        Assert.Equal(["A", "B", "C"], reach[1].Path.Actors.Select(x => x.Name));
        Assert.Equal(3, all.Count);
        Assert.Equal(0.9 * 0.6 * 0.5, all[2].Strength, 12);
        Assert.Empty(graph.Reach("d"));
        Assert.Throws<ArgumentOutOfRangeException>(() => graph.Reach("a", 0));
    }

    [Fact]
    public void ConnectionPaths_IgnoreDirection_AndMarkStepsTakenBackwards()
    {
        var graph = Chain();

        var directed = graph.StrongestPaths("d", "a");
        var connections = graph.ConnectionPaths("d", "a");

        Assert.Empty(directed);
        var path = Assert.Single(connections);
        Assert.Equal(["D", "C", "B", "A"], path.Actors.Select(x => x.Name));
        Assert.All(path.Steps, s => Assert.True(s.AgainstDirection));
        Assert.Equal(0.5 * 0.6 * 0.9, path.Strength, 12);
    }

    [Fact]
    public void Neighbors_Depth_FollowsRelationsBothWays()
    {
        var graph = Chain();

        var one = graph.Neighbors("b", depth: 1);
        var two = graph.Neighbors("b", depth: 2);

        Assert.Equal([("B", 0), ("A", 1), ("C", 1)], one.Actors.Select(n => (n.Actor.Name, n.Distance)));
        Assert.Equal(2, one.Relations.Count);
        Assert.Equal([("B", 0), ("A", 1), ("C", 1), ("D", 2)], two.Actors.Select(n => (n.Actor.Name, n.Distance)));
        Assert.Equal(3, two.Relations.Count);
    }

    [Fact]
    public void Degrees_RelationsBothWays_CountRelationsAndStrengthsPerDirection()
    {
        var degrees = Chain().Degrees().ToDictionary(d => d.Actor.Name);

        Assert.Equal((1, 1), (degrees["B"].In, degrees["B"].Out));
        Assert.Equal(0.9, degrees["B"].InStrength, 12);
        Assert.Equal(0.6, degrees["B"].OutStrength, 12);
        Assert.Equal((0, 1), (degrees["A"].In, degrees["A"].Out));
    }

    [Fact]
    public void Betweenness_Chain_MiddleActorsCarryThePaths()
    {
        var scores = Chain().Betweenness().ToDictionary(s => s.Actor.Name, s => s.Score);
        var hops = Chain().Betweenness(new BetweennessOptions { Weighted = false }).ToDictionary(s => s.Actor.Name, s => s.Score);

        // A→B→C→D: B lies on A→C and A→D; C on A→D and B→D.
        Assert.Equal(2, scores["B"], 12);
        Assert.Equal(2, scores["C"], 12);
        Assert.Equal(0, scores["A"], 12);
        Assert.Equal(scores, hops);
    }

    [Fact]
    public void Betweenness_Weighted_PrefersTheStrongerDetour()
    {
        var graph = InfluenceGraph.Build(Snapshot(Actors(
            Documents.Relation(A, RelationKind.Advises, D, confidence: 0.1),
            Documents.Relation(A, RelationKind.Leads, B),
            Documents.Relation(B, RelationKind.Leads, D))));

        var weighted = graph.Betweenness().Single(s => s.Actor.Name == "B").Score;
        var hops = graph.Betweenness(new BetweennessOptions { Weighted = false }).Single(s => s.Actor.Name == "B").Score;

        Assert.Equal(1, weighted, 12);
        Assert.Equal(0, hops, 12);
    }

    [Theory]
    [InlineData(ClusterAlgorithm.Leiden, "leiden")]
    [InlineData(ClusterAlgorithm.Louvain, "louvain")]
    [InlineData(ClusterAlgorithm.LabelPropagation, "labelprop")]
    [InlineData(ClusterAlgorithm.Components, "components")]
    public void Clusters_EveryAlgorithm_PartitionsAllActorsDeterministically(ClusterAlgorithm algorithm, string name)
    {
        var snapshot = RandomSnapshot(new Random(11), 80, 200);
        var graph = InfluenceGraph.Build(snapshot);

        var first = graph.Clusters(new ClusterOptions { Algorithm = algorithm, Seed = 5 });
        var again = graph.Clusters(new ClusterOptions { Algorithm = algorithm, Seed = 5 });

        Assert.Equal(name, first.Algorithm);
        Assert.Equal(snapshot.Actors.Select(a => a.Id).Order(), first.Clusters.SelectMany(c => c.Members).Select(m => m.Id).Order());
        Assert.Equal(first.Clusters.Select(c => c.Label), again.Clusters.Select(c => c.Label));
        Assert.All(first.Brokers, b => Assert.InRange(b.Participation, 1e-12, 1));
    }

    [Fact]
    public void Clusters_TwoGroupsJoinedByOneActor_NameThatActorTheBroker()
    {
        var x = Enumerable.Range(0, 4).Select(i => ActorId.FromName($"x{i}")).ToList();
        var y = Enumerable.Range(0, 4).Select(i => ActorId.FromName($"y{i}")).ToList();
        var bridge = ActorId.FromName("bridge");
        var relations = new List<Relation>();
        foreach (var group in new[] { x, y })
        {
            for (var i = 0; i < group.Count; i++)
            {
                for (var j = i + 1; j < group.Count; j++)
                {
                    relations.Add(Documents.Relation(group[i], RelationKind.Advises, group[j]));
                }
            }
        }

        relations.Add(Documents.Relation(bridge, RelationKind.Leads, x[0]));
        relations.Add(Documents.Relation(bridge, RelationKind.Leads, y[0]));
        var document = new SourceDocument(new SourceInfo("s", null, null, null),
            [.. x.Concat(y).Append(bridge).Select(id => Documents.Person(id, id.Value))], [], relations);

        var result = InfluenceGraph.Build(Snapshot(document)).Clusters();

        Assert.Equal("leiden", result.Algorithm);
        Assert.True(result.Clusters.Count >= 2);
        Assert.Equal("bridge", result.Brokers[0].Actor.Name);
        Assert.Equal(0.5, result.Brokers[0].Participation, 12);
        Assert.Equal("bridge", result.Clusters.Single(c => c.Members.Any(m => m.Name == "bridge")).Members[0].Name);
    }

    [Fact]
    public void Leiden_RandomGraphs_EveryClusterIsConnected()
    {
        Gen.Select(Gen.Int[2, 60], Gen.Int[0, 200], Gen.Int).Sample((n, m, seed) =>
        {
            var snapshot = RandomSnapshot(new Random(seed), n, m);
            var result = InfluenceGraph.Build(snapshot).Clusters(new ClusterOptions { Seed = seed, Resolution = 0.5 + ((seed & 3) * 0.5) });
            return result.Clusters.All(c => IsConnected(snapshot, c));
        }, iter: 200);
    }

    [Fact]
    public void ConnectionPaths_RandomGraphs_AreLooplessSortedAndMultiplyTheirSteps()
    {
        Gen.Select(Gen.Int[2, 25], Gen.Int[0, 90], Gen.Int, Gen.Int[1, 6]).Sample((n, m, seed, k) =>
        {
            var random = new Random(seed);
            var graph = InfluenceGraph.Build(RandomSnapshot(random, n, m));
            var from = graph.Snapshot.Actors[random.Next(n)].Id.Value;
            var to = graph.Snapshot.Actors[random.Next(n)].Id.Value;
            var paths = graph.ConnectionPaths(from, to, k);
            return paths.Count <= k
                && paths.All(p => p.Actors.Select(x => x.Id).Distinct().Count() == p.Actors.Count)
                && paths.All(p => Math.Abs(p.Strength - p.Steps.Aggregate(1.0, (s, step) => s * step.Strength)) < 1e-12)
                && paths.All(p => p.Steps.All(s => s.AgainstDirection
                    ? s.Relation.Source == s.Target.Id && s.Relation.Target == s.Source.Id
                    : s.Relation.Source == s.Source.Id && s.Relation.Target == s.Target.Id))
                && paths.Zip(paths.Skip(1)).All(pair => pair.First.Strength >= pair.Second.Strength - 1e-12)
                && graph.StrongestPaths(from, to, 1).All(best => paths.Count > 0 && paths[0].Strength >= best.Strength - 1e-12);
        }, iter: 300);
    }

    [Fact]
    public void Changes_Window_ListsWhatBeganAndWhatEnded()
    {
        var document = new SourceDocument(new SourceInfo("s", null, null, null),
            [Documents.Person(A, "A"), Documents.Person(B, "B"), Documents.Person(C, "C")],
            [new Role(A, "Envoy", null, new DateOnly(2025, 3, 1), new DateOnly(2025, 9, 30))],
            [
                new Relation(A, RelationKind.Advises, B, 0.6, 1, new DateOnly(2025, 2, 1), new DateOnly(2025, 5, 31), null, null),
                new Relation(B, RelationKind.Leads, C, 0.9, 1, new DateOnly(2025, 6, 1), null, null, null),
                new Relation(C, RelationKind.Sanctions, A, 0.8, 1, null, null, null, null),
            ]);
        var snapshot = Snapshot(document);

        var spring = GraphChanges.Between(snapshot, new DateOnly(2025, 1, 31), new DateOnly(2025, 3, 1));
        var summer = GraphChanges.Between(snapshot, new DateOnly(2025, 5, 1), new DateOnly(2025, 7, 1));

        Assert.Equal([RelationKind.Advises], spring.RelationsBegun.Select(r => r.Kind));
        Assert.Equal(["Envoy"], spring.RolesBegun.Select(r => r.Title));
        Assert.Empty(spring.RelationsEnded);
        Assert.Equal([RelationKind.Leads], summer.RelationsBegun.Select(r => r.Kind));
        Assert.Equal([RelationKind.Advises], summer.RelationsEnded.Select(r => r.Kind));
        Assert.Empty(summer.RolesEnded);
        Assert.Throws<ArgumentException>(() => GraphChanges.Between(snapshot, new DateOnly(2025, 2, 1), new DateOnly(2025, 1, 1)));
    }

    private static InfluenceGraph Chain() => InfluenceGraph.Build(Snapshot(Actors(
        Documents.Relation(A, RelationKind.Leads, B),
        Documents.Relation(B, RelationKind.Advises, C),
        Documents.Relation(C, RelationKind.Facilitates, D))));

    private static SourceDocument Actors(params Relation[] relations) => new(
        new SourceInfo("s", null, null, null),
        [Documents.Person(A, "A"), Documents.Person(B, "B"), Documents.Person(C, "C"), Documents.Person(D, "D")],
        [],
        relations);

    private static bool IsConnected(GraphSnapshot snapshot, Community community)
    {
        var members = community.Members.Select(m => m.Id).ToHashSet();
        var seen = new HashSet<ActorId> { community.Members[0].Id };
        var stack = new Stack<ActorId>(seen);
        while (stack.TryPop(out var v))
        {
            foreach (var r in snapshot.Relations.Where(r => r.Source == v || r.Target == v))
            {
                var other = r.Source == v ? r.Target : r.Source;
                if (members.Contains(other) && seen.Add(other))
                {
                    stack.Push(other);
                }
            }
        }

        return seen.Count == members.Count;
    }
}
