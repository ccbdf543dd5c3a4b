namespace ActorGraph.Ingestion;

/// <summary>The outcome of an ingest over several inputs.</summary>
/// <param name="Results">One result per input file, in the order they were ingested.</param>
public sealed record IngestReport(IReadOnlyList<SourceResult> Results)
{
    /// <summary>How many inputs had <paramref name="outcome"/>.</summary>
    public int Count(SourceOutcome outcome) => Results.Count(r => r.Outcome == outcome);

    /// <summary>
    /// The ingest as a whole: <see cref="IngestStatus.Failed"/> when the store failed for any input,
    /// else <see cref="IngestStatus.SomeRejected"/> when any input was rejected, else <see cref="IngestStatus.Succeeded"/>.
    /// </summary>
    public IngestStatus Status =>
        Count(SourceOutcome.Failed) > 0 ? IngestStatus.Failed
        : Count(SourceOutcome.Rejected) > 0 ? IngestStatus.SomeRejected
        : IngestStatus.Succeeded;
}
