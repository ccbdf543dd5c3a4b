using System.Collections.Frozen;
using ActorGraph.Core.Text;

namespace ActorGraph.Core.Model;

/// <summary>
/// The combined graph read from a store at one moment: actors, roles and relations merged over every source,
/// with the provenance of each. Immutable; safe to share between threads.
/// </summary>
public sealed class GraphSnapshot
{
    private readonly FrozenDictionary<ActorId, GraphActor> _byId;
    private readonly Lazy<NameIndex> _names;

    /// <summary>Creates a snapshot. Stores build snapshots with <see cref="SnapshotAssembler"/>.</summary>
    public GraphSnapshot(
        IReadOnlyList<SourceRecord> sources,
        IReadOnlyList<GraphActor> actors,
        IReadOnlyList<GraphRole> roles,
        IReadOnlyList<GraphRelation> relations)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(relations);
        Sources = sources;
        Actors = actors;
        Roles = roles;
        Relations = relations;
        _byId = actors.ToFrozenDictionary(a => a.Id);
        _names = new Lazy<NameIndex>(() => new NameIndex(actors));
    }

    /// <summary>The sources behind the graph, ordered by id.</summary>
    public IReadOnlyList<SourceRecord> Sources { get; }

    /// <summary>The actors, ordered by id.</summary>
    public IReadOnlyList<GraphActor> Actors { get; }

    /// <summary>The roles, ordered by person, then title.</summary>
    public IReadOnlyList<GraphRole> Roles { get; }

    /// <summary>The relations, ordered by source actor, type and target actor.</summary>
    public IReadOnlyList<GraphRelation> Relations { get; }

    /// <summary>The actor with this id, or null.</summary>
    public GraphActor? Find(ActorId id) => _byId.GetValueOrDefault(id);

    /// <summary>The actor with this id; throws when there is none.</summary>
    /// <exception cref="ActorNotFoundException">No actor has the id.</exception>
    public GraphActor Get(ActorId id) => Find(id) ?? throw new ActorNotFoundException(id.Value, [], ambiguous: false);

    /// <summary>
    /// Finds the actor a user means by an id, a name or an alias, ignoring case and diacritics.
    /// An id wins over a name, a name over an alias.
    /// </summary>
    /// <exception cref="ActorNotFoundException">Nothing matches, or several actors match equally well.</exception>
    public GraphActor Resolve(string nameOrId)
    {
        ArgumentNullException.ThrowIfNull(nameOrId);
        if (ActorId.TryParse(nameOrId, out var id) && _byId.TryGetValue(id, out var byId))
        {
            return byId;
        }

        return _names.Value.Resolve(nameOrId);
    }

    private sealed class NameIndex
    {
        private readonly Dictionary<string, List<GraphActor>> _byName = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<GraphActor>> _byAlias = new(StringComparer.Ordinal);
        private readonly IReadOnlyList<GraphActor> _actors;

        public NameIndex(IReadOnlyList<GraphActor> actors)
        {
            _actors = actors;
            foreach (var actor in actors)
            {
                Add(_byName, NameKey.Fold(actor.Name), actor);
                foreach (var alias in actor.Aliases)
                {
                    Add(_byAlias, NameKey.Fold(alias), actor);
                }
            }
        }

        public GraphActor Resolve(string query)
        {
            var key = NameKey.Fold(query);
            foreach (var index in new[] { _byName, _byAlias })
            {
                if (index.TryGetValue(key, out var matches))
                {
                    return matches.Count == 1
                        ? matches[0]
                        : throw new ActorNotFoundException(query, [.. matches.Select(m => $"{m.Name} ({m.Id})")], ambiguous: true);
                }
            }

            var similar = key.Length == 0
                ? []
                : _actors
                    .Where(a => NameKey.Fold(a.Name).Contains(key, StringComparison.Ordinal)
                             || a.Aliases.Any(alias => NameKey.Fold(alias).Contains(key, StringComparison.Ordinal)))
                    .Select(a => a.Name)
                    .Take(5)
                    .ToList();
            throw new ActorNotFoundException(query, similar, ambiguous: false);
        }

        private static void Add(Dictionary<string, List<GraphActor>> index, string key, GraphActor actor)
        {
            if (key.Length == 0)
            {
                return;
            }

            if (!index.TryGetValue(key, out var list))
            {
                index[key] = list = [];
            }

            if (!list.Contains(actor))
            {
                list.Add(actor);
            }
        }
    }
}
