namespace ActorGraph.Ingestion;

/// <summary>How an ingest over several inputs went, as a whole.</summary>
public enum IngestStatus
{
    /// <summary>Everything was ingested or found unchanged.</summary>
    Succeeded,

    /// <summary>Some input was rejected; the rest was ingested.</summary>
    SomeRejected,

    /// <summary>A store failure kept some input from being written.</summary>
    Failed,
}
