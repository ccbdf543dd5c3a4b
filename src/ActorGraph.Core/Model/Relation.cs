namespace ActorGraph.Core.Model;

/// <summary>A directed relation, as one source states it. Influence flows from <paramref name="Source"/> to <paramref name="Target"/>.</summary>
/// <param name="Source">The actor the relation starts at.</param>
/// <param name="Kind">The relation type.</param>
/// <param name="Target">The actor the relation points to.</param>
/// <param name="Weight">How strongly influence flows along the relation, in (0, 1].</param>
/// <param name="Confidence">How sure the source is of the relation, in (0, 1].</param>
/// <param name="Since">The first day it held, when known.</param>
/// <param name="Until">The last day it held, when known.</param>
/// <param name="Context">What the relation was about (talks, a prisoner swap), when given.</param>
/// <param name="Evidence">The sentence that states it, when given.</param>
public sealed record Relation(
    ActorId Source,
    RelationKind Kind,
    ActorId Target,
    double Weight,
    double Confidence,
    DateOnly? Since,
    DateOnly? Until,
    string? Context,
    string? Evidence);
