using System.Net;
using ActorGraph.Core;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Query;
using ActorGraph.Storage.Neo4j;
using ActorGraph.Testing.Neo4j;

namespace ActorGraph.Analytics.Neo4jGds.Tests;

/// <summary>What the Graph Data Science engine sends and how it reads the answers.</summary>
public sealed class GdsInfluenceEngineTests : IAsyncDisposable
{
    private readonly FakeNeo4j _server = new();
    private readonly Neo4jGraphStore _store;

    public GdsInfluenceEngineTests()
    {
        _store = Neo4jGraphStore.Create(new Neo4jStoreOptions { Endpoint = new Uri("http://neo4j.test:7474"), MaxRetries = 0 }, _server);
    }

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        _server.Dispose();
    }

    [Fact]
    public async Task InfluenceRank_OnAGraph_ProjectsRunsAndDropsOneProjection()
    {
        _server.Respond = (r, _) => Task.FromResult(r.Statement == "cypher/gds/pagerank.cypher"
            ? Answer(["id", "name", "kind", "score"], ["donald-trump", "Donald Trump", "person", 0.21], ["united-states", "United States", "country", 0.12])
            : FakeNeo4j.EmptyDatabase(r));
        var filter = new SnapshotFilter { Kinds = new HashSet<RelationKind> { RelationKind.Sanctions, RelationKind.Leads }, MinConfidence = 0.5, AsOf = new DateOnly(2025, 3, 1) };

        var scores = await new GdsInfluenceEngine(_store).InfluenceRankAsync(filter, 2);

        Assert.Equal([("donald-trump", 0.21), ("united-states", 0.12)], scores.Select(s => (s.Actor.Id.Value, s.Score)));
        Assert.Equal(ActorKind.Country, scores[1].Actor.Kind);
        Assert.Equal(["cypher/gds/project-reversed.cypher", "cypher/gds/pagerank.cypher", "cypher/gds/drop.cypher"], _server.Requests.Select(r => r.Statement));
        var graphs = _server.Requests.Select(r => r.Parameters.GetProperty("graph").GetString()).Distinct().ToList();
        Assert.StartsWith("actorgraph-", Assert.Single(graphs), StringComparison.Ordinal);
        var projection = _server.Requests[0].Parameters;
        Assert.Equal(["LEADS", "SANCTIONS"], projection.GetProperty("types").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("2025-03-01", projection.GetProperty("asOf").GetString());
        Assert.Contains("\"minConfidence\":0.5", _server.Requests[0].Body, StringComparison.Ordinal);
        Assert.Equal(2, _server.Requests[1].Parameters.GetProperty("top").GetInt32());
    }

    [Fact]
    public async Task Clusters_AlgorithmFails_ProjectionIsStillDropped()
    {
        _server.Respond = (r, _) => Task.FromResult(r.Statement == "cypher/gds/leiden.cypher"
            ? FakeNeo4j.Json(HttpStatusCode.BadRequest, FakeNeo4j.Error("Neo.ClientError.Procedure.ProcedureNotFound", "There is no procedure with the name `gds.leiden.mutate`"))
            : FakeNeo4j.EmptyDatabase(r));

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => new GdsInfluenceEngine(_store).ClustersAsync(SnapshotFilter.All, new ClusterOptions { Algorithm = ClusterAlgorithm.Leiden, Resolution = 1.0, Seed = 7 }));

        Assert.Equal("Neo.ClientError.Procedure.ProcedureNotFound", error.Code);
        Assert.Equal("cypher/gds/drop.cypher", _server.Requests[^1].Statement);
        Assert.Contains("\"resolution\":1.0", _server.Requests[1].Body, StringComparison.Ordinal);
        Assert.Equal(7, _server.Requests[1].Parameters.GetProperty("seed").GetInt32());
    }

    [Fact]
    public async Task Clusters_Louvain_ReadsModularityAndMembersByName()
    {
        _server.Respond = (r, _) => Task.FromResult(r.Statement switch
        {
            "cypher/gds/louvain.cypher" => Answer(["communityCount", "modularity"], [2, 0.42]),
            "cypher/gds/communities.cypher" => Answer(["id", "name", "kind", "community"], ["c", "C", "country", 3], ["b", "B", "group", 9], ["a", "A", "person", 9]),
            _ => FakeNeo4j.EmptyDatabase(r),
        });

        var result = await new GdsInfluenceEngine(_store).ClustersAsync(SnapshotFilter.All, new ClusterOptions { Algorithm = ClusterAlgorithm.Louvain });

        Assert.Equal("louvain", result.Algorithm);
        Assert.Equal(0.42, result.Modularity);
        Assert.Equal(["A,B", "C"], result.Clusters.Select(c => string.Join(",", c.Members.Select(m => m.Name))));
        Assert.Equal(ActorKind.Group, result.Clusters[0].Members[1].Kind);
        Assert.Empty(result.Brokers);
        Assert.False(_server.Requests[1].Parameters.TryGetProperty("resolution", out _));
    }

    [Fact]
    public async Task StrongestPaths_PathsFound_ReadEachStepWithItsSources()
    {
        _server.Respond = (r, _) => Task.FromResult(r.Statement switch
        {
            "cypher/gds/find-actor.cypher" => r.Parameters.GetProperty("name").GetString() == "rosneft"
                ? Answer(["id", "name", "kind"], ["rosneft", "Rosneft", "organization"])
                : Answer(["id", "name", "kind"], ["donald-trump", "Donald Trump", "person"]),
            "cypher/gds/paths-yen.cypher" => Answer(["index", "strength", "actorIds"], [0, 0.72, new[] { "donald-trump", "united-states", "rosneft" }]),
            "cypher/gds/path-steps.cypher" => Answer(["index", "from", "fromName", "fromKind", "type", "to", "toName", "toKind", "weight", "confidence", "strength", "claims"],
                [0, "donald-trump", "Donald Trump", "person", "LEADS", "united-states", "United States", "country", 0.9, 1.0, 0.9, new[] { new { source = "samples/a.yaml", evidence = "Trump leads.", context = (string?)null } }],
                [1, "united-states", "United States", "country", "SANCTIONS", "rosneft", "Rosneft", "organization", 0.8, 1.0, 0.8, new[] { new { source = (string?)null, evidence = (string?)null, context = (string?)null } }]),
            _ => FakeNeo4j.EmptyDatabase(r),
        });

        var paths = await new GdsInfluenceEngine(_store).StrongestPathsAsync(SnapshotFilter.All, "Donald Trump", "rosneft", 3);

        var path = Assert.Single(paths);
        Assert.Equal(0.72, path.Strength);
        Assert.Equal([RelationKind.Leads, RelationKind.Sanctions], path.Steps.Select(s => s.Kind));
        Assert.Equal(["Donald Trump", "United States", "Rosneft"], path.Actors.Select(a => a.Name));
        Assert.Equal(ActorKind.Organization, path.Actors[2].Kind);
        Assert.Equal("Trump leads.", Assert.Single(path.Steps[0].Relation.Provenance).Evidence);
        Assert.Empty(path.Steps[1].Relation.Provenance);
        Assert.False(path.Steps[1].AgainstDirection);
        Assert.Equal("rosneft", _server.Requests.Single(r => r.Statement == "cypher/gds/paths-yen.cypher").Parameters.GetProperty("to").GetString());
        var steps = _server.Requests.Single(r => r.Statement == "cypher/gds/path-steps.cypher").Parameters.GetProperty("steps");
        Assert.Equal("united-states", steps[1].GetProperty("from").GetString());
        Assert.Equal(3, _server.Requests.Single(r => r.Statement == "cypher/gds/paths-yen.cypher").Parameters.GetProperty("k").GetInt32());
    }

    [Fact]
    public async Task FindActor_NoneOrSeveral_SaysWhich()
    {
        var rows = Array.Empty<object?[]>();
        _server.Respond = (r, _) => Task.FromResult(Answer(["id", "name", "kind"], rows));
        var engine = new GdsInfluenceEngine(_store);

        var none = await Assert.ThrowsAsync<ActorNotFoundException>(() => engine.FindActorAsync(SnapshotFilter.All, "Nobody"));
        rows = [["a-1", "Alex", "person"], ["a-2", "Alex", "person"]];
        var several = await Assert.ThrowsAsync<ActorNotFoundException>(() => engine.FindActorAsync(SnapshotFilter.All, "alex"));
        rows = [["sergey-lavrov", "Sergey Lavrov", "person"]];
        var found = await engine.FindActorAsync(SnapshotFilter.All, "lawrow");

        Assert.False(none.IsAmbiguous);
        Assert.True(several.IsAmbiguous);
        Assert.Equal("sergey-lavrov", found.Id.Value);
        Assert.Equal(ActorKind.Person, found.Kind);
    }

    [Theory]
    [InlineData(ClusterAlgorithm.LabelPropagation)]
    [InlineData(ClusterAlgorithm.Components)]
    public async Task Clusters_AlgorithmOnlyTheLocalEngineRuns_IsRefusedBeforeAnyRequest(ClusterAlgorithm algorithm)
    {
        var engine = new GdsInfluenceEngine(_store);

        await Assert.ThrowsAsync<NotSupportedException>(() => engine.ClustersAsync(SnapshotFilter.All, new ClusterOptions { Algorithm = algorithm }));

        Assert.False(engine.Supports(algorithm));
        Assert.Empty(_server.Requests);
    }

    private static HttpResponseMessage Answer(string[] fields, params object?[][] rows) =>
        FakeNeo4j.Json(HttpStatusCode.Accepted, FakeNeo4j.Data(fields, false, rows));
}
