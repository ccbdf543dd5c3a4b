using Microsoft.Extensions.Logging;

namespace ActorGraph.Worker;

internal static partial class Log
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Information, Message = "Retracted {SourceId}: {Reason}")]
    public static partial void SourceRetracted(ILogger logger, string sourceId, string reason);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Error, Message = "Could not retract {SourceId}")]
    public static partial void RetractFailed(ILogger logger, string sourceId, Exception error);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "Cycle done in {Seconds:0.0} s: {Added} added, {Updated} updated, {Unchanged} unchanged, {Rejected} rejected, {Failed} failed, {Retracted} retracted")]
    public static partial void CycleDone(ILogger logger, double seconds, int added, int updated, int unchanged, int rejected, int failed, int retracted);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Warning, Message = "The store is not reachable ({Reason}); trying again in {DelaySeconds:0} s")]
    public static partial void StoreUnavailable(ILogger logger, string reason, double delaySeconds);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Information, Message = "Next cycle at {Next:O}")]
    public static partial void NextCycle(ILogger logger, DateTimeOffset next);

    [LoggerMessage(EventId = 3105, Level = LogLevel.Error, Message = "The cycle failed")]
    public static partial void CycleFailed(ILogger logger, Exception error);

    [LoggerMessage(EventId = 3107, Level = LogLevel.Warning, Message = "The cycle could not be recorded in the run ledger")]
    public static partial void RunNotRecorded(ILogger logger, Exception error);

    [LoggerMessage(EventId = 3106, Level = LogLevel.Warning, Message = "The cycle ran past {Missed} scheduled time(s); they are skipped, not run twice")]
    public static partial void MissedOccurrences(ILogger logger, int missed);
}
