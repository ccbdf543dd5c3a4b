namespace ActorGraph.Core.Model;

/// <summary>An actor in the combined graph: what every source that names it says, merged.</summary>
/// <param name="Id">The stable identity.</param>
/// <param name="Name">The canonical name: the name most sources use (ties: the first in ordinal order).</param>
/// <param name="Kind">The kind most sources give (ties: the first in declaration order).</param>
/// <param name="Aliases">Every other name any source uses, sorted.</param>
/// <param name="Sources">The ids of the sources that name the actor, sorted.</param>
public sealed record GraphActor(ActorId Id, string Name, ActorKind Kind, IReadOnlyList<string> Aliases, IReadOnlyList<string> Sources);
