namespace ActorGraph.Query;

/// <summary>Settings of community detection.</summary>
public sealed record ClusterOptions
{
    /// <summary>Fixes the visiting order: the same seed on the same graph gives the same clusters.</summary>
    public int Seed { get; init; }

    /// <summary>Modularity resolution: above 1 favours smaller clusters, below 1 larger ones.</summary>
    public double Resolution { get; init; } = 1.0;
}
