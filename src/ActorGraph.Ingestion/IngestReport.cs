namespace ActorGraph.Ingestion;

/// <summary>The outcome of an ingest over several inputs.</summary>
/// <param name="Results">One result per input file, in the order they were ingested.</param>
public sealed record IngestReport(IReadOnlyList<SourceResult> Results)
{
    /// <summary>Exit code 0: everything was ingested or unchanged.</summary>
    public const int Success = 0;

    /// <summary>Exit code 1: a store failure kept some input from being written.</summary>
    public const int Failure = 1;

    /// <summary>Exit code 3: some input was rejected; the rest was ingested.</summary>
    public const int SomeRejected = 3;

    /// <summary>How many inputs had <paramref name="outcome"/>.</summary>
    public int Count(SourceOutcome outcome) => Results.Count(r => r.Outcome == outcome);

    /// <summary>
    /// The process exit code: <see cref="Failure"/> when the store failed for any input,
    /// else <see cref="SomeRejected"/> when any input was rejected, else <see cref="Success"/>.
    /// </summary>
    public int ExitCode =>
        Count(SourceOutcome.Failed) > 0 ? Failure
        : Count(SourceOutcome.Rejected) > 0 ? SomeRejected
        : Success;
}
