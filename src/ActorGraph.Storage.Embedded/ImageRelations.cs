using ActorGraph.Core.Model;

namespace ActorGraph.Storage.Embedded;

/// <summary>
/// The combined relations an analysis image is written from, by position in the snapshot's order: merged objects
/// (<see cref="SnapshotRelations"/>) or columns merged without them (<see cref="RelationMerge"/>).
/// </summary>
internal interface IImageRelations
{
    int Count { get; }

    ActorId Source(int index);

    ActorId Target(int index);

    RelationKind Kind(int index);

    double Weight(int index);

    double Confidence(int index);

    DateOnly? Since(int index);

    DateOnly? Until(int index);

    int ProvenanceCount(int index);

    /// <summary>What the <paramref name="statement"/>th source (in source id order) says of the relation at <paramref name="index"/>.</summary>
    (string SourceId, double Weight, double Confidence, string? Evidence, string? Context, DateOnly? Since, DateOnly? Until) Provenance(int index, int statement);

    /// <summary>How a relation stated by several sources is corroborated; null for one stated once.</summary>
    Corroboration? Corroboration(int index);
}

/// <summary>The relations of a merged <see cref="GraphSnapshot"/>.</summary>
internal sealed class SnapshotRelations(IReadOnlyList<GraphRelation> relations) : IImageRelations
{
    public int Count => relations.Count;

    public ActorId Source(int index) => relations[index].Source;

    public ActorId Target(int index) => relations[index].Target;

    public RelationKind Kind(int index) => relations[index].Kind;

    public double Weight(int index) => relations[index].Weight;

    public double Confidence(int index) => relations[index].Confidence;

    public DateOnly? Since(int index) => relations[index].Since;

    public DateOnly? Until(int index) => relations[index].Until;

    public int ProvenanceCount(int index) => relations[index].Provenance.Count;

    public (string SourceId, double Weight, double Confidence, string? Evidence, string? Context, DateOnly? Since, DateOnly? Until) Provenance(int index, int statement) =>
        relations[index].Provenance[statement] is var p ? (p.SourceId, p.Weight, p.Confidence, p.Evidence, p.Context, p.Since, p.Until) : default;

    public Corroboration? Corroboration(int index) => relations[index].Provenance.Count > 1 ? relations[index].Corroboration : null;
}
