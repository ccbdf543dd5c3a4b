using ActorGraph.Core;
using ActorGraph.Core.Model;
using ActorGraph.Testing;

namespace ActorGraph.Query.Tests;

/// <summary>The local engine answers as <see cref="InfluenceGraph"/> does over the same filtered snapshot.</summary>
public sealed class LocalInfluenceEngineTests
{
    [Fact]
    public async Task Analyses_RiyadhSource_MatchTheInfluenceGraphOfTheSameSnapshot()
    {
        await using var temporary = await TemporaryStore.CreateAsync();
        await temporary.Store.UpsertSourceAsync(Documents.Riyadh());
        var filter = new SnapshotFilter { MinConfidence = 0.1 };
        var graph = InfluenceGraph.Build(await temporary.Store.ReadSnapshotAsync(filter));
        IInfluenceEngine engine = new LocalInfluenceEngine(temporary.Store);

        var rank = await engine.InfluenceRankAsync(filter, 2);
        var clusters = await engine.ClustersAsync(filter, new ClusterOptions { Seed = 3 });
        var paths = await engine.StrongestPathsAsync(filter, "Marco Rubio", "us-delegation", 2);
        var rubio = await engine.FindActorAsync(filter, "rubio");

        Assert.Equal(graph.InfluenceRank().Take(2).Select(s => (s.Actor.Id, s.Score)), rank.Select(s => (s.Actor.Id, s.Score)));
        Assert.Equal(graph.Clusters(new ClusterOptions { Seed = 3 }).Clusters.Select(c => c.Label), clusters.Clusters.Select(c => c.Label));
        Assert.Equal(graph.StrongestPaths("Marco Rubio", "us-delegation", 2).Select(p => p.Strength), paths.Select(p => p.Strength));
        Assert.NotEmpty(paths);
        Assert.Equal(Documents.Rubio, rubio.Id);
        Assert.Equal("local", engine.Name);
        Assert.All(Enum.GetValues<ClusterAlgorithm>(), a => Assert.True(engine.Supports(a)));
    }

    [Fact]
    public async Task FindActorAsync_UnknownName_ThrowsActorNotFound()
    {
        await using var temporary = await TemporaryStore.CreateAsync();
        await temporary.Store.UpsertSourceAsync(Documents.Riyadh());

        await Assert.ThrowsAsync<ActorNotFoundException>(() => new LocalInfluenceEngine(temporary.Store).FindActorAsync(SnapshotFilter.All, "Nobody At All"));
    }
}
