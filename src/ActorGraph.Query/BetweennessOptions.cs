namespace ActorGraph.Query;

/// <summary>Settings of betweenness centrality.</summary>
public sealed record BetweennessOptions
{
    /// <summary>
    /// True (the default): shortest paths are the strongest influence paths (step costs −ln strength).
    /// False: shortest paths count steps.
    /// </summary>
    public bool Weighted { get; init; } = true;

    /// <summary>0 (the default): exact. Otherwise the number of sampled source actors, for an estimate on large graphs.</summary>
    public int SampleSize { get; init; }

    /// <summary>Fixes the sample.</summary>
    public int Seed { get; init; }
}
