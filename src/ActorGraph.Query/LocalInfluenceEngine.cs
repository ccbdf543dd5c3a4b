using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;

namespace ActorGraph.Query;

/// <summary>
/// The local engine: reads a snapshot of the store and computes in this process with <see cref="InfluenceGraph"/>.
/// The graph of the last filter asked for is kept, so several questions about one part of the graph read it once.
/// </summary>
public sealed class LocalInfluenceEngine : IInfluenceEngine
{
    private readonly IGraphStore _store;
    private readonly Lock _gate = new();
    private (SnapshotFilter Filter, Task<InfluenceGraph> Graph)? _last;

    /// <summary>Creates an engine over <paramref name="store"/>.</summary>
    public LocalInfluenceEngine(IGraphStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    /// <inheritdoc />
    public string Name => "local";

    /// <inheritdoc />
    public bool Supports(ClusterAlgorithm algorithm) => Enum.IsDefined(algorithm);

    /// <summary>The influence graph of the part of the store <paramref name="filter"/> selects.</summary>
    public Task<InfluenceGraph> GraphAsync(SnapshotFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        lock (_gate)
        {
            if (_last is { } last && ReferenceEquals(last.Filter, filter) && !last.Graph.IsFaulted && !last.Graph.IsCanceled)
            {
                return last.Graph;
            }

            var graph = BuildAsync(filter, cancellationToken);
            _last = (filter, graph);
            return graph;
        }
    }

    /// <inheritdoc />
    public async Task<GraphActor> FindActorAsync(SnapshotFilter filter, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        return (await GraphAsync(filter, cancellationToken).ConfigureAwait(false)).Snapshot.Resolve(name);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<InfluencePath>> StrongestPathsAsync(SnapshotFilter filter, string from, string to, int k, CancellationToken cancellationToken = default) =>
        (await GraphAsync(filter, cancellationToken).ConfigureAwait(false)).StrongestPaths(from, to, k);

    /// <inheritdoc />
    public async Task<ClusterResult> ClustersAsync(SnapshotFilter filter, ClusterOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return (await GraphAsync(filter, cancellationToken).ConfigureAwait(false)).Clusters(options);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ActorScore>> InfluenceRankAsync(SnapshotFilter filter, int top, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        return [.. (await GraphAsync(filter, cancellationToken).ConfigureAwait(false)).InfluenceRank().Take(top)];
    }

    private async Task<InfluenceGraph> BuildAsync(SnapshotFilter filter, CancellationToken cancellationToken) =>
        InfluenceGraph.Build(await _store.ReadSnapshotAsync(filter, cancellationToken).ConfigureAwait(false));
}
