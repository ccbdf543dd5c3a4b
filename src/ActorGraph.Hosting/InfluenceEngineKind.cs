namespace ActorGraph.Hosting;

/// <summary>Where analyses are computed.</summary>
public enum InfluenceEngineKind
{
    /// <summary>In this process, over a snapshot of the store (any store).</summary>
    Local,

    /// <summary>Inside Neo4j with Graph Data Science (a Neo4j store only).</summary>
    Gds,
}
