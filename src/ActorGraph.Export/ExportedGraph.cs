using ActorGraph.Core.Model;
using ActorGraph.Query;

namespace ActorGraph.Export;

/// <summary>An actor with the scores exports carry.</summary>
/// <param name="Actor">The actor.</param>
/// <param name="Cluster">Its Leiden cluster (0 is the largest).</param>
/// <param name="Influence">Its influence rank score (weighted PageRank).</param>
public sealed record ExportedActor(GraphActor Actor, int Cluster, double Influence);

/// <summary>What every export writes: the snapshot's actors with their cluster and influence, and its relations.</summary>
public sealed class ExportedGraph
{
    private ExportedGraph(IReadOnlyList<ExportedActor> actors, IReadOnlyList<GraphRelation> relations, IReadOnlyList<GraphRole> roles, ClusterResult clustering)
    {
        Actors = actors;
        Relations = relations;
        Roles = roles;
        Clustering = clustering;
    }

    /// <summary>The clusters (largest first, members most influential first) and the brokers between them.</summary>
    public ClusterResult Clustering { get; }

    /// <summary>The actors, ordered by id.</summary>
    public IReadOnlyList<ExportedActor> Actors { get; }

    /// <summary>The relations, ordered by source actor, type and target actor.</summary>
    public IReadOnlyList<GraphRelation> Relations { get; }

    /// <summary>The roles.</summary>
    public IReadOnlyList<GraphRole> Roles { get; }

    /// <summary>Computes clusters (Leiden, seed 0) and influence for <paramref name="snapshot"/>.</summary>
    public static ExportedGraph From(GraphSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var graph = InfluenceGraph.Build(snapshot);
        var cluster = new Dictionary<ActorId, int>();
        var clustering = graph.Clusters();
        var clusters = clustering.Clusters;
        for (var i = 0; i < clusters.Count; i++)
        {
            foreach (var member in clusters[i].Members)
            {
                cluster[member.Id] = i;
            }
        }

        var influence = graph.InfluenceRank().ToDictionary(s => s.Actor.Id, s => s.Score);
        return new ExportedGraph(
            [.. snapshot.Actors.Select(a => new ExportedActor(a, cluster[a.Id], influence[a.Id]))],
            snapshot.Relations,
            snapshot.Roles,
            clustering);
    }
}
