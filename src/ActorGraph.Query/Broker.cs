using ActorGraph.Core.Model;

namespace ActorGraph.Query;

/// <summary>
/// An actor that connects clusters. Its participation coefficient is 1 − Σ_c (s_c / s)², where s is the total
/// strength of its relations (both directions) and s_c the part of it that goes to cluster c: 0 when every relation
/// stays in one cluster, approaching 1 when they spread evenly over many.
/// </summary>
/// <param name="Actor">The actor.</param>
/// <param name="Participation">The participation coefficient.</param>
/// <param name="Clusters">How many clusters its relations reach, its own included.</param>
public sealed record Broker(GraphActor Actor, double Participation, int Clusters);
