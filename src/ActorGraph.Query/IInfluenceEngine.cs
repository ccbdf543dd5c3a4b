using ActorGraph.Core.Model;

namespace ActorGraph.Query;

/// <summary>
/// The analyses every ActorGraph engine computes, with one set of result types: the local engine
/// (<see cref="LocalInfluenceEngine"/>, over <see cref="InfluenceGraph"/> in this process) and engines that compute
/// where the graph lives, such as Neo4j Graph Data Science. Each call looks at the part of the graph
/// <c>filter</c> selects. Analyses only the local engine has (reach, neighbours, betweenness, connection paths, label
/// propagation and components) are asked of <see cref="InfluenceGraph"/> directly.
/// </summary>
public interface IInfluenceEngine
{
    /// <summary>The engine's name as the command line writes it: <c>local</c> or <c>gds</c>.</summary>
    string Name { get; }

    /// <summary>Whether the engine runs <paramref name="algorithm"/> in <see cref="ClustersAsync"/>.</summary>
    bool Supports(ClusterAlgorithm algorithm);

    /// <summary>Resolves a name the way users type it (id, name or alias; case and accents do not matter) to one actor.</summary>
    /// <exception cref="Core.ActorNotFoundException">No actor, or several, go by that name.</exception>
    Task<GraphActor> FindActorAsync(SnapshotFilter filter, string name, CancellationToken cancellationToken = default);

    /// <summary>The <paramref name="k"/> strongest loopless influence paths from one actor to another, strongest first.</summary>
    /// <exception cref="Core.ActorNotFoundException">A name matches no actor, or several.</exception>
    Task<IReadOnlyList<InfluencePath>> StrongestPathsAsync(SnapshotFilter filter, string from, string to, int k, CancellationToken cancellationToken = default);

    /// <summary>Clusters the actors with <paramref name="options"/>' algorithm, largest cluster first.</summary>
    /// <exception cref="NotSupportedException">The engine does not run that algorithm (see <see cref="Supports"/>).</exception>
    Task<ClusterResult> ClustersAsync(SnapshotFilter filter, ClusterOptions options, CancellationToken cancellationToken = default);

    /// <summary>Influence rank (weighted PageRank over the reversed relations): the <paramref name="top"/> strongest actors.</summary>
    Task<IReadOnlyList<ActorScore>> InfluenceRankAsync(SnapshotFilter filter, int top, CancellationToken cancellationToken = default);
}
