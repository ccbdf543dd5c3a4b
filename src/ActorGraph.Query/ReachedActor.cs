using ActorGraph.Core.Model;

namespace ActorGraph.Query;

/// <summary>An actor reached by an actor's influence, with the strongest path that reaches it.</summary>
/// <param name="Actor">The actor reached.</param>
/// <param name="Strength">The strength of the strongest path.</param>
/// <param name="Path">That path.</param>
public sealed record ReachedActor(GraphActor Actor, double Strength, InfluencePath Path);
