using ActorGraph.Ingestion;

namespace ActorGraph.Cli;

/// <summary>The exit codes of <c>actorgraph</c>, a public interface scripts depend on.</summary>
internal static class ExitCodes
{
    /// <summary>0: done; everything was ingested or unchanged.</summary>
    public const int Success = 0;

    /// <summary>1: a failure, such as a store that failed or an actor that was not found.</summary>
    public const int Failure = 1;

    /// <summary>2: the command line or a setting is wrong; nothing was done.</summary>
    public const int Usage = 2;

    /// <summary>3: some input was rejected; the rest was ingested.</summary>
    public const int SomeRejected = 3;

    /// <summary>The exit code for how an ingest went.</summary>
    public static int Of(IngestStatus status) => status switch
    {
        IngestStatus.Succeeded => Success,
        IngestStatus.SomeRejected => SomeRejected,
        IngestStatus.Failed => Failure,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
