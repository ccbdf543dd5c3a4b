using ActorGraph.Ingestion.Datasets;

namespace ActorGraph.Ingestion;

/// <summary>The outcome of one input file.</summary>
/// <param name="Path">The file, as the user named it.</param>
/// <param name="SourceId">The source id, when the file could be read.</param>
/// <param name="Outcome">What happened.</param>
/// <param name="Errors">Why it was rejected or failed; empty otherwise.</param>
/// <param name="Actors">Actors the source asserts.</param>
/// <param name="Roles">Roles the source asserts.</param>
/// <param name="Relations">Relations the source asserts.</param>
public sealed record SourceResult(
    string Path,
    string? SourceId,
    SourceOutcome Outcome,
    IReadOnlyList<DatasetError> Errors,
    int Actors = 0,
    int Roles = 0,
    int Relations = 0);
