using ActorGraph.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorGraph.Storage.Embedded;

/// <summary>Opens ActorGraph's default store: one SQLite file, no server.</summary>
public static class EmbeddedGraphStore
{
    /// <summary>Creates a store over the file in <paramref name="options"/>. Call <see cref="IGraphStore.InitializeAsync"/> before use.</summary>
    public static IGraphStore Create(EmbeddedStoreOptions options, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Path);
        return new SqliteGraphStore(
            options,
            timeProvider ?? TimeProvider.System,
            (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<SqliteGraphStore>());
    }
}
