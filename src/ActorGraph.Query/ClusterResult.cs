namespace ActorGraph.Query;

/// <summary>A partition of the actors into clusters.</summary>
/// <param name="Algorithm">The algorithm that produced it: leiden, louvain, labelprop or components.</param>
/// <param name="Modularity">Newman modularity of the partition on the undirected projection (resolution 1).</param>
/// <param name="Clusters">The clusters, largest first.</param>
/// <param name="Brokers">Actors whose relations reach into several clusters, most participating first.</param>
public sealed record ClusterResult(string Algorithm, double Modularity, IReadOnlyList<Community> Clusters, IReadOnlyList<Broker> Brokers);
