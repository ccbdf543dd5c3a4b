namespace ActorGraph.Query;

/// <summary>A partition of the actors into clusters.</summary>
/// <param name="Algorithm">The algorithm that produced it, e.g. <c>louvain</c>.</param>
/// <param name="Modularity">Newman modularity of the partition on the undirected projection.</param>
/// <param name="Clusters">The clusters, largest first.</param>
public sealed record ClusterResult(string Algorithm, double Modularity, IReadOnlyList<Community> Clusters);
