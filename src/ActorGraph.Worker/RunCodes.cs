using ActorGraph.Ingestion;

namespace ActorGraph.Worker;

/// <summary>
/// The numbers the run ledger (<see cref="Core.Model.RunRecord.ExitCode"/>) and the health file record for a cycle;
/// the command line exits with the same numbers.
/// </summary>
internal static class RunCodes
{
    public static int Of(IngestStatus status) => status switch
    {
        IngestStatus.Succeeded => 0,
        IngestStatus.Failed => 1,
        IngestStatus.SomeRejected => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
