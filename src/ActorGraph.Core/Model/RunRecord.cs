namespace ActorGraph.Core.Model;

/// <summary>One ingestion cycle of the worker, as the store keeps it.</summary>
/// <param name="Started">When the cycle began.</param>
/// <param name="Ended">When it ended.</param>
/// <param name="ExitCode">0 success, 1 failure, 3 some input rejected.</param>
/// <param name="Added">Sources added.</param>
/// <param name="Updated">Sources replaced because they changed.</param>
/// <param name="Unchanged">Sources skipped because their content was unchanged.</param>
/// <param name="Rejected">Files rejected with errors.</param>
/// <param name="Failed">Sources the store failed to write.</param>
/// <param name="Retracted">Sources retracted because their files vanished.</param>
/// <param name="Errors">The errors, one line each (<c>file:line: field: message</c>).</param>
public sealed record RunRecord(
    DateTimeOffset Started,
    DateTimeOffset Ended,
    int ExitCode,
    int Added,
    int Updated,
    int Unchanged,
    int Rejected,
    int Failed,
    int Retracted,
    IReadOnlyList<string> Errors)
{
    /// <summary>The run's number in the ledger, counting from 1; 0 for a run not yet recorded.</summary>
    public long Number { get; init; }

    /// <summary>The relations the cycle added, changed or ended (<see cref="RelationLedger.Diff"/>).</summary>
    public IReadOnlyList<RelationChange> Changes { get; init; } = [];

    /// <summary>
    /// The relations after the cycle (<see cref="RelationLedger.State"/>), the baseline the next cycle compares with.
    /// Stores keep it for the latest run only; null for older runs and runs recorded without it.
    /// </summary>
    public string? RelationState { get; init; }
}
