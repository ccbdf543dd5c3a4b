namespace ActorGraph.Core.Model;

/// <summary>
/// The relations of a snapshot as columns, for analyses that need only who relates to whom and how strongly. A store
/// that keeps its graph as columns gives its snapshot's <see cref="GraphSnapshot.Relations"/> this shape too, so that a
/// million relations are analysed without a million objects; the objects are made only for the relations shown.
/// Row <c>i</c> of every column is <c>Relations[i]</c>.
/// </summary>
public interface IRelationColumns
{
    /// <summary>For each relation, the index in <see cref="GraphSnapshot.Actors"/> of its source, or −1 when no source declared the actor.</summary>
    ReadOnlySpan<int> SourceIndexes { get; }

    /// <summary>For each relation, the index in <see cref="GraphSnapshot.Actors"/> of its target, or −1 when no source declared the actor.</summary>
    ReadOnlySpan<int> TargetIndexes { get; }

    /// <summary>For each relation, its <see cref="GraphRelation.Strength"/>.</summary>
    ReadOnlySpan<double> Strengths { get; }

    /// <summary>For each relation, its <see cref="GraphRelation.Kind"/>.</summary>
    ReadOnlySpan<RelationKind> Kinds { get; }
}
