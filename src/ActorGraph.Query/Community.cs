using ActorGraph.Core.Model;

namespace ActorGraph.Query;

/// <summary>A cluster of actors more tightly related to each other than to the rest.</summary>
/// <param name="Members">The members, most influential first.</param>
public sealed record Community(IReadOnlyList<GraphActor> Members)
{
    /// <summary>A label for the cluster: its (up to) three most influential members.</summary>
    public string Label => string.Join(", ", Members.Take(3).Select(m => m.Name));
}
