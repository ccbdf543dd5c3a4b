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
}
