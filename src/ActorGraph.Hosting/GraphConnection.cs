using ActorGraph.Core.Storage;
using ActorGraph.Query;

namespace ActorGraph.Hosting;

/// <summary>
/// An open store and the analysis engines that work on it, as <see cref="StoreLocation.ConnectAsync(Microsoft.Extensions.Logging.ILoggerFactory, bool, CancellationToken)"/> opens them.
/// Disposing the connection closes the store.
/// </summary>
public sealed class GraphConnection : IAsyncDisposable
{
    private readonly Func<IInfluenceEngine>? _gds;
    private IInfluenceEngine? _local;

    internal GraphConnection(StoreLocation location, IGraphStore store, Func<IInfluenceEngine>? gds)
    {
        Location = location;
        Store = store;
        _gds = gds;
    }

    /// <summary>Where the store is.</summary>
    public StoreLocation Location { get; }

    /// <summary>The store.</summary>
    public IGraphStore Store { get; }

    /// <summary>Whether <paramref name="kind"/> can compute on this store (Graph Data Science needs Neo4j).</summary>
    public bool Supports(InfluenceEngineKind kind) => kind == InfluenceEngineKind.Local || _gds is not null;

    /// <summary>The engine of <paramref name="kind"/> over this store.</summary>
    /// <exception cref="NotSupportedException">The store cannot run that engine (see <see cref="Supports"/>).</exception>
    public IInfluenceEngine Engine(InfluenceEngineKind kind) => kind switch
    {
        InfluenceEngineKind.Local => _local ??= new LocalInfluenceEngine(Store),
        InfluenceEngineKind.Gds when _gds is not null => _gds(),
        InfluenceEngineKind.Gds => throw new NotSupportedException($"Graph Data Science computes inside Neo4j; {Location.Display} is not a Neo4j store."),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Store.DisposeAsync();
}
