using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;
using ActorGraph.Core.Model;
using ActorGraph.Core.Text;
using ActorGraph.Ingestion.Datasets;

namespace ActorGraph.Ingestion.Importers;

/// <summary>
/// Imports a FollowTheMoney entity stream, one entity per line, as OpenSanctions and Aleph publish it
/// (<c>*.ftm.json</c>, or JSON Lines whose first entity has an <c>id</c> and a <c>schema</c>). Each file is one source.
/// <c>docs/importers.md</c> has the mapping: people and organizations become actors with their FtM id as actor id
/// (<c>ftm:ID</c>); sanctions, directorships, occupancies, memberships, employments and representations become
/// relations and roles; entities merged through <c>referents</c> are one actor; provenance keeps the FtM id and
/// dataset. Other schemata (addresses, identifications, vessels, …) are skipped.
/// </summary>
public static class FtmImporter
{
    private const int MaxLineBytes = 4 * 1024 * 1024;

    private static readonly Dictionary<string, ActorKind> ActorSchemata = new(StringComparer.Ordinal)
    {
        ["Person"] = ActorKind.Person,
        ["Organization"] = ActorKind.Organization,
        ["Company"] = ActorKind.Organization,
        ["PublicBody"] = ActorKind.Organization,
        ["LegalEntity"] = ActorKind.Organization,
    };

    /// <summary>Words of a role or position that heads what it belongs to: LEADS rather than a role alone.</summary>
    private static readonly string[] HeadingWords =
        ["chair", "chairman", "chairwoman", "chairperson", "chief executive", "ceo", "president", "director general", "director-general", "head", "prime minister", "king", "queen", "emir", "governor", "mayor", "secretary general", "secretary-general", "leader"];

    /// <summary>Words of a role or position that advises: ADVISES.</summary>
    private static readonly string[] AdviserWords = ["adviser", "advisor", "advisory", "counsellor", "counselor", "consultant"];

    /// <summary>Whether <paramref name="path"/> is a FollowTheMoney entity file: named <c>*.ftm.json</c>, or JSON Lines whose first line is an FtM entity.</summary>
    public static bool IsFtmFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.EndsWith(".ftm.json", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return JsonLinesDatasetReader.IsJsonLinesFile(path) && File.Exists(path) && FirstLineIsEntity(path);
    }

    /// <summary>Reads a FollowTheMoney entity stream as one source with id <paramref name="sourceId"/>.</summary>
    public static Task<DatasetReadResult> ReadFileAsync(string path, string sourceId, IngestLimits? limits, CancellationToken cancellationToken = default) =>
        StreamingFile.ReadAsync(path, stream => ReadAsync(path, stream, sourceId, limits, cancellationToken));

    /// <summary>Reads a FollowTheMoney entity stream from <paramref name="stream"/>; <paramref name="path"/> names it in errors.</summary>
    public static async Task<DatasetReadResult> ReadAsync(string path, Stream stream, string sourceId, IngestLimits? limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        var reader = new EntityReader(path, limits ?? IngestLimits.Default);
        await LineSplitter.ReadAsync(stream, MaxLineBytes, reader.Line, reader.TooLong, cancellationToken).ConfigureAwait(false);
        return reader.Finish(sourceId);
    }

    private static bool FirstLineIsEntity(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            var buffer = new byte[64 * 1024];
            var length = file.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            var span = buffer.AsSpan(0, length);
            var end = span.IndexOf((byte)'\n');
            using var document = JsonDocument.Parse(buffer.AsMemory(0, end < 0 ? length : end));
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("schema", out _) && document.RootElement.TryGetProperty("id", out _);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            return false;
        }
    }

    /// <summary>The properties the mapping reads (docs/importers.md); the name kept is this set's own string.</summary>
    private static readonly FrozenDictionary<string, string> ReadProperties = new[]
    {
        "name", "alias", "weakAlias", "previousName", "entity", "authority", "country", "program", "startDate", "listingDate", "date",
        "endDate", "sourceUrl", "reason", "summary", "director", "organization", "role", "holder", "post", "member", "employee",
        "employer", "agent", "client",
    }.ToFrozenDictionary(p => p, p => p, StringComparer.Ordinal);

    /// <summary>One FtM entity: its id, schema, properties (each a list of strings) and datasets.</summary>
    private sealed record Entity(int Line, string Id, string Schema, Dictionary<string, List<string>> Properties, string Datasets, IReadOnlyList<string> Referents)
    {
        public string? First(string property) => Properties.TryGetValue(property, out var values) && values.Count > 0 ? values[0] : null;

        public List<string> All(string property) => Properties.TryGetValue(property, out var values) ? values : [];
    }

    private sealed class EntityReader(string path, IngestLimits limits)
    {
        private readonly List<DatasetError> _errors = [];
        private readonly Dictionary<string, (Entity Entity, ActorKind Kind)> _actors = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _canonical = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Entity> _positions = new(StringComparer.Ordinal);
        private readonly List<Entity> _links = [];
        private readonly Dictionary<string, string> _datasets = new(StringComparer.Ordinal);
        private int _items;

        public bool Line(int line, ReadOnlySpan<byte> bytes)
        {
            if (bytes.Trim(" \t"u8).IsEmpty)
            {
                return true;
            }

            if (!Utf8.IsValid(bytes))
            {
                return Error(line, "encoding", "the line is not valid UTF-8 text");
            }

            Entity entity;
            try
            {
                var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = limits.MaxNestingDepth });
                using var document = JsonDocument.ParseValue(ref reader);
                if (Parse(line, document.RootElement) is not { } parsed)
                {
                    return Continue();
                }

                entity = parsed;
            }
            catch (JsonException e)
            {
                return Error(line, "syntax", e.Message.Split(" LineNumber:")[0].TrimEnd('.'));
            }

            if (++_items > limits.MaxStreamedItems)
            {
                Error(line, "file", $"more than the {limits.MaxStreamedItems:N0} entities a streamed source may have (raise it with --limit MaxStreamedItems=N)");
                return false;
            }

            foreach (var referent in entity.Referents)
            {
                _canonical.TryAdd(referent, entity.Id);
            }

            if (ActorSchemata.TryGetValue(entity.Schema, out var kind))
            {
                if (entity.First("name") is null)
                {
                    return Error(line, "properties.name", $"a {entity.Schema} needs a name");
                }

                _actors.TryAdd(entity.Id, (entity, kind));
            }
            else if (entity.Schema == "Position")
            {
                _positions.TryAdd(entity.Id, entity);
            }
            else if (entity.Schema is "Sanction" or "Directorship" or "Occupancy" or "Membership" or "Employment" or "Representation")
            {
                _links.Add(entity);
            }

            return Continue();
        }

        public bool TooLong(int line) => Error(line, "line", $"longer than the {MaxLineBytes:N0} bytes a line may have");

        public DatasetReadResult Finish(string sourceId)
        {
            if (_errors.Count > 0)
            {
                return DatasetReadResult.Failure(_errors);
            }

            var actors = new Dictionary<ActorId, Actor>();
            foreach (var (id, (entity, kind)) in _actors)
            {
                if (_canonical.TryGetValue(id, out var canonical) && canonical != id && _actors.ContainsKey(canonical))
                {
                    continue;
                }

                var actor = MakeActor(entity, kind);
                actors.TryAdd(actor.Id, actor);
            }

            var roles = new List<Role>();
            var relations = new Dictionary<(ActorId, RelationKind, ActorId), Relation>();
            foreach (var link in _links)
            {
                switch (link.Schema)
                {
                    case "Sanction":
                        Sanction(link, actors, relations);
                        break;
                    case "Occupancy":
                        Occupancy(link, actors, roles, relations);
                        break;
                    default:
                        Interest(link, actors, roles, relations);
                        break;
                }
            }

            var distinctRoles = roles.DistinctBy(r => (r.Person, NameKey.Fold(r.Title), r.Of, r.Since)).ToList();
            return DatasetReadResult.Success(new SourceDocument(
                new SourceInfo(sourceId, $"FollowTheMoney entities {Path.GetFileName(path)}", null, null),
                [.. actors.Values], distinctRoles, [.. relations.Values]));
        }

        private Entity? Parse(int line, JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                Error(line, "entity", "expected a FollowTheMoney entity: an object with id, schema and properties");
                return null;
            }

            var id = Text(root, "id");
            var schema = Text(root, "schema");
            if (id is null || schema is null)
            {
                Error(line, id is null ? "id" : "schema", "is required: a FollowTheMoney entity has an id and a schema");
                return null;
            }

            if (id.Length > ActorId.MaxLength - 4)
            {
                Error(line, "id", $"{id.Length:N0} characters are more than the {ActorId.MaxLength - 4} an entity id may have");
                return null;
            }

            var properties = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            if (root.TryGetProperty("properties", out var props))
            {
                if (props.ValueKind != JsonValueKind.Object)
                {
                    Error(line, "properties", "expected an object of property lists");
                    return null;
                }

                foreach (var property in props.EnumerateObject())
                {
                    if (property.Value.ValueKind != JsonValueKind.Array)
                    {
                        Error(line, $"properties.{property.Name}", "expected a list of values");
                        return null;
                    }

                    // Only the properties the mapping reads are kept: a published entity carries many more (birth
                    // dates, addresses, notes), and a million of them held to the end would be gigabytes.
                    if (!ReadProperties.TryGetValue(property.Name, out var propertyName))
                    {
                        continue;
                    }

                    var values = new List<string>(property.Value.GetArrayLength());
                    foreach (var value in property.Value.EnumerateArray())
                    {
                        // Nested entities (an expanded export) stand for their id.
                        var text = value.ValueKind switch
                        {
                            JsonValueKind.String => value.GetString(),
                            JsonValueKind.Object => Text(value, "id"),
                            JsonValueKind.Number => value.GetRawText(),
                            _ => null,
                        };
                        if (text is { Length: > 0 } && text.Length <= limits.MaxTextLength)
                        {
                            values.Add(text.Trim());
                        }
                    }

                    properties[propertyName] = values;
                }
            }

            var datasets = string.Join(", ", Strings(root, "datasets"));
            if (!_datasets.TryGetValue(datasets, out var shared))
            {
                _datasets[datasets] = shared = datasets;
            }

            return new Entity(line, id, schema, properties, shared, [.. Strings(root, "referents")]);
        }

        private Actor MakeActor(Entity entity, ActorKind kind)
        {
            var names = entity.All("name").Where(n => n.Length <= limits.MaxNameLength).ToList();
            var name = names.Count > 0 ? names[0] : entity.First("name")![..limits.MaxNameLength];
            var nameKey = NameKey.Fold(name);
            var aliases = names.Skip(1).Concat(entity.All("alias")).Concat(entity.All("weakAlias")).Concat(entity.All("previousName"))
                .Where(a => a.Length <= limits.MaxNameLength && NameKey.Fold(a).Length > 0 && NameKey.Fold(a) != nameKey)
                .DistinctBy(NameKey.Fold)
                .Take(limits.MaxAliases)
                .ToList();
            return new Actor(ActorIdOf(entity.Id), name, kind, aliases);
        }

        private static ActorId ActorIdOf(string ftmId) =>
            ActorId.TryParse("ftm:" + ftmId, out var id) ? id : ActorId.FromName("ftm " + ftmId);

        /// <summary>The actor an entity reference names, through referents; null when the file does not hold it.</summary>
        private Actor? Referenced(string? ftmId, Dictionary<ActorId, Actor> actors)
        {
            if (ftmId is null)
            {
                return null;
            }

            var id = _canonical.TryGetValue(ftmId, out var canonical) && _actors.ContainsKey(canonical) ? canonical : ftmId;
            return _actors.ContainsKey(id) ? actors.GetValueOrDefault(ActorIdOf(id)) : null;
        }

        private void Sanction(Entity sanction, Dictionary<ActorId, Actor> actors, Dictionary<(ActorId, RelationKind, ActorId), Relation> relations)
        {
            if (Referenced(sanction.First("entity"), actors) is not { } target)
            {
                return;
            }

            // The authority as a known actor (OFAC, European Union, United Nations, …), else the sanction's country, else by its own name.
            Actor? authority = null;
            foreach (var text in sanction.All("authority"))
            {
                authority = KnownActors.Default.ByName(text) ?? authority;
            }

            authority ??= sanction.All("country").Select(CountryByIso2).FirstOrDefault(c => c is not null);
            if (authority is null && sanction.First("authority") is { } named && named.Length <= limits.MaxNameLength && NameKey.Fold(named).Length > 0)
            {
                authority = new Actor(ActorId.FromName(named), named, ActorKind.Organization, []);
            }

            if (authority is null || authority.Id == target.Id)
            {
                return;
            }

            actors.TryAdd(authority.Id, authority);
            var since = Date(sanction.First("startDate")) ?? Date(sanction.First("listingDate")) ?? Date(sanction.First("date"));
            var program = sanction.First("program");
            Add(relations, sanction, authority.Id, RelationKind.Sanctions, target.Id, since, Date(sanction.First("endDate")), program is null ? null : $"program: {program}");
        }

        private void Occupancy(Entity occupancy, Dictionary<ActorId, Actor> actors, List<Role> roles, Dictionary<(ActorId, RelationKind, ActorId), Relation> relations)
        {
            if (Referenced(occupancy.First("holder"), actors) is not { Kind: ActorKind.Person } holder
                || occupancy.First("post") is not { } postId || !_positions.TryGetValue(postId, out var post)
                || post.First("name") is not { } title || title.Length > limits.MaxNameLength)
            {
                return;
            }

            var of = Referenced(post.First("organization"), actors) ?? post.All("country").Select(CountryByIso2).FirstOrDefault(c => c is not null);
            if (of is not null)
            {
                actors.TryAdd(of.Id, of);
            }

            var (since, until) = (Date(occupancy.First("startDate")), Date(occupancy.First("endDate")));
            roles.Add(new Role(holder.Id, title, of?.Id, since, until is { } u && since is { } s && u < s ? null : until));
            if (of is not null && Kind(title) is { } kind)
            {
                Add(relations, occupancy, holder.Id, kind, of.Id, since, until, $"position: {title}");
            }
        }

        private void Interest(Entity link, Dictionary<ActorId, Actor> actors, List<Role> roles, Dictionary<(ActorId, RelationKind, ActorId), Relation> relations)
        {
            var (fromProperty, toProperty, defaultTitle) = link.Schema switch
            {
                "Directorship" => ("director", "organization", "Director"),
                "Membership" => ("member", "organization", "Member"),
                "Employment" => ("employee", "employer", "Employee"),
                _ => ("agent", "client", "Representative"),
            };
            if (Referenced(link.First(fromProperty), actors) is not { } from || Referenced(link.First(toProperty), actors) is not { } to || from.Id == to.Id)
            {
                return;
            }

            var title = link.First("role") is { } role && role.Length <= limits.MaxNameLength ? role : defaultTitle;
            var (since, until) = (Date(link.First("startDate")), Date(link.First("endDate")));
            var kind = Kind(title);

            // A directorship that heads the company leads it; otherwise a person holds a role there, and an adviser advises.
            if (kind is { } k && (k == RelationKind.Advises || link.Schema == "Directorship"))
            {
                Add(relations, link, from.Id, k, to.Id, since, until, $"role: {title}");
            }

            if (from.Kind == ActorKind.Person && (kind != RelationKind.Leads || link.Schema != "Directorship"))
            {
                roles.Add(new Role(from.Id, title, to.Id, since, until is { } u && since is { } s && u < s ? null : until));
            }
        }

        private static RelationKind? Kind(string title)
        {
            var folded = $" {NameKey.Fold(title)} ";
            if (AdviserWords.Any(w => folded.Contains($" {w}", StringComparison.Ordinal)))
            {
                return RelationKind.Advises;
            }

            // "Deputy head" and "vice president" do not head the body.
            return HeadingWords.Any(w => folded.Contains($" {w} ", StringComparison.Ordinal)) && !folded.Contains(" deputy ", StringComparison.Ordinal)
                && !folded.Contains(" vice ", StringComparison.Ordinal) && !folded.Contains(" vice-", StringComparison.Ordinal)
                ? RelationKind.Leads
                : null;
        }

        private static void Add(
            Dictionary<(ActorId, RelationKind, ActorId), Relation> relations, Entity link, ActorId from, RelationKind kind, ActorId to,
            DateOnly? since, DateOnly? until, string? what)
        {
            var context = $"FtM {link.Schema} {link.Id}" + (link.Datasets.Length > 0 ? $" in {link.Datasets}" : string.Empty) + (what is null ? string.Empty : $"; {what}");
            var evidence = link.First("sourceUrl") ?? link.First("reason") ?? link.First("summary");
            var relation = new Relation(from, kind, to, Vocabulary.DefaultWeight(kind), Vocabulary.DefaultConfidence,
                since, until is { } u && since is { } s && u < s ? null : until, context, evidence);
            relations.TryAdd((from, kind, to), relation);
        }

        private static Actor? CountryByIso2(string code)
        {
            if (code.Equals("eu", StringComparison.OrdinalIgnoreCase))
            {
                return KnownActors.Default.ByName("European Union");
            }

            try
            {
                return code.Length == 2 ? KnownActors.Default.ByCountryCode(new RegionInfo(code).ThreeLetterISORegionName) : null;
            }
            catch (ArgumentException)
            {
                return null;
            }
        }

        /// <summary>An FtM date (<c>2022</c>, <c>2022-03</c>, <c>2022-03-01</c>, or a timestamp) as its first day.</summary>
        private static DateOnly? Date(string? text)
        {
            if (text is null)
            {
                return null;
            }

            var formats = new[] { IsoDate.Pattern, "yyyy-MM", "yyyy" };
            var cut = text.Length > 10 ? text[..10] : text;
            return DateOnly.TryParseExact(cut, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
        }

        private static string? Text(JsonElement element, string property) =>
            element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

        private static List<string> Strings(JsonElement element, string property) =>
            element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array
                ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList()
                : [];

        private bool Error(int line, string field, string message)
        {
            _errors.Add(new DatasetError(path, line, field, message));
            return Continue();
        }

        private bool Continue() => _errors.Count < JsonLinesDatasetReader.MaxErrors;
    }
}
