using System.Net;
using ActorGraph.Core;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Testing;

using ActorGraph.Testing.Neo4j;

namespace ActorGraph.Storage.Neo4j.Tests;

/// <summary>What the Graph Data Science engine sends and how it reads the answers.</summary>
public sealed class GdsEngineTests : IAsyncDisposable
{
    private readonly FakeNeo4j _server = new();
    private readonly Neo4jGraphStore _store;

    public GdsEngineTests()
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

        var scores = await new GdsEngine(_store).InfluenceRankAsync(filter, 2);

        Assert.Equal([("donald-trump", 0.21), ("united-states", 0.12)], scores.Select(s => (s.Id.Value, s.Score)));
        Assert.Equal(ActorKind.Country, scores[1].Kind);
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
    public async Task Communities_AlgorithmFails_ProjectionIsStillDropped()
    {
        _server.Respond = (r, _) => Task.FromResult(r.Statement == "cypher/gds/leiden.cypher"
            ? FakeNeo4j.Json(HttpStatusCode.BadRequest, FakeNeo4j.Error("Neo.ClientError.Procedure.ProcedureNotFound", "There is no procedure with the name `gds.leiden.mutate`"))
            : FakeNeo4j.EmptyDatabase(r));

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => new GdsEngine(_store).CommunitiesAsync(SnapshotFilter.All, GdsCommunityAlgorithm.Leiden, 1.0, 7));

        Assert.Equal("Neo.ClientError.Procedure.ProcedureNotFound", error.Code);
        Assert.Equal("cypher/gds/drop.cypher", _server.Requests[^1].Statement);
        Assert.Contains("\"resolution\":1.0", _server.Requests[1].Body, StringComparison.Ordinal);
        Assert.Equal(7, _server.Requests[1].Parameters.GetProperty("seed").GetInt32());
    }

    [Fact]
    public async Task Communities_Louvain_ReadsModularityAndMembers()
    {
        _server.Respond = (r, _) => Task.FromResult(r.Statement switch
        {
            "cypher/gds/louvain.cypher" => Answer(["communityCount", "modularity"], [2, 0.42]),
            "cypher/gds/communities.cypher" => Answer(["id", "name", "kind", "community"], ["a", "A", "person", 3], ["b", "B", "group", 3], ["c", "C", "country", 9]),
            _ => FakeNeo4j.EmptyDatabase(r),
        });

        var result = await new GdsEngine(_store).CommunitiesAsync(SnapshotFilter.All, GdsCommunityAlgorithm.Louvain, 1.0, 0);

        Assert.Equal("louvain", result.Algorithm);
        Assert.Equal(0.42, result.Modularity);
        Assert.Equal([3L, 3L, 9L], result.Members.Select(m => m.Community));
        Assert.False(_server.Requests[1].Parameters.TryGetProperty("resolution", out _));
    }

    [Fact]
    public async Task StrongestPaths_PathsFound_ReadEachStepWithItsSources()
    {
        _server.Respond = (r, _) => Task.FromResult(r.Statement switch
        {
            "cypher/gds/paths-yen.cypher" => Answer(["index", "strength", "actorIds"], [0, 0.72, new[] { "donald-trump", "united-states", "rosneft" }]),
            "cypher/gds/path-steps.cypher" => Answer(["index", "from", "fromName", "type", "to", "toName", "weight", "confidence", "strength", "claims"],
                [0, "donald-trump", "Donald Trump", "LEADS", "united-states", "United States", 0.9, 1.0, 0.9, new[] { new { source = "samples/a.yaml", evidence = "Trump leads.", context = (string?)null } }],
                [1, "united-states", "United States", "SANCTIONS", "rosneft", "Rosneft", 0.8, 1.0, 0.8, new[] { new { source = (string?)null, evidence = (string?)null, context = (string?)null } }]),
            _ => FakeNeo4j.EmptyDatabase(r),
        });

        var paths = await new GdsEngine(_store).StrongestPathsAsync(SnapshotFilter.All, ActorId.Parse("donald-trump"), ActorId.Parse("rosneft"), 3);

        var path = Assert.Single(paths);
        Assert.Equal(0.72, path.Strength);
        Assert.Equal([RelationKind.Leads, RelationKind.Sanctions], path.Steps.Select(s => s.Kind));
        Assert.Equal("Trump leads.", Assert.Single(path.Steps[0].Provenance).Evidence);
        Assert.Empty(path.Steps[1].Provenance);
        var steps = _server.Requests.Single(r => r.Statement == "cypher/gds/path-steps.cypher").Parameters.GetProperty("steps");
        Assert.Equal("united-states", steps[1].GetProperty("from").GetString());
        Assert.Equal(3, _server.Requests.Single(r => r.Statement == "cypher/gds/paths-yen.cypher").Parameters.GetProperty("k").GetInt32());
    }

    [Fact]
    public async Task FindActor_NoneOrSeveral_SaysWhich()
    {
        var rows = Array.Empty<object?[]>();
        _server.Respond = (r, _) => Task.FromResult(Answer(["id", "name"], rows));
        var engine = new GdsEngine(_store);

        var none = await Assert.ThrowsAsync<ActorNotFoundException>(() => engine.FindActorAsync("Nobody"));
        rows = [["a-1", "Alex"], ["a-2", "Alex"]];
        var several = await Assert.ThrowsAsync<ActorNotFoundException>(() => engine.FindActorAsync("alex"));
        rows = [["sergey-lavrov", "Sergey Lavrov"]];
        var found = await engine.FindActorAsync("lawrow");

        Assert.False(none.IsAmbiguous);
        Assert.True(several.IsAmbiguous);
        Assert.Equal("sergey-lavrov", found.Id.Value);
    }

    private static HttpResponseMessage Answer(string[] fields, params object?[][] rows) =>
        FakeNeo4j.Json(HttpStatusCode.Accepted, FakeNeo4j.Data(fields, false, rows));
}
