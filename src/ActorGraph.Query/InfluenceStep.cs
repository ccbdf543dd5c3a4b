using ActorGraph.Core.Model;

namespace ActorGraph.Query;

/// <summary>One step of an influence path: a relation, with its evidence and sources in <see cref="Relation"/>.</summary>
/// <param name="Source">The actor the step leaves (influence flows from it, unless the step goes against direction).</param>
/// <param name="Target">The actor the step reaches.</param>
/// <param name="Relation">The relation followed: the strongest one between the two actors in the direction the path allows.</param>
public sealed record InfluenceStep(GraphActor Source, GraphActor Target, GraphRelation Relation)
{
    /// <summary>The relation type.</summary>
    public RelationKind Kind => Relation.Kind;

    /// <summary>The step's strength: the relation's weight × confidence.</summary>
    public double Strength => Relation.Strength;

    /// <summary>True when the step follows its relation backwards (connection paths ignore direction).</summary>
    public bool AgainstDirection => Relation.Source != Source.Id;
}
