using ActorGraph.Core.Model;

namespace ActorGraph.Query;

/// <summary>An actor within some steps of the centre, following relations in either direction.</summary>
/// <param name="Actor">The actor.</param>
/// <param name="Distance">How many steps from the centre (0 for the centre).</param>
public sealed record Neighbor(GraphActor Actor, int Distance);

/// <summary>An actor's ego network: the actors within a number of steps and every relation among them.</summary>
/// <param name="Center">The actor at the centre.</param>
/// <param name="Depth">The number of steps.</param>
/// <param name="Actors">The centre and its neighbours, nearest first.</param>
/// <param name="Relations">Every relation between two of those actors.</param>
public sealed record Neighborhood(GraphActor Center, int Depth, IReadOnlyList<Neighbor> Actors, IReadOnlyList<GraphRelation> Relations);
