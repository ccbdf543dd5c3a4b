using System.Globalization;
using ActorGraph.Core.Model;
using ActorGraph.Core.Text;

namespace ActorGraph.Ingestion.Datasets;

/// <content>The schema binder every dataset format shares.</content>
public static partial class DatasetReader
{
    /// <summary>
    /// Checks the tree against the schema, collecting every error: a whole file at once (<see cref="Bind"/>), or item by
    /// item for the streaming formats, which give each item to <see cref="BindSource"/>, <see cref="BindActor"/>,
    /// <see cref="BindRole"/> or <see cref="BindUniqueRelation"/> and end with <see cref="Finish"/>.
    /// </summary>
    /// <param name="path">The file, as errors name it.</param>
    /// <param name="defaultSourceId">The source id when the source gives none.</param>
    /// <param name="limits">The limits the items are read under.</param>
    /// <param name="declareHint">How an unknown actor is to be declared, in the format read.</param>
    internal sealed partial class Binder(string path, string defaultSourceId, IngestLimits limits, string declareHint = "declare it under actors")
    {
        private static readonly string[] RootKeys = ["source", "actors", "roles", "relations"];
        private static readonly string[] SourceKeys = ["id", "title", "url", "published", "publisher"];
        private static readonly string[] ActorKeys = ["id", "name", "kind", "aliases"];
        private static readonly string[] RoleKeys = ["person", "title", "of", "since", "until"];
        private static readonly string[] RelationKeys = ["source", "type", "target", "weight", "confidence", "since", "until", "context", "evidence"];

        private readonly List<DatasetError> _errors = [];
        private readonly Dictionary<ActorId, (Actor Actor, string Field, int Line, int Ordinal)> _actors = [];
        private string _file = path;
        private readonly Dictionary<string, List<ActorId>> _byName = new(IdTextComparer.Instance);
        private readonly Dictionary<string, List<ActorId>> _byAlias = new(IdTextComparer.Instance);
        // The relations bound so far, by (source, type, target) packed into a number from the actors' ordinals: the
        // one thing a streamed source keeps per relation while it is checked.
        // The value is the relation's index in its list and its line, packed likewise.
        private readonly Dictionary<long, long> _seen = [];

        // Each declared actor's id text, so that a relation naming it by id finds the one ActorId (and string) the
        // actor has: a million relations share their actors' ids instead of holding two copies each.
        private readonly Dictionary<string, ActorId> _ids = new(IdTextComparer.Instance);

        // Made once: asking the dictionary for its span lookup checks the comparer each time, costlier than the lookup.
        private Dictionary<string, ActorId>.AlternateLookup<ReadOnlySpan<char>>? _idLookup;

        /// <summary>The errors found so far.</summary>
        public int ErrorCount => _errors.Count;

        /// <summary>
        /// Whether a relation that repeats an earlier one is an error (the default). A second reading of a checked
        /// file leaves it off, and so keeps nothing per relation: the content hash shows any change.
        /// </summary>
        public bool CheckRepeats { get; init; } = true;

        /// <summary>
        /// Whether repeats are found at the end (<see cref="ReportRepeats"/>) from a compact log instead of as each
        /// relation is bound: what a streamed source does while it is checked.
        /// </summary>
        public bool DeferRepeats
        {
            get => _deferred is not null;
            init => _deferred = value ? new RelationKeyLog() : null;
        }

        private RelationKeyLog? _deferred;

        /// <summary>The file that errors name from now on: a source read from several files names the one at fault.</summary>
        public string File
        {
            set => _file = value;
        }

        public DatasetReadResult Bind(DocNode root)
        {
            if (root.Kind == DocNodeKind.Null)
            {
                return Fail(_file, root.Line, "file", "the file is empty; a dataset has at least one of source, actors, roles, relations");
            }

            if (root.Kind != DocNodeKind.Map)
            {
                return Fail(_file, root.Line, "file", $"expected a mapping with the keys {string.Join(", ", RootKeys)}, found {DocNode.Describe(root.Kind)}");
            }

            var fields = Fields(root, string.Empty, RootKeys);
            var source = BindSource(fields.GetValueOrDefault("source"));
            var actorItems = Items(fields.GetValueOrDefault("actors"), "actors");
            var roleItems = Items(fields.GetValueOrDefault("roles"), "roles");
            var relationItems = Items(fields.GetValueOrDefault("relations"), "relations");
            if (actorItems.Count + roleItems.Count + relationItems.Count > limits.MaxItems)
            {
                var last = new[] { actorItems, roleItems, relationItems }.Where(l => l.Count > 0).Max(l => l[^1].Line);
                return Fail(_file, last, "file", $"{actorItems.Count:N0} actors, {roleItems.Count:N0} roles and {relationItems.Count:N0} relations are more than the {limits.MaxItems:N0} items a source may have (raise it with --limit MaxItems=N)");
            }

            for (var i = 0; i < actorItems.Count; i++)
            {
                BindActor(actorItems[i], $"actors[{i}]");
            }

            var roles = new List<Role>();
            for (var i = 0; i < roleItems.Count; i++)
            {
                if (BindRole(roleItems[i], $"roles[{i}]") is { } role)
                {
                    roles.Add(role);
                }
            }

            var relations = new List<Relation>();
            for (var i = 0; i < relationItems.Count; i++)
            {
                if (BindUniqueRelation(relationItems[i], $"relations[{i}]") is { } relation)
                {
                    relations.Add(relation);
                }
            }

            return Finish(source, roles, relations);
        }

        /// <summary>The document of what was bound, or every error found, in line order.</summary>
        public DatasetReadResult Finish(SourceInfo? source, List<Role> roles, List<Relation> relations)
        {
            if (Failure(source) is { } failure)
            {
                return failure;
            }

            var actors = _actors.Values.Select(a => a.Actor).ToList();
            return DatasetReadResult.Success(new SourceDocument(source!, actors, roles, relations));
        }

        /// <summary>Every error found, in line order, when there is one or no source; null when all is well.</summary>
        public DatasetReadResult? Failure(SourceInfo? source) =>
            _errors.Count > 0 || source is null
                ? DatasetReadResult.Failure([.. _errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line)])
                : null;

        /// <summary>Binds a relation, refusing one that repeats an earlier relation between the same two actors.</summary>
        public Relation? BindUniqueRelation(DocNode node, string field)
        {
            if (BindRelation(node, field) is not { } relation)
            {
                return null;
            }

            if (!CheckRepeats)
            {
                return relation;
            }

            // Every reader names relations relations[i].
            var index = field.StartsWith("relations[", StringComparison.Ordinal) && int.TryParse(field.AsSpan(10, field.Length - 11), NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1;
            var key = Key(relation);
            if (_deferred is not null)
            {
                _deferred.Add(key, Pack(index, node.Line));
                return relation;
            }

            if (_seen.TryGetValue(key, out var first))
            {
                RepeatError(node.Line, field, first);
                return null;
            }

            _seen[key] = Pack(index, node.Line);
            return relation;
        }

        /// <summary>The declared actor whose id is exactly <paramref name="text"/> (already in its canonical form).</summary>
        public bool TryGetDeclared(ReadOnlySpan<char> text, out ActorId id) =>
            (_idLookup ??= _ids.GetAlternateLookup<ReadOnlySpan<char>>()).TryGetValue(text, out id);

        private static string RelationField(int index) => $"relations[{index}]";

        public SourceInfo? BindSource(DocNode? node)
        {
            if (node is null || node.Kind == DocNodeKind.Null)
            {
                return new SourceInfo(defaultSourceId, null, null, null);
            }

            var fields = Fields(node, "source", SourceKeys);
            var id = Text(fields.GetValueOrDefault("id"), "source.id") ?? defaultSourceId;
            var title = Text(fields.GetValueOrDefault("title"), "source.title", limits.MaxTextLength);
            Uri? url = null;
            if (fields.GetValueOrDefault("url") is { } urlNode && Text(urlNode, "source.url", limits.MaxTextLength) is { } urlText)
            {
                if (!Uri.TryCreate(urlText, UriKind.Absolute, out url))
                {
                    Error(urlNode.Line, "source.url", $"'{urlText}' is not an absolute URL");
                }
            }

            var published = Date(fields.GetValueOrDefault("published"), "source.published");
            var publisher = Text(fields.GetValueOrDefault("publisher"), "source.publisher", limits.MaxNameLength);
            return new SourceInfo(id, title, url, published, publisher);
        }

        public Actor? BindActor(DocNode node, string field)
        {
            if (!IsMap(node, field))
            {
                return null;
            }

            var fields = Fields(node, field, ActorKeys);
            var name = Required(fields, node, field, "name");
            var kindNode = fields.GetValueOrDefault("kind");
            var kindText = Required(fields, node, field, "kind");
            ActorKind kind = default;
            if (kindText is not null && !Vocabulary.TryParseKind(kindText, out kind))
            {
                Error(kindNode!.Line, $"{field}.kind", $"unknown kind '{kindText}'; expected one of {string.Join(", ", Vocabulary.ActorKinds.Select(Vocabulary.Name))}");
                kindText = null;
            }

            var aliases = new List<string>();
            if (fields.GetValueOrDefault("aliases") is { } aliasNode && aliasNode.Kind != DocNodeKind.Null)
            {
                var aliasItems = aliasNode.Kind == DocNodeKind.Scalar ? [aliasNode] : Items(aliasNode, $"{field}.aliases");
                if (aliasItems.Count > limits.MaxAliases)
                {
                    Error(aliasNode.Line, $"{field}.aliases", $"{aliasItems.Count:N0} aliases are more than the {limits.MaxAliases:N0} an actor may have");
                    aliasItems = [];
                }

                for (var i = 0; i < aliasItems.Count; i++)
                {
                    if (Text(aliasItems[i], $"{field}.aliases[{i}]") is { } alias)
                    {
                        aliases.Add(alias);
                    }
                }
            }

            if (name is null || kindText is null)
            {
                return null;
            }

            var nameKey = NameKey.Fold(name);
            if (nameKey.Length == 0)
            {
                Error(fields["name"].Line, $"{field}.name", $"'{name}' has no letter or digit");
                return null;
            }

            ActorId id;
            if (fields.GetValueOrDefault("id") is { } idNode && Text(idNode, $"{field}.id") is { } idText)
            {
                if (!ActorId.TryParse(idText, out id))
                {
                    Error(idNode.Line, $"{field}.id", $"'{idText}' is not a valid id: use letters, digits and - _ . : / (at most {ActorId.MaxLength})");
                    return null;
                }
            }
            else
            {
                id = ActorId.FromName(name);
            }

            if (_actors.TryGetValue(id, out var existing))
            {
                Error(node.Line, $"{field}.id", $"the id '{id}' is already used by {existing.Field} (line {existing.Line})");
                return null;
            }

            var distinctAliases = aliases
                .Where(a => NameKey.Fold(a) is { Length: > 0 } key && key != nameKey)
                .DistinctBy(NameKey.Fold)
                .ToList();
            var actor = new Actor(id, name, kind, distinctAliases);
            _actors[id] = (actor, field, node.Line, _actors.Count);
            _ids[id.Value] = id;
            Index(_byName, nameKey, id);
            foreach (var alias in distinctAliases)
            {
                Index(_byAlias, NameKey.Fold(alias), id);
            }

            return actor;
        }

        public Role? BindRole(DocNode node, string field)
        {
            if (!IsMap(node, field))
            {
                return null;
            }

            var fields = Fields(node, field, RoleKeys);
            var person = Reference(fields, node, field, "person", required: true);
            var title = Required(fields, node, field, "title");
            var of = Reference(fields, node, field, "of", required: false);
            var (since, until) = Period(fields, field);
            if (person is { } p && _actors[p].Actor.Kind != ActorKind.Person)
            {
                var actor = _actors[p].Actor;
                Error(fields["person"].Line, $"{field}.person", $"'{actor.Name}' is a {Vocabulary.Name(actor.Kind)}, not a person; only people hold roles");
                return null;
            }

            return person is null || title is null || (of is null && fields.ContainsKey("of") && fields["of"].Kind != DocNodeKind.Null)
                ? null
                : new Role(person.Value, title, of, since, until);
        }

        private Relation? BindRelation(DocNode node, string field)
        {
            if (!IsMap(node, field))
            {
                return null;
            }

            var fields = Fields(node, field, RelationKeys);
            var from = Reference(fields, node, field, "source", required: true);
            var to = Reference(fields, node, field, "target", required: true);
            var typeText = Required(fields, node, field, "type");
            RelationKind kind = default;
            var kindOk = typeText is not null && Vocabulary.TryParseRelation(typeText, out kind);
            if (typeText is not null && !kindOk)
            {
                Error(fields["type"].Line, $"{field}.type", $"unknown relation type '{typeText}'; expected one of {string.Join(", ", Vocabulary.RelationKinds.Select(Vocabulary.Name))}");
            }

            var weight = Fraction(fields.GetValueOrDefault("weight"), $"{field}.weight");
            var confidence = Fraction(fields.GetValueOrDefault("confidence"), $"{field}.confidence");
            var (since, until) = Period(fields, field);
            var context = Text(fields.GetValueOrDefault("context"), $"{field}.context", limits.MaxTextLength);
            var evidence = Text(fields.GetValueOrDefault("evidence"), $"{field}.evidence", limits.MaxTextLength);
            if (from is { } f && to is { } t && f == t)
            {
                Error(node.Line, $"{field}.target", $"'{_actors[f].Actor.Name}' cannot relate to itself");
                return null;
            }

            if (from is null || to is null || !kindOk || weight is double.NaN || confidence is double.NaN)
            {
                return null;
            }

            return new Relation(
                from.Value, kind, to.Value,
                weight ?? Vocabulary.DefaultWeight(kind),
                confidence ?? Vocabulary.DefaultConfidence,
                since, until, context, evidence);
        }

        private ActorId? Reference(Dictionary<string, DocNode> fields, DocNode owner, string field, string key, bool required)
        {
            var text = required ? Required(fields, owner, field, key) : Text(fields.GetValueOrDefault(key), $"{field}.{key}");
            if (text is null)
            {
                return null;
            }

            var line = fields[key].Line;
            if (ActorId.TryParse(text, out var id) && _ids.TryGetValue(id.Value, out var declared))
            {
                return declared;
            }

            var folded = NameKey.Fold(text);
            foreach (var (index, what) in new[] { (_byName, "name"), (_byAlias, "alias") })
            {
                if (index.TryGetValue(folded, out var ids))
                {
                    if (ids.Count == 1)
                    {
                        return ids[0];
                    }

                    Error(line, $"{field}.{key}", $"'{text}' is the {what} of several actors ({string.Join(", ", ids)}); refer to one by its id");
                    return null;
                }
            }

            Error(line, $"{field}.{key}", $"unknown actor '{text}': {declareHint}, or use the id, name or alias of one declared there");
            return null;
        }

        private (DateOnly? Since, DateOnly? Until) Period(Dictionary<string, DocNode> fields, string field)
        {
            var since = Date(fields.GetValueOrDefault("since"), $"{field}.since");
            var until = Date(fields.GetValueOrDefault("until"), $"{field}.until");
            if (since is { } s && until is { } u && u < s)
            {
                Error(fields["until"].Line, $"{field}.until", $"{IsoDate.Format(u)} is before since ({IsoDate.Format(s)})");
            }

            return (since, until);
        }

        private DateOnly? Date(DocNode? node, string field)
        {
            if (Text(node, field) is not { } text)
            {
                return null;
            }

            if (IsoDate.TryParse(text, out var date))
            {
                return date;
            }

            Error(node!.Line, field, $"'{text}' is not a date; expected YYYY-MM-DD");
            return null;
        }

        /// <summary>Reads a number in (0, 1]; null when absent, NaN when invalid (the error is recorded).</summary>
        private double? Fraction(DocNode? node, string field)
        {
            if (Text(node, field) is not { } text)
            {
                return node is null || node.Kind == DocNodeKind.Null ? null : double.NaN;
            }

            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                Error(node!.Line, field, $"'{text}' is not a number");
                return double.NaN;
            }

            if (value is <= 0 or > 1)
            {
                Error(node!.Line, field, $"{text} is outside (0, 1]: it must be more than 0 and at most 1");
                return double.NaN;
            }

            return value;
        }

        private string? Required(Dictionary<string, DocNode> fields, DocNode owner, string field, string key)
        {
            if (!fields.TryGetValue(key, out var node) || node.Kind == DocNodeKind.Null)
            {
                Error(owner.Line, $"{field}.{key}", "is required");
                return null;
            }

            return Text(node, $"{field}.{key}");
        }

        private string? Text(DocNode? node, string field, int? maxLength = null)
        {
            if (node is null || node.Kind == DocNodeKind.Null)
            {
                return null;
            }

            if (node.Kind != DocNodeKind.Scalar)
            {
                Error(node.Line, field, $"expected a value, found {DocNode.Describe(node.Kind)}");
                return null;
            }

            var text = node.Scalar!.Trim();
            if (text.Length == 0)
            {
                Error(node.Line, field, "is empty");
                return null;
            }

            var max = maxLength ?? limits.MaxNameLength;
            if (text.Length > max)
            {
                Error(node.Line, field, $"{text.Length:N0} characters are more than the {max:N0} it may have");
                return null;
            }

            return text;
        }

        private bool IsMap(DocNode node, string field)
        {
            if (node.Kind == DocNodeKind.Map)
            {
                return true;
            }

            Error(node.Line, field, $"expected a mapping, found {DocNode.Describe(node.Kind)}");
            return false;
        }

        private List<DocNode> Items(DocNode? node, string field)
        {
            if (node is null || node.Kind == DocNodeKind.Null)
            {
                return [];
            }

            if (node.Kind != DocNodeKind.Sequence)
            {
                Error(node.Line, field, $"expected a list, found {DocNode.Describe(node.Kind)}");
                return [];
            }

            return node.Items;
        }

        private Dictionary<string, DocNode> Fields(DocNode map, string field, string[] allowed)
        {
            var fields = new Dictionary<string, DocNode>(StringComparer.Ordinal);
            if (map.Kind != DocNodeKind.Map)
            {
                Error(map.Line, field, $"expected a mapping, found {DocNode.Describe(map.Kind)}");
                return fields;
            }

            foreach (var (key, line, value) in map.Entries)
            {
                // The field's name is made only for an error: a million items have none.
                string Name() => field.Length == 0 ? (key.Length == 0 ? "\"\"" : key) : $"{field}.{(key.Length == 0 ? "\"\"" : key)}";
                if (Array.IndexOf(allowed, key) < 0)
                {
                    Error(line, Name(), $"unknown key; expected one of {string.Join(", ", allowed)}");
                }
                else if (!fields.TryAdd(key, value))
                {
                    Error(line, Name(), "is given twice");
                }
            }

            return fields;
        }

        private static void Index(Dictionary<string, List<ActorId>> index, string key, ActorId id)
        {
            if (!index.TryGetValue(key, out var ids))
            {
                index[key] = ids = [];
            }

            if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        public void Error(int line, string field, string message) => _errors.Add(new DatasetError(_file, line, field, message));
    }
}
