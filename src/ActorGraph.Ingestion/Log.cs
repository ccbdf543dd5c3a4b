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

    [LoggerMessage(EventId = 1103, Level = LogLevel.Error, Message = "Reading {Path} failed unexpectedly; it is rejected and the other sources go on")]
    public static partial void ReaderFailed(ILogger logger, string path, Exception exception);

    [LoggerMessage(EventId = 1110, Level = LogLevel.Debug, Message = "Feed {Feed} is not modified")]
    public static partial void FeedNotModified(ILogger logger, string feed);

    [LoggerMessage(EventId = 1111, Level = LogLevel.Information, Message = "Ingested feed item {Link}: {Relations} relations")]
    public static partial void ItemIngested(ILogger logger, string link, int relations);

    [LoggerMessage(EventId = 1112, Level = LogLevel.Warning, Message = "Could not read {Path}: {Field}: {Message}")]
    public static partial void FeedProblem(ILogger logger, string path, string field, string message);

    [LoggerMessage(EventId = 1113, Level = LogLevel.Information, Message = "Retracted {Link}: it left feed {Feed}")]
    public static partial void ItemRetracted(ILogger logger, string link, string feed);
}
