namespace ActorGraph.Core.Model;

/// <summary>A source as a store keeps it.</summary>
/// <param name="Info">The source's description.</param>
/// <param name="ContentHash">The hash of the assertions last ingested from it.</param>
/// <param name="IngestedAt">When those assertions were written.</param>
/// <param name="Origin">
/// Where the source was last read from; null for a source written without one, or written before stores recorded
/// origins and not seen since.
/// </param>
public sealed record SourceRecord(SourceInfo Info, string ContentHash, DateTimeOffset IngestedAt, SourceOrigin? Origin = null);
