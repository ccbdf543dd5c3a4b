using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Testing;

using ActorGraph.Testing.Neo4j;

namespace ActorGraph.Storage.Neo4j.Tests;

/// <summary>
/// The store contract run through the Neo4j store's C# against <see cref="QueryApiImitation"/>: what it sends,
/// in which transactions, and how it recomputes the combined graph Browser users see.
/// </summary>
public sealed class ImitationContractTests : GraphStoreContract
{
    private readonly QueryApiImitation _server = new();

    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var store = Neo4jGraphStore.Create(new Neo4jStoreOptions { Endpoint = new Uri("http://imitation:7474"), BatchSize = 3 }, _server.CreateHandler());
        await store.InitializeAsync();
        return store;
    }

    [Fact]
    public async Task CombinedGraph_AfterWritesAndRetraction_EqualsTheSnapshot()
    {
        await Store.UpsertSourceAsync(Documents.Riyadh());
        await Store.UpsertSourceAsync(Documents.Corroboration());
        await AssertCombinedGraphMatchesSnapshot();

        var changed = Documents.Riyadh();
        await Store.UpsertSourceAsync(new SourceDocument(changed.Source, changed.Actors.Where(a => a.Id != Documents.Mbs).ToList(), [],
            [.. changed.Relations.Where(r => r.Source != Documents.Mbs)]));
        await AssertCombinedGraphMatchesSnapshot();
        Assert.False(_server.Committed.Actors.ContainsKey(Documents.Mbs.Value));

        await Store.RetractSourceAsync("corroboration");
        await AssertCombinedGraphMatchesSnapshot();

        await Store.RetractSourceAsync("riyadh");
        var empty = _server.Committed;
        Assert.Empty(empty.Actors);
        Assert.Empty(empty.Relations);
        Assert.Empty(empty.Roles);
        Assert.Empty(empty.Claims);
    }

    [Fact]
    public async Task CombinedGraph_SyndicatedCopiesAndAnIndependentReport_CarriesTheirCorroboration()
    {
        await Store.UpsertSourceAsync(Stories.Report("wire", Stories.Wire, "https://www.reuters.com/a"));
        await Store.UpsertSourceAsync(Stories.Report("copy", Stories.Republished, "https://www.outlet.com/b"));
        await Store.UpsertSourceAsync(Stories.Report("own", Stories.Independent, "https://www.economist.com/c"));

        await AssertCombinedGraphMatchesSnapshot();
        var edge = _server.Committed.Relations[Neo4jGraphStore.RelationKey(Documents.Rubio, RelationKind.Leads, Documents.UsDelegation)];
        Assert.Equal((3, 3, 2), (edge["corroborationSources"].GetInt32(), edge["corroborationPublishers"].GetInt32(), edge["corroborationStories"].GetInt32()));
        Assert.Equal(1 - (0.4 * 0.4), edge["confidence"].GetDouble(), 12);
    }

    [Fact]
    public async Task Upsert_SourceNodeFromBeforeOrigins_LearnsItsOriginWhenSeenUnchanged()
    {
        await Store.UpsertSourceAsync(Documents.Riyadh());
        // A node written before ActorGraph recorded origins has no such properties at all.
        _server.Committed.Sources["riyadh"].Remove("origin");
        _server.Committed.Sources["riyadh"].Remove("originKind");
        var before = Assert.Single(await Store.ListSourcesAsync());
        var origin = new SourceOrigin(SourceOriginKind.File, "/data/riyadh.yaml");

        var outcome = await Store.UpsertSourceAsync(Documents.Riyadh().WithOrigin(origin));

        Assert.Null(before.Origin);
        Assert.Equal(UpsertOutcome.Unchanged, outcome);
        var after = Assert.Single(await Store.ListSourcesAsync());
        Assert.Equal((origin, before.IngestedAt), (after.Origin, after.IngestedAt));
        Assert.Equal("file", _server.Committed.Sources["riyadh"]["originKind"].GetString());
    }

    [Fact]
    public async Task Upsert_StatementFailsMidway_LeavesTheCommittedGraphAsItWas()
    {
        await Store.UpsertSourceAsync(Documents.Corroboration());
        var before = await Store.ReadSnapshotAsync();
        _server.FailOn = "cypher/store/relation-merge.cypher:LEADS";

        await Assert.ThrowsAsync<GraphStoreException>(() => Store.UpsertSourceAsync(Documents.Riyadh()));

        var after = await Store.ReadSnapshotAsync();
        Assert.Equal(before.Sources.Select(s => s.Info.Id), after.Sources.Select(s => s.Info.Id));
        Assert.Equal(before.Relations.Count, after.Relations.Count);
        Assert.Equal(before.Actors.Select(a => a.Id), after.Actors.Select(a => a.Id));
        Assert.Equal(new StoreStatistics(3, 0, 2, 1), await Store.GetStatisticsAsync());
    }

    private async Task AssertCombinedGraphMatchesSnapshot()
    {
        var snapshot = await Store.ReadSnapshotAsync();
        var graph = _server.Committed;

        Assert.Equal(snapshot.Actors.Select(a => a.Id.Value).Order(StringComparer.Ordinal), graph.Actors.Keys.Order(StringComparer.Ordinal));
        foreach (var actor in snapshot.Actors)
        {
            var node = graph.Actors[actor.Id.Value];
            Assert.Equal(actor.Name, node["name"].GetString());
            Assert.Equal(Vocabulary.Name(actor.Kind), node["kind"].GetString());
            Assert.Equal(actor.Aliases, node["aliases"].EnumerateArray().Select(e => e.GetString()));
            Assert.Equal(actor.Sources, node["sources"].EnumerateArray().Select(e => e.GetString()));
        }

        Assert.Equal(
            snapshot.Relations.Select(r => Neo4jGraphStore.RelationKey(r.Source, r.Kind, r.Target)).Order(StringComparer.Ordinal),
            graph.Relations.Keys.Order(StringComparer.Ordinal));
        foreach (var relation in snapshot.Relations)
        {
            var edge = graph.Relations[Neo4jGraphStore.RelationKey(relation.Source, relation.Kind, relation.Target)];
            Assert.Equal(relation.Weight, edge["weight"].GetDouble(), 12);
            Assert.Equal(relation.Confidence, edge["confidence"].GetDouble(), 12);
            Assert.Equal(relation.Strength, edge["strength"].GetDouble(), 12);
            Assert.Equal(-Math.Log(relation.Strength), edge["cost"].GetDouble(), 12);
            Assert.Equal(relation.Provenance.Select(p => p.SourceId), edge["sources"].EnumerateArray().Select(e => e.GetString()));
            Assert.Equal(relation.Corroboration, new Corroboration(
                edge["corroborationSources"].GetInt32(), edge["corroborationPublishers"].GetInt32(), edge["corroborationStories"].GetInt32()));
        }

        Assert.Equal(snapshot.Roles.Count, graph.Roles.Count);
        foreach (var role in snapshot.Roles)
        {
            var node = graph.Roles[Neo4jGraphStore.RoleId(role.Person, role.Title, role.Of, role.Since)];
            Assert.Equal(role.Title, node["title"].GetString());
            Assert.Equal(role.Sources, node["sources"].EnumerateArray().Select(e => e.GetString()));
        }
    }
}
