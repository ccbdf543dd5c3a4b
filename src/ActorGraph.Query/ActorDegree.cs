using ActorGraph.Core.Model;

namespace ActorGraph.Query;

/// <summary>How many relations an actor has, and how strong they are, in each direction.</summary>
/// <param name="Actor">The actor.</param>
/// <param name="In">Relations pointing to the actor.</param>
/// <param name="Out">Relations starting at the actor.</param>
/// <param name="InStrength">The summed strength of the relations pointing to it.</param>
/// <param name="OutStrength">The summed strength of the relations starting at it.</param>
public sealed record ActorDegree(GraphActor Actor, int In, int Out, double InStrength, double OutStrength)
{
    /// <summary>All relations of the actor.</summary>
    public int Total => In + Out;
}
