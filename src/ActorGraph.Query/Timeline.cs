using ActorGraph.Core.Model;

namespace ActorGraph.Query;

/// <summary>
/// An actor's roles and relations (in and out) in date order: each dated fact appears on the day it began and, when
/// it ended, on its last day; on one day roles come before relations. Facts without any date come last, marked
/// undated.
/// </summary>
public static class Timeline
{
    /// <summary>The timeline of <paramref name="actor"/> in <paramref name="snapshot"/>.</summary>
    public static IReadOnlyList<TimelineEntry> For(GraphSnapshot snapshot, GraphActor actor)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(actor);
        string NameOf(ActorId id) => snapshot.Find(id)?.Name ?? id.Value;
        var dated = new List<(DateOnly Day, int Order, TimelineEntry Entry)>();
        var undated = new List<TimelineEntry>();

        void Add(DateOnly? since, DateOnly? until, int order, GraphRole? role, GraphRelation? relation, string text, IReadOnlyList<string> sources)
        {
            if (since is null && until is null)
            {
                undated.Add(new TimelineEntry(null, "undated", role, relation, text, sources));
                return;
            }

            if (since is { } s)
            {
                dated.Add((s, order, new TimelineEntry(s, "began", role, relation, text, sources)));
            }

            if (until is { } u)
            {
                dated.Add((u, order + 2, new TimelineEntry(u, "ended", role, relation, text, sources)));
            }
        }

        foreach (var role in snapshot.Roles.Where(r => r.Person == actor.Id))
        {
            var text = role.Of is { } of ? $"{actor.Name}: {role.Title} of {NameOf(of)}" : $"{actor.Name}: {role.Title}";
            Add(role.Since, role.Until, 0, role, null, text, role.Sources);
        }

        foreach (var relation in snapshot.Relations.Where(r => r.Source == actor.Id || r.Target == actor.Id))
        {
            var text = $"{NameOf(relation.Source)} {Vocabulary.Name(relation.Kind)} {NameOf(relation.Target)}";
            Add(relation.Since, relation.Until, 1, null, relation, text,
                [.. relation.Provenance.Select(p => p.SourceId).Distinct(StringComparer.Ordinal)]);
        }

        return
        [
            .. dated.OrderBy(d => d.Day).ThenBy(d => d.Order).ThenBy(d => d.Entry.Text, StringComparer.Ordinal).Select(d => d.Entry),
            .. undated.OrderBy(e => e.Role is null ? 1 : 0).ThenBy(e => e.Text, StringComparer.Ordinal),
        ];
    }
}
