namespace ActorGraph.Query;

/// <summary>The community detection algorithms.</summary>
public enum ClusterAlgorithm
{
    /// <summary>Leiden modularity optimisation: every cluster is connected; the default.</summary>
    Leiden,

    /// <summary>Louvain modularity optimisation.</summary>
    Louvain,

    /// <summary>Weighted label propagation: fast and rough.</summary>
    LabelPropagation,

    /// <summary>Weakly connected components: actors linked by any chain of relations.</summary>
    Components,
}

/// <summary>Settings of community detection.</summary>
public sealed record ClusterOptions
{
    /// <summary>The algorithm; Leiden unless chosen otherwise.</summary>
    public ClusterAlgorithm Algorithm { get; init; } = ClusterAlgorithm.Leiden;

    /// <summary>Fixes the visiting order: the same seed on the same graph gives the same clusters.</summary>
    public int Seed { get; init; }

    /// <summary>Modularity resolution (Leiden, Louvain): above 1 favours smaller clusters, below 1 larger ones.</summary>
    public double Resolution { get; init; } = 1.0;

    /// <summary>The algorithm's name as the CLI and JSON write it: leiden, louvain, labelprop, components.</summary>
    public static string Name(ClusterAlgorithm algorithm) => algorithm switch
    {
        ClusterAlgorithm.Leiden => "leiden",
        ClusterAlgorithm.Louvain => "louvain",
        ClusterAlgorithm.LabelPropagation => "labelprop",
        ClusterAlgorithm.Components => "components",
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, null),
    };
}
