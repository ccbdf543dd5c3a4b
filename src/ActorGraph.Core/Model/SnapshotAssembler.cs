using System.Runtime.InteropServices;
using ActorGraph.Core.Text;

namespace ActorGraph.Core.Model;

/// <summary>
/// Combines per-source assertions into one <see cref="GraphSnapshot"/>. Every store reads its assertions into an
/// assembler, so both stores merge sources by the same rules:
/// actors by id (most common name and kind, union of aliases), roles by (person, title, body, since),
/// relations by (source actor, type, target actor) with the largest weight and the confidences combined over
/// independent stories (<see cref="IndependentEvidence"/>, with the stories of <see cref="StoryGroups"/>).
/// </summary>
public sealed class SnapshotAssembler
{
    private readonly List<SourceRecord> _sources = [];
    private readonly Dictionary<ActorId, List<(string Source, Actor Actor)>> _actors = [];
    private readonly Dictionary<(ActorId Person, string Title, ActorId? Of, DateOnly? Since), List<(string Source, Role Role)>> _roles = [];
    private readonly Dictionary<(ActorId Source, RelationKind Kind, ActorId Target), Statements> _relations = [];

    /// <summary>Adds a source's description.</summary>
    public void AddSource(SourceRecord source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _sources.Add(source);
    }

    /// <summary>Adds an actor as <paramref name="sourceId"/> states it.</summary>
    public void AddActor(string sourceId, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Bucket(_actors, actor.Id).Add((sourceId, actor));
    }

    /// <summary>Adds a role as <paramref name="sourceId"/> states it.</summary>
    public void AddRole(string sourceId, Role role)
    {
        ArgumentNullException.ThrowIfNull(role);
        Bucket(_roles, (role.Person, NameKey.Fold(role.Title), role.Of, role.Since)).Add((sourceId, role));
    }

    /// <summary>Makes room for <paramref name="relations"/> relation statements, so a large read does not rehash as it grows.</summary>
    public void EnsureRelationCapacity(int relations) => _relations.EnsureCapacity(relations);

    /// <summary>Adds a relation as <paramref name="sourceId"/> states it.</summary>
    public void AddRelation(string sourceId, Relation relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        // Most relations are stated once: the first statement is kept inline, without a list.
        ref var statements = ref CollectionsMarshal.GetValueRefOrAddDefault(_relations, (relation.Source, relation.Kind, relation.Target), out var exists);
        if (!exists)
        {
            statements.First = (sourceId, relation);
        }
        else
        {
            (statements.More ??= []).Add((sourceId, relation));
        }
    }

    /// <summary>Adds everything a document asserts.</summary>
    public void AddDocument(SourceDocument document, DateTimeOffset ingestedAt)
    {
        ArgumentNullException.ThrowIfNull(document);
        var id = document.Source.Id;
        AddSource(new SourceRecord(document.Source, document.ContentHash, ingestedAt, document.Origin));
        foreach (var actor in document.Actors)
        {
            AddActor(id, actor);
        }

        foreach (var role in document.Roles)
        {
            AddRole(id, role);
        }

        foreach (var relation in document.Relations)
        {
            AddRelation(id, relation);
        }
    }

    /// <summary>Builds the combined graph, keeping what <paramref name="filter"/> accepts.</summary>
    public GraphSnapshot Build(SnapshotFilter? filter = null)
    {
        filter ??= SnapshotFilter.All;
        var actors = _actors.Select(p => MergeActor(p.Key, p.Value)).OrderBy(a => a.Id).ToList();
        var roles = _roles.Values.Select(MergeRole).Where(filter.Accepts)
            .OrderBy(r => r.Person).ThenBy(r => r.Title, StringComparer.Ordinal).ThenBy(r => r.Since)
            .ToList();
        var groups = StoryGroups.Build(_sources.Select(s => s.Info));
        // Merging is independent per relation: large graphs merge on every core.
        var entries = _relations.ToArray();
        var merged = new GraphRelation[entries.Length];
        Parallel.For(0, entries.Length, new ParallelOptions { MaxDegreeOfParallelism = entries.Length < 50_000 ? 1 : -1 }, i =>
        {
            var (key, statements) = entries[i];
            merged[i] = statements.More is null
                ? Single(key, statements.First.Source, statements.First.Relation)
                : MergeRelation(key, [statements.First, .. statements.More], groups);
        });
        var relations = new List<GraphRelation>(merged.Length);
        foreach (var relation in merged)
        {
            if (filter.Accepts(relation))
            {
                relations.Add(relation);
            }
        }

        relations = SortRelations(relations, actors);
        var sources = _sources.OrderBy(s => s.Info.Id, StringComparer.Ordinal).ToList();
        return new GraphSnapshot(sources, actors, roles, relations);
    }

    private static GraphActor MergeActor(ActorId id, List<(string Source, Actor Actor)> statements)
    {
        var name = MostCommon(statements.Select(s => s.Actor.Name), StringComparer.Ordinal);
        var kind = statements.GroupBy(s => s.Actor.Kind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        var nameKey = NameKey.Fold(name);
        var aliases = statements
            .SelectMany(s => s.Actor.Aliases.Append(s.Actor.Name))
            .Where(a => NameKey.Fold(a) != nameKey)
            .GroupBy(NameKey.Fold)
            .Select(g => g.Order(StringComparer.Ordinal).First())
            .Order(StringComparer.Ordinal)
            .ToList();
        return new GraphActor(id, name, kind, aliases, Sources(statements.Select(s => s.Source)));
    }

    private static GraphRole MergeRole(List<(string Source, Role Role)> statements)
    {
        var first = statements[0].Role;
        var title = MostCommon(statements.Select(s => s.Role.Title), StringComparer.Ordinal);
        var until = statements.Select(s => s.Role.Until).Where(u => u is not null).Max();
        return new GraphRole(first.Person, title, first.Of, first.Since, until, Sources(statements.Select(s => s.Source)));
    }

    private static GraphRelation Single((ActorId Source, RelationKind Kind, ActorId Target) key, string sourceId, Relation only) =>
        new(key.Source, key.Kind, key.Target, only.Weight, only.Confidence, only.Since, only.Until,
            [new Provenance(sourceId, only.Weight, only.Confidence, only.Evidence, only.Context, only.Since, only.Until)]);

    /// <summary>
    /// Orders relations by (source actor, type, target actor). Actor ids are ranked once, so the million-element sort
    /// compares integers instead of strings.
    /// </summary>
    private static List<GraphRelation> SortRelations(List<GraphRelation> relations, List<GraphActor> actorsById)
    {
        var rank = new Dictionary<ActorId, int>(actorsById.Count);
        foreach (var actor in actorsById)
        {
            rank[actor.Id] = rank.Count;
        }

        // Relations may name actors no source declared; rank those after the declared ones, in id order.
        foreach (var id in relations.SelectMany(r => new[] { r.Source, r.Target }).Where(id => !rank.ContainsKey(id)).Distinct().Order())
        {
            rank[id] = rank.Count;
        }

        var keys = new long[relations.Count];
        var items = relations.ToArray();
        var kinds = Enum.GetValues<RelationKind>().Length;
        for (var i = 0; i < items.Length; i++)
        {
            keys[i] = (((long)rank[items[i].Source] * kinds) + (int)items[i].Kind) * rank.Count + rank[items[i].Target];
        }

        Array.Sort(keys, items);
        return [.. items];
    }

    private static GraphRelation MergeRelation(
        (ActorId Source, RelationKind Kind, ActorId Target) key,
        List<(string Source, Relation Relation)> statements,
        StoryGroups groups)
    {
        var weight = 0.0;
        DateOnly? since = null;
        DateOnly? until = null;
        foreach (var (_, relation) in statements)
        {
            weight = Math.Max(weight, relation.Weight);
            since = Earliest(since, relation.Since);
            until = Latest(until, relation.Until);
        }

        var provenance = statements
            .OrderBy(s => s.Source, StringComparer.Ordinal)
            .Select(s => new Provenance(s.Source, s.Relation.Weight, s.Relation.Confidence, s.Relation.Evidence, s.Relation.Context, s.Relation.Since, s.Relation.Until))
            .ToList();
        var (confidence, corroboration) = IndependentEvidence.Combine([.. statements.Select(s => (s.Source, s.Relation.Confidence))], groups);
        return new GraphRelation(key.Source, key.Kind, key.Target, weight, confidence, since, until, provenance) { Corroboration = corroboration };
    }

    private static DateOnly? Earliest(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a < b ? a : b);

    private static DateOnly? Latest(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a > b ? a : b);

    private static string MostCommon(IEnumerable<string> values, StringComparer comparer) =>
        values.GroupBy(v => v, comparer).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, comparer).First().Key;

    private static List<string> Sources(IEnumerable<string> ids) => [.. ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static List<TValue> Bucket<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        return list;
    }

    private struct Statements
    {
        public (string Source, Relation Relation) First;
        public List<(string Source, Relation Relation)>? More;
    }
}
