using ActorGraph.Core;
using ActorGraph.Core.Model;
using ActorGraph.Testing;
using CsCheck;

namespace ActorGraph.Query.Tests;

public sealed class InfluenceGraphTests
{
    private static readonly ActorId A = ActorId.FromName("A");
    private static readonly ActorId B = ActorId.FromName("B");
    private static readonly ActorId C = ActorId.FromName("C");

    [Fact]
    public void StrongestPaths_TwoRoutes_StrongestFirstWithStrengthTheProductOfSteps()
    {
        var graph = InfluenceGraph.Build(Snapshot(ThreeActors(
            Documents.Relation(A, RelationKind.Leads, B, evidence: "A leads B."),
            Documents.Relation(B, RelationKind.Advises, C, confidence: 0.5),
            Documents.Relation(A, RelationKind.Facilitates, C, confidence: 0.4),
            Documents.Relation(A, RelationKind.Sanctions, C, confidence: 0.2))));

        var paths = graph.StrongestPaths("a", "c", k: 5);

        Assert.Equal(2, paths.Count);
        Assert.Equal(["A", "B", "C"], paths[0].Actors.Select(x => x.Name));
        Assert.Equal(0.9 * 0.6 * 0.5, paths[0].Strength, 12);
        Assert.Equal("A leads B.", paths[0].Steps[0].Relation.Provenance.Single().Evidence);
        Assert.Equal(RelationKind.Facilitates, Assert.Single(paths[1].Steps).Kind);
        Assert.Equal(0.5 * 0.4, paths[1].Strength, 12);
        Assert.Empty(graph.StrongestPaths("c", "a"));
    }

    [Fact]
    public void StrongestPaths_UnknownActor_ThrowsWithSuggestion()
    {
        var graph = InfluenceGraph.Build(Snapshot(Documents.Riyadh()));

        var error = Assert.Throws<ActorNotFoundException>(() => graph.StrongestPaths("Lavro", "Rubio"));

        Assert.Contains("Sergey Lavrov", error.Candidates);
    }

    [Fact]
    public void Clusters_SameSeed_SameClustersAndModularityMatchesRecount()
    {
        var snapshot = RandomSnapshot(new Random(7), 60, 180);
        var graph = InfluenceGraph.Build(snapshot);

        var first = graph.Clusters(new ClusterOptions { Seed = 3 });
        var second = graph.Clusters(new ClusterOptions { Seed = 3 });

        Assert.Equal(Names(first), Names(second));
        Assert.Equal(snapshot.Actors.Count, first.Clusters.Sum(c => c.Members.Count));
        Assert.Equal(DirectModularity(snapshot, first), first.Modularity, 9);
    }

    [Fact]
    public void InfluenceRank_LeaderOfLeaders_RanksAboveThoseItLeads()
    {
        var document = ThreeActors(Documents.Relation(A, RelationKind.Leads, B), Documents.Relation(B, RelationKind.Leads, C));

        var rank = InfluenceGraph.Build(Snapshot(document)).InfluenceRank();

        Assert.Equal(["A", "B", "C"], rank.Select(s => s.Actor.Name));
        Assert.Equal(1.0, rank.Sum(s => s.Score), 9);
    }

    [Fact]
    public void StrongestPaths_RandomGraphs_AreLooplessSortedAndMultiplyTheirSteps()
    {
        Gen.Select(Gen.Int[2, 25], Gen.Int[0, 90], Gen.Int, Gen.Int[1, 6]).Sample((n, m, seed, k) =>
        {
            var random = new Random(seed);
            var graph = InfluenceGraph.Build(RandomSnapshot(random, n, m));
            var from = graph.Snapshot.Actors[random.Next(n)].Id.Value;
            var to = graph.Snapshot.Actors[random.Next(n)].Id.Value;
            var paths = graph.StrongestPaths(from, to, k);
            return paths.Count <= k
                && paths.All(p => p.Actors.Select(x => x.Id).Distinct().Count() == p.Actors.Count)
                && paths.All(p => Math.Abs(p.Strength - p.Steps.Aggregate(1.0, (s, step) => s * step.Strength)) < 1e-12)
                && paths.All(p => p.Steps.Select((s, i) => s.Source == p.Actors[i] && s.Target == p.Actors[i + 1]).All(x => x))
                && paths.Zip(paths.Skip(1)).All(pair => pair.First.Strength >= pair.Second.Strength - 1e-12)
                && paths.Select(p => string.Join(">", p.Actors.Select(x => x.Id))).Distinct().Count() == paths.Count;
        }, iter: 300);
    }

    private static List<List<string>> Names(ClusterResult result) => [.. result.Clusters.Select(c => c.Members.Select(m => m.Name).ToList())];

    private static double DirectModularity(GraphSnapshot snapshot, ClusterResult result)
    {
        var cluster = new Dictionary<ActorId, int>();
        for (var i = 0; i < result.Clusters.Count; i++)
        {
            foreach (var member in result.Clusters[i].Members)
            {
                cluster[member.Id] = i;
            }
        }

        var weights = new Dictionary<(ActorId, ActorId), double>();
        var degree = snapshot.Actors.ToDictionary(a => a.Id, _ => 0.0);
        var total = 0.0;
        foreach (var r in snapshot.Relations)
        {
            degree[r.Source] += r.Strength;
            degree[r.Target] += r.Strength;
            total += r.Strength;
            weights[(r.Source, r.Target)] = weights.GetValueOrDefault((r.Source, r.Target)) + r.Strength;
        }

        var q = 0.0;
        foreach (var u in snapshot.Actors)
        {
            foreach (var v in snapshot.Actors)
            {
                if (cluster[u.Id] != cluster[v.Id])
                {
                    continue;
                }

                var a = weights.GetValueOrDefault((u.Id, v.Id)) + weights.GetValueOrDefault((v.Id, u.Id));
                q += a - (degree[u.Id] * degree[v.Id] / (2 * total));
            }
        }

        return q / (2 * total);
    }

    private static SourceDocument ThreeActors(params Relation[] relations) => new(
        new SourceInfo("s", null, null, null),
        [Documents.Person(A, "A"), Documents.Person(B, "B"), Documents.Person(C, "C")],
        [],
        relations);

    internal static GraphSnapshot RandomSnapshot(Random random, int n, int m)
    {
        var ids = Enumerable.Range(0, n).Select(i => ActorId.FromName($"actor {i}")).ToList();
        var relations = new Dictionary<(int, RelationKind, int), Relation>();
        for (var e = 0; e < m; e++)
        {
            var from = random.Next(n);
            var to = random.Next(n);
            var kind = (RelationKind)random.Next(4);
            if (from != to)
            {
                relations[(from, kind, to)] = new Relation(ids[from], kind, ids[to], 0.05 + (random.NextDouble() * 0.95), 0.05 + (random.NextDouble() * 0.95), null, null, null, null);
            }
        }

        var document = new SourceDocument(new SourceInfo("random", null, null, null), [.. ids.Select((id, i) => Documents.Person(id, $"Actor {i}"))], [], [.. relations.Values]);
        return Snapshot(document);
    }

    internal static GraphSnapshot Snapshot(params SourceDocument[] documents)
    {
        var assembler = new SnapshotAssembler();
        foreach (var document in documents)
        {
            assembler.AddDocument(document, DateTimeOffset.UnixEpoch);
        }

        return assembler.Build();
    }
}
