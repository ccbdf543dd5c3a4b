using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Storage.Neo4j.Cypher;
using ActorGraph.Testing;

namespace ActorGraph.Storage.Neo4j.Tests;

/// <summary>The store contract against a real Neo4j (skipped, with the reason, where there is none).</summary>
public sealed class Neo4jGraphStoreContractTests(Neo4jServer server) : GraphStoreContract, IClassFixture<Neo4jServer>
{
    protected override string? SkipReason => server.SkipReason;

    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var store = Neo4jGraphStore.Create(server.Options!);
        await store.InitializeAsync();
        await store.QueryAsync(CypherCatalog.Store("clear-database"), new Dictionary<string, object?>(), readOnly: false, CancellationToken.None);
        return store;
    }

    [SkippableFact]
    public async Task CombinedGraph_BrowserUsersQuery_EqualsTheSnapshot()
    {
        Skip.If(SkipReason is not null, SkipReason);
        var store = (Neo4jGraphStore)Store;
        await store.UpsertSourceAsync(Documents.Riyadh());
        await store.UpsertSourceAsync(Documents.Corroboration());
        var file = Repository.File("cypher", "queries", "combined-relations.cypher");
        var query = new Statement("cypher/queries/combined-relations.cypher", CypherScript.Split(await File.ReadAllTextAsync(file)).Single());

        var rows = await store.QueryAsync(query, new Dictionary<string, object?>(), readOnly: true, CancellationToken.None);
        var snapshot = await store.ReadSnapshotAsync();

        Assert.Equal(snapshot.Relations.Count, rows.Rows.Count);
        foreach (var row in rows.Rows)
        {
            var relation = snapshot.Relations.Single(r => r.Source.Value == rows.String(row, "from")
                && Vocabulary.Name(r.Kind) == rows.String(row, "type") && r.Target.Value == rows.String(row, "to"));
            Assert.Equal(relation.Confidence, rows.Double(row, "confidence"), 12);
            Assert.Equal(relation.Strength, rows.Double(row, "strength"), 12);
            Assert.Equal(relation.Corroboration.Stories, rows.Long(row, "corroborationStories"));
            Assert.Contains("Actor", rows.Strings(row, "fromLabels"));
            Assert.Contains(Vocabulary.Label(snapshot.Get(relation.Source).Kind), rows.Strings(row, "fromLabels"));
        }
    }
}
