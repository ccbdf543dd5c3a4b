using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using Microsoft.Extensions.Logging;

namespace ActorGraph.Storage.Embedded;

internal static partial class Log
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "The embedded store in {Path} now has schema version {Version}")]
    public static partial void SchemaCreated(ILogger logger, int version, string path);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Debug, Message = "Source {SourceId}: {Outcome}")]
    public static partial void SourceWritten(ILogger logger, string sourceId, UpsertOutcome outcome);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Debug, Message = "Retracted source {SourceId}")]
    public static partial void SourceRetracted(ILogger logger, string sourceId);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Debug, Message = "Source {SourceId} is unchanged; its origin is now {Origin}")]
    public static partial void OriginRecorded(ILogger logger, string sourceId, SourceOrigin? origin);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Debug, Message = "Wrote the analysis image {Path} ({Relations} relations)")]
    public static partial void ImageWritten(ILogger logger, string path, int relations);

    [LoggerMessage(EventId = 2105, Level = LogLevel.Warning, Message = "Could not write the analysis image {Path}; analyses merge the sources on every read")]
    public static partial void ImageNotWritten(ILogger logger, string path, Exception exception);
}
