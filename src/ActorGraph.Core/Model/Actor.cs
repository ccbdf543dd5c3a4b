namespace ActorGraph.Core.Model;

/// <summary>An actor as one source states it.</summary>
/// <param name="Id">The stable identity.</param>
/// <param name="Name">The canonical name.</param>
/// <param name="Kind">What the actor is.</param>
/// <param name="Aliases">Other names the source uses for it (surnames, capitals, transliterations).</param>
public sealed record Actor(ActorId Id, string Name, ActorKind Kind, IReadOnlyList<string> Aliases);
