namespace ActorGraph.Core.Model;

/// <summary>
/// Part of what a <see cref="SourceStream"/> asserts. The batches of a stream together hold each assertion once, and
/// every actor comes in the batch that first needs it or an earlier one.
/// </summary>
/// <param name="Actors">Actors the source names.</param>
/// <param name="Roles">Roles the source states.</param>
/// <param name="Relations">Relations the source states.</param>
public sealed record SourceBatch(IReadOnlyList<Actor> Actors, IReadOnlyList<Role> Roles, IReadOnlyList<Relation> Relations)
{
    /// <summary>How many assertions the batch holds.</summary>
    public int Count => Actors.Count + Roles.Count + Relations.Count;
}
