using Microsoft.Extensions.Logging;

namespace ActorGraph.Ingestion;

internal static partial class Log
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Ingested {Path} as source {SourceId}: {Outcome} ({Actors} actors, {Roles} roles, {Relations} relations)")]
    public static partial void SourceIngested(ILogger logger, string path, string sourceId, SourceOutcome outcome, int actors, int roles, int relations);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Rejected {Path}: {ErrorCount} error(s); the first: {FirstError}")]
    public static partial void SourceRejected(ILogger logger, string path, int errorCount, string firstError);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Error, Message = "The store failed while writing {Path}; nothing of it was written")]
    public static partial void SourceFailed(ILogger logger, string path, Exception exception);
}
