namespace ActorGraph.Core.Model;

/// <summary>How much a store holds, counted in the combined graph.</summary>
/// <param name="Actors">Distinct actors.</param>
/// <param name="Roles">Distinct roles.</param>
/// <param name="Relations">Distinct relations (source actor, type, target actor).</param>
/// <param name="Sources">Sources ingested.</param>
public sealed record StoreStatistics(int Actors, int Roles, int Relations, int Sources);
