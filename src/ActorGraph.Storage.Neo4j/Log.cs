using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using Microsoft.Extensions.Logging;

namespace ActorGraph.Storage.Neo4j;

/// <summary>The Neo4j store's log messages. Statements are named by their file; parameters and credentials are never logged.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2200, Level = LogLevel.Debug, Message = "{Operation}: HTTP {Status}, {Rows} rows in {Milliseconds:0.0} ms")]
    public static partial void RequestCompleted(ILogger logger, string operation, int status, int rows, double milliseconds);

    [LoggerMessage(EventId = 2201, Level = LogLevel.Warning, Message = "Could not roll back a Neo4j transaction (the server will when it times out): {Reason}")]
    public static partial void RollbackFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Warning, Message = "{Operation} failed ({Code}); try {Attempt} of {Attempts} in {DelayMilliseconds:0} ms")]
    public static partial void Retrying(ILogger logger, string operation, string? code, int attempt, int attempts, double delayMilliseconds);

    [LoggerMessage(EventId = 2203, Level = LogLevel.Information, Message = "Applied the ActorGraph schema ({Statements} statements) to {Store}")]
    public static partial void SchemaApplied(ILogger logger, int statements, Neo4jStoreOptions store);

    [LoggerMessage(EventId = 2204, Level = LogLevel.Debug, Message = "Source {SourceId}: {Outcome}")]
    public static partial void SourceWritten(ILogger logger, string sourceId, UpsertOutcome outcome);

    [LoggerMessage(EventId = 2205, Level = LogLevel.Debug, Message = "Retracted source {SourceId}")]
    public static partial void SourceRetracted(ILogger logger, string sourceId);

    [LoggerMessage(EventId = 2206, Level = LogLevel.Debug, Message = "Source {SourceId} is unchanged; its origin is now {Origin}")]
    public static partial void OriginRecorded(ILogger logger, string sourceId, SourceOrigin origin);
}
