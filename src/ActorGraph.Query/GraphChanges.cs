using ActorGraph.Core.Model;
using ActorGraph.Core.Text;

namespace ActorGraph.Query;

/// <summary>
/// What changed between two days: relations and roles that began after <see cref="From"/> and no later than
/// <see cref="To"/>, and those whose last day falls on or after <see cref="From"/> and before <see cref="To"/>.
/// Relations and roles without dates cannot be placed in time and are left out.
/// </summary>
public sealed record GraphChanges(
    DateOnly From,
    DateOnly To,
    IReadOnlyList<GraphRelation> RelationsBegun,
    IReadOnlyList<GraphRelation> RelationsEnded,
    IReadOnlyList<GraphRole> RolesBegun,
    IReadOnlyList<GraphRole> RolesEnded)
{
    /// <summary>Compares the snapshot's dated relations and roles with the window (<paramref name="from"/>, <paramref name="to"/>].</summary>
    public static GraphChanges Between(GraphSnapshot snapshot, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (to < from)
        {
            throw new ArgumentException($"The window ends ({IsoDate.Format(to)}) before it begins ({IsoDate.Format(from)}).", nameof(to));
        }

        bool Began(DateOnly? since) => since is { } d && d > from && d <= to;
        bool Ended(DateOnly? until) => until is { } d && d >= from && d < to;
        return new GraphChanges(
            from,
            to,
            [.. snapshot.Relations.Where(r => Began(r.Since)).OrderBy(r => r.Since).ThenBy(r => r.Source).ThenBy(r => r.Kind).ThenBy(r => r.Target)],
            [.. snapshot.Relations.Where(r => Ended(r.Until)).OrderBy(r => r.Until).ThenBy(r => r.Source).ThenBy(r => r.Kind).ThenBy(r => r.Target)],
            [.. snapshot.Roles.Where(r => Began(r.Since)).OrderBy(r => r.Since).ThenBy(r => r.Person)],
            [.. snapshot.Roles.Where(r => Ended(r.Until)).OrderBy(r => r.Until).ThenBy(r => r.Person)]);
    }
}
