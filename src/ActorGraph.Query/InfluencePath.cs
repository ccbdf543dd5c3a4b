using ActorGraph.Core.Model;

namespace ActorGraph.Query;

/// <summary>A loopless chain of relations along which one actor influences another.</summary>
/// <param name="Strength">The product of the steps' strengths, in (0, 1].</param>
/// <param name="Actors">The actors along the path, from the first to the last.</param>
/// <param name="Steps">The relations followed.</param>
public sealed record InfluencePath(double Strength, IReadOnlyList<GraphActor> Actors, IReadOnlyList<InfluenceStep> Steps);
