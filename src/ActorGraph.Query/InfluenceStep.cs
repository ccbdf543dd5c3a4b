using ActorGraph.Core.Model;

namespace ActorGraph.Query;

/// <summary>One step of an influence path: a relation, with its evidence and sources in <see cref="Relation"/>.</summary>
/// <param name="Source">The actor influence flows from.</param>
/// <param name="Target">The actor influence flows to.</param>
/// <param name="Relation">The relation followed: the strongest one from <paramref name="Source"/> to <paramref name="Target"/>.</param>
public sealed record InfluenceStep(GraphActor Source, GraphActor Target, GraphRelation Relation)
{
    /// <summary>The relation type.</summary>
    public RelationKind Kind => Relation.Kind;

    /// <summary>The step's strength: the relation's weight × confidence.</summary>
    public double Strength => Relation.Strength;
}
