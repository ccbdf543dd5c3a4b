using ActorGraph.Core.Model;

namespace ActorGraph.Query;

/// <summary>An actor with a score.</summary>
/// <param name="Actor">The actor.</param>
/// <param name="Score">The score; for influence rank, scores over all actors sum to 1.</param>
public sealed record ActorScore(GraphActor Actor, double Score);
