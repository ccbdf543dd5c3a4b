using ActorGraph.Core.Storage;
using ActorGraph.Storage.Embedded;

namespace ActorGraph.Testing;

/// <summary>An initialized embedded store in a folder of its own, removed with everything in it on dispose.</summary>
public sealed class TemporaryStore : IAsyncDisposable
{
    private TemporaryStore(string folder, IGraphStore store)
    {
        Folder = folder;
        Store = store;
    }

    /// <summary>The folder; tests may put their input files in it.</summary>
    public string Folder { get; }

    /// <summary>The store.</summary>
    public IGraphStore Store { get; }

    /// <summary>Creates and initializes a store in a new temporary folder.</summary>
    public static async Task<TemporaryStore> CreateAsync(string prefix = "actorgraph-")
    {
        var folder = Directory.CreateTempSubdirectory(prefix).FullName;
        var store = EmbeddedGraphStore.Create(new EmbeddedStoreOptions { Path = Path.Combine(folder, "store.db") });
        await store.InitializeAsync();
        return new TemporaryStore(folder, store);
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
