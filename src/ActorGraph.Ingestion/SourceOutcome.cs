namespace ActorGraph.Ingestion;

/// <summary>What happened to one input during an ingest.</summary>
public enum SourceOutcome
{
    /// <summary>A new source was written.</summary>
    Added,

    /// <summary>A changed source replaced what it asserted before.</summary>
    Updated,

    /// <summary>The source asserted what the store already held; nothing was written.</summary>
    Unchanged,

    /// <summary>The input was invalid; nothing of it was written.</summary>
    Rejected,

    /// <summary>The store failed while writing it; nothing of it was written.</summary>
    Failed,
}
