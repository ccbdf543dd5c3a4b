using Microsoft.Extensions.Logging;

namespace ActorGraph.Worker;

internal static partial class Log
{
    [LoggerMessage(EventId = 3120, Level = LogLevel.Information, Message = "{Count} alert(s) on watched actors up to run {Run}")]
    public static partial void AlertsWritten(ILogger logger, int count, long run);

    [LoggerMessage(EventId = 3121, Level = LogLevel.Warning, Message = "{Pending} alert(s) not delivered, kept for the next cycle: {Reason}")]
    public static partial void AlertNotDelivered(ILogger logger, int pending, string reason);

    [LoggerMessage(EventId = 3122, Level = LogLevel.Error, Message = "The alerts of this cycle could not be written; they are retried next cycle")]
    public static partial void AlertsFailed(ILogger logger, Exception error);

    [LoggerMessage(EventId = 3123, Level = LogLevel.Warning, Message = "The changes of this cycle could not be computed")]
    public static partial void ChangesFailed(ILogger logger, Exception error);
}
