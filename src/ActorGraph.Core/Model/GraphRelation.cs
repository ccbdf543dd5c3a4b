namespace ActorGraph.Core.Model;

/// <summary>
/// A relation in the combined graph: one per (source actor, type, target actor), however many sources state it.
/// </summary>
/// <param name="Source">The actor influence flows from.</param>
/// <param name="Kind">The relation type.</param>
/// <param name="Target">The actor influence flows to.</param>
/// <param name="Weight">The largest weight any source gives.</param>
/// <param name="Confidence">
/// The sources' confidences combined over independent stories (<see cref="IndependentEvidence"/>): copies of one story
/// count once, and several stories of one publisher count less than as many publishers.
/// </param>
/// <param name="Since">The earliest first day any source gives.</param>
/// <param name="Until">The latest last day any source gives.</param>
/// <param name="Provenance">What each source says, ordered by source id.</param>
public sealed record GraphRelation(
    ActorId Source,
    RelationKind Kind,
    ActorId Target,
    double Weight,
    double Confidence,
    DateOnly? Since,
    DateOnly? Until,
    IReadOnlyList<Provenance> Provenance)
{
    private readonly Corroboration? _corroboration;

    /// <summary>
    /// How many sources, publishers and stories state the relation. When not given, every source counts as its own
    /// publisher and story.
    /// </summary>
    public Corroboration Corroboration
    {
        get => _corroboration ?? new Corroboration(Provenance.Count, Provenance.Count, Provenance.Count);
        init => _corroboration = value;
    }

    /// <summary>How much influence one step along this relation carries: weight × confidence, in (0, 1].</summary>
    public double Strength => Weight * Confidence;

    /// <summary>Whether the relation holds on <paramref name="date"/>: unknown bounds do not exclude it.</summary>
    public bool HoldsOn(DateOnly date) => (Since is null || Since <= date) && (Until is null || Until >= date);
}
