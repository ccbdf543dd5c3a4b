namespace ActorGraph.Core.Model;

/// <summary>What one source says of a relation: its own weight and confidence, and the sentence it says it in.</summary>
/// <param name="SourceId">The source.</param>
/// <param name="Weight">The weight the source gives.</param>
/// <param name="Confidence">The confidence the source gives.</param>
/// <param name="Evidence">The sentence that states the relation, when given.</param>
/// <param name="Context">What the relation was about, when given.</param>
/// <param name="Since">The first day the source gives, when it gives one.</param>
/// <param name="Until">The last day the source gives: set when the source reports the relation ended.</param>
public sealed record Provenance(string SourceId, double Weight, double Confidence, string? Evidence, string? Context, DateOnly? Since = null, DateOnly? Until = null);
