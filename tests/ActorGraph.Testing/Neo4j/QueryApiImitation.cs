using System.Net;
using System.Text.Json;

namespace ActorGraph.Testing.Neo4j;

/// <summary>
/// An in-memory stand-in for a Neo4j server that answers each of the store's own statements with the effect its
/// Cypher has (explicit transactions included: changes become visible on commit and vanish on rollback).
/// It exercises the store's C# (what it sends, in which transaction, how it recomputes the combined graph) where no
/// Neo4j runs; it does not check the Cypher itself. That is the Cypher front end's job, and the contract run
/// against a real Neo4j's where Docker exists.
/// </summary>
public sealed class QueryApiImitation
{
    private readonly object _gate = new();
    private readonly Dictionary<string, Graph> _transactions = [];
    private Graph _committed = new();
    private int _nextTransaction;

    /// <summary>How many of the next requests are refused as if the server were down (connection refused).</summary>
    public int RefuseNext { get; set; }

    /// <summary>A statement (by Cypher file name) that fails with a Neo4j error when run, for failure tests.</summary>
    public string? FailOn { get; set; }

    /// <summary>The committed graph.</summary>
    public Graph Committed
    {
        get
        {
            lock (_gate)
            {
                return _committed;
            }
        }
    }

    public FakeNeo4j CreateHandler() => new() { Respond = (request, _) => Task.FromResult(Answer(request)) };

    private HttpResponseMessage Answer(SentRequest request)
    {
        lock (_gate)
        {
            if (RefuseNext > 0)
            {
                RefuseNext--;
                throw new HttpRequestException("Connection refused (imitation:7474)");
            }

            if (request.Method == HttpMethod.Get)
            {
                return FakeNeo4j.EmptyDatabase(request);
            }

            var segments = request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            var txIndex = Array.IndexOf(segments, "tx");
            if (txIndex < 0)
            {
                var graph = _committed.Clone();
                var result = Run(graph, request);
                _committed = graph;
                return result;
            }

            if (txIndex == segments.Length - 1)
            {
                var id = $"t{++_nextTransaction}";
                _transactions[id] = _committed.Clone();
                return Run(_transactions[id], request, id);
            }

            var transaction = segments[txIndex + 1];
            if (!_transactions.TryGetValue(transaction, out var state))
            {
                return FakeNeo4j.Json(HttpStatusCode.NotFound, FakeNeo4j.Error("Neo.ClientError.Request.Invalid", $"Transaction with Id: \"{transaction}\" was not found."));
            }

            if (request.Method == HttpMethod.Delete)
            {
                _transactions.Remove(transaction);
                return FakeNeo4j.Json(HttpStatusCode.Accepted, "{}");
            }

            if (segments[^1] == "commit")
            {
                _transactions.Remove(transaction);
                _committed = state;
                return FakeNeo4j.Json(HttpStatusCode.Accepted, """{"data":{"fields":[],"values":[]},"bookmarks":["FB:x"]}""");
            }

            var answer = Run(state, request, transaction);
            if (answer.StatusCode != HttpStatusCode.Accepted)
            {
                _transactions.Remove(transaction);
            }

            return answer;
        }
    }

    private HttpResponseMessage Run(Graph graph, SentRequest request, string? transaction = null)
    {
        var name = request.Statement ?? string.Empty;
        if (name == FailOn)
        {
            return FakeNeo4j.Json(HttpStatusCode.BadRequest, FakeNeo4j.Error("Neo.ClientError.Statement.ExecutionFailed", $"{name} failed on purpose"));
        }

        var p = request.Parameters;
        var (fields, rows) = graph.Execute(name, p);
        var body = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["data"] = new Dictionary<string, object?> { ["fields"] = fields, ["values"] = rows },
            ["transaction"] = transaction is null ? null : new Dictionary<string, object?> { ["id"] = transaction },
        });
        return FakeNeo4j.Json(HttpStatusCode.Accepted, body);
    }

    public sealed record Mention(string SourceId, string ActorId, string Name, string Kind, string[] Aliases);

    public sealed record Statement(string SourceId, string RoleId, string Title, string? Until);

    public sealed record Claim(string SourceId, Dictionary<string, JsonElement> Properties)
    {
        public string Key => Properties["relationKey"].GetString()!;
    }

    public sealed class Graph
    {
        public Dictionary<string, Dictionary<string, JsonElement>> Sources { get; private init; } = [];

        public List<Mention> Mentions { get; private init; } = [];

        public List<Statement> Statements { get; private init; } = [];

        public List<Claim> Claims { get; private init; } = [];

        public Dictionary<string, Dictionary<string, JsonElement>> Actors { get; private init; } = [];

        public Dictionary<string, Dictionary<string, JsonElement>> Roles { get; private init; } = [];

        /// <summary>The combined relationships, keyed "from|TYPE|to".</summary>
        public Dictionary<string, Dictionary<string, JsonElement>> Relations { get; private init; } = [];

        public List<Dictionary<string, JsonElement>> Runs { get; private init; } = [];

        public Graph Clone() => new()
        {
            Sources = Sources.ToDictionary(p => p.Key, p => new Dictionary<string, JsonElement>(p.Value)),
            Mentions = [.. Mentions],
            Statements = [.. Statements],
            Claims = [.. Claims],
            Actors = Actors.ToDictionary(p => p.Key, p => new Dictionary<string, JsonElement>(p.Value)),
            Roles = Roles.ToDictionary(p => p.Key, p => new Dictionary<string, JsonElement>(p.Value)),
            Relations = Relations.ToDictionary(p => p.Key, p => new Dictionary<string, JsonElement>(p.Value)),
            Runs = [.. Runs],
        };

        public (string[] Fields, List<object?[]> Rows) Execute(string name, JsonElement p)
        {
            var statement = name.Replace("cypher/store/", "", StringComparison.Ordinal).Replace(".cypher", "", StringComparison.Ordinal);
            var type = statement.Contains(':', StringComparison.Ordinal) ? statement.Split(':')[1] : null;
            string SourceId() => p.GetProperty("sourceId").GetString()!;
            IEnumerable<JsonElement> Rows(string parameter) => p.GetProperty(parameter).EnumerateArray();
            var none = new List<object?[]>();
            switch (statement.Split(':')[0])
            {
                case var _ when name.StartsWith("cypher/schema.cypher#", StringComparison.Ordinal):
                    return ([], none);
                case "source-hash":
                {
                    var source = Sources.GetValueOrDefault(SourceId());
                    return (["contentHash", "originKind", "origin"], [[Get(source, "contentHash"), Get(source, "originKind"), Get(source, "origin")]]);
                }

                case "source-origin":
                    Sources[SourceId()]["originKind"] = p.GetProperty("originKind");
                    Sources[SourceId()]["origin"] = p.GetProperty("origin");
                    return ([], none);
                case "source-clear-claims":
                {
                    var gone = Claims.Where(c => c.SourceId == SourceId()).ToList();
                    Claims.RemoveAll(gone.Contains);
                    return (["relationKey"], [.. gone.Select(c => c.Key).Distinct().Select(k => new object?[] { k })]);
                }

                case "source-clear-mentions":
                {
                    var gone = Mentions.Where(m => m.SourceId == SourceId()).ToList();
                    Mentions.RemoveAll(gone.Contains);
                    return (["actorId"], [.. gone.Select(m => m.ActorId).Distinct().Select(k => new object?[] { k })]);
                }

                case "source-clear-roles":
                {
                    var gone = Statements.Where(m => m.SourceId == SourceId()).ToList();
                    Statements.RemoveAll(gone.Contains);
                    return (["roleId"], [.. gone.Select(m => m.RoleId).Distinct().Select(k => new object?[] { k })]);
                }

                case "source-delete":
                    Sources.Remove(SourceId());
                    return ([], none);
                case "source-upsert":
                {
                    // coalesce($origin, s.origin): a write without an origin keeps the recorded one.
                    var recorded = Sources.GetValueOrDefault(SourceId());
                    JsonElement Coalesce(string key) =>
                        p.GetProperty(key).ValueKind == JsonValueKind.Null && recorded is not null && recorded.TryGetValue(key, out var kept) ? kept : p.GetProperty(key);
                    Sources[SourceId()] = new Dictionary<string, JsonElement>
                    {
                        ["id"] = p.GetProperty("sourceId"), ["title"] = p.GetProperty("title"), ["url"] = p.GetProperty("url"),
                        ["published"] = p.GetProperty("published"), ["contentHash"] = p.GetProperty("contentHash"),
                        ["ingestedAt"] = p.GetProperty("ingestedAt"), ["originKind"] = Coalesce("originKind"), ["origin"] = Coalesce("origin"),
                        ["publisher"] = p.GetProperty("publisher"), ["fingerprint"] = p.GetProperty("fingerprint"),
                    };
                    return ([], none);
                }

                case "actors-mention" when Sources.ContainsKey(SourceId()):
                    foreach (var row in Rows("rows"))
                    {
                        var id = row.GetProperty("id").GetString()!;
                        Actors.TryAdd(id, Props(row, "id", "name", "kind", "aliases"));
                        Mentions.Add(new Mention(SourceId(), id, row.GetProperty("name").GetString()!, row.GetProperty("kind").GetString()!, Strings(row.GetProperty("aliases"))));
                    }

                    return ([], none);
                case "roles-state" when Sources.ContainsKey(SourceId()):
                    foreach (var row in Rows("rows"))
                    {
                        var id = row.GetProperty("id").GetString()!;
                        Roles.TryAdd(id, Props(row, "id", "person", "of", "title", "since", "until"));
                        Statements.Add(new Statement(SourceId(), id, row.GetProperty("title").GetString()!, row.GetProperty("until").GetString()));
                    }

                    return ([], none);
                case "claims-create" when Sources.ContainsKey(SourceId()):
                    Claims.AddRange(Rows("rows").Select(row => new Claim(SourceId(), Props(row, "relationKey", "from", "type", "to", "weight", "confidence", "since", "until", "evidence", "context"))));
                    return ([], none);
                case "actors-mention" or "roles-state" or "claims-create":
                    return ([], none);
                case "actors-read":
                {
                    var ids = Rows("ids").Select(e => e.GetString()).ToHashSet();
                    return (["actorId", "sourceId", "name", "kind", "aliases"],
                        [.. Mentions.Where(m => ids.Contains(m.ActorId)).Select(m => new object?[] { m.ActorId, m.SourceId, m.Name, m.Kind, m.Aliases })]);
                }

                case "actors-refresh":
                    foreach (var row in Rows("rows"))
                    {
                        if (Actors.TryGetValue(row.GetProperty("id").GetString()!, out var actor))
                        {
                            foreach (var key in new[] { "name", "kind", "aliases", "sources" })
                            {
                                actor[key] = row.GetProperty(key);
                            }
                        }
                    }

                    return ([], none);
                case "actors-delete-orphans":
                    foreach (var id in Rows("ids").Select(e => e.GetString()!).Where(id => !Mentions.Any(m => m.ActorId == id)))
                    {
                        Actors.Remove(id);
                        foreach (var key in Relations.Keys.Where(k => k.Split('|')[0] == id || k.Split('|')[2] == id).ToList())
                        {
                            Relations.Remove(key);
                        }
                    }

                    return ([], none);
                case "roles-read":
                {
                    var ids = Rows("ids").Select(e => e.GetString()).ToHashSet();
                    return (["roleId", "sourceId", "person", "title", "of", "since", "until"],
                        [.. Statements.Where(s => ids.Contains(s.RoleId)).Select(s =>
                        {
                            var role = Roles[s.RoleId];
                            return new object?[] { s.RoleId, s.SourceId, role["person"], s.Title, role["of"], role["since"], s.Until };
                        })]);
                }

                case "roles-refresh":
                    foreach (var row in Rows("rows"))
                    {
                        if (Roles.TryGetValue(row.GetProperty("id").GetString()!, out var role))
                        {
                            foreach (var key in new[] { "title", "until", "sources" })
                            {
                                role[key] = row.GetProperty(key);
                            }
                        }
                    }

                    return ([], none);
                case "roles-delete-orphans":
                    foreach (var id in Rows("ids").Select(e => e.GetString()!).Where(id => !Statements.Any(s => s.RoleId == id)))
                    {
                        Roles.Remove(id);
                    }

                    return ([], none);
                case "claims-read":
                {
                    var keys = Rows("keys").Select(e => e.GetString()).ToHashSet();
                    return ([.. ClaimFields, "sourceUrl", "sourcePublished", "publisher", "fingerprint"], [.. Claims.Where(c => keys.Contains(c.Key)).Select(c =>
                    {
                        var source = Sources.GetValueOrDefault(c.SourceId);
                        return (object?[])[.. ClaimRow(c), Get(source, "url"), Get(source, "published"), Get(source, "publisher"), Get(source, "fingerprint")];
                    })]);
                }

                case "relation-delete":
                    foreach (var row in Rows("rows"))
                    {
                        Relations.Remove($"{row.GetProperty("from").GetString()}|{type}|{row.GetProperty("to").GetString()}");
                    }

                    return ([], none);
                case "relation-merge":
                    foreach (var row in Rows("rows"))
                    {
                        var from = row.GetProperty("from").GetString()!;
                        var to = row.GetProperty("to").GetString()!;
                        if (Actors.ContainsKey(from) && Actors.ContainsKey(to))
                        {
                            Relations[$"{from}|{type}|{to}"] = Props(row, "weight", "confidence", "strength", "cost", "since", "until", "sources", "evidence",
                                "corroborationSources", "corroborationPublishers", "corroborationStories");
                        }
                    }

                    return ([], none);
                case "snapshot-sources":
                    return (["id", "title", "url", "published", "contentHash", "ingestedAt", "originKind", "origin", "publisher", "fingerprint"],
                        [.. Sources.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new object?[]
                        {
                            s.Value["id"], s.Value["title"], s.Value["url"], s.Value["published"], s.Value["contentHash"], s.Value["ingestedAt"],
                            Get(s.Value, "originKind"), Get(s.Value, "origin"), Get(s.Value, "publisher"), Get(s.Value, "fingerprint"),
                        })]);
                case "snapshot-actors":
                    return (["sourceId", "actorId", "name", "kind", "aliases"],
                        [.. Mentions.Select(m => new object?[] { m.SourceId, m.ActorId, m.Name, m.Kind, m.Aliases })]);
                case "snapshot-roles":
                    return (["sourceId", "person", "title", "of", "since", "until"],
                        [.. Statements.Select(s => new object?[] { s.SourceId, Roles[s.RoleId]["person"], s.Title, Roles[s.RoleId]["of"], Roles[s.RoleId]["since"], s.Until })]);
                case "snapshot-claims":
                {
                    var types = Rows("types").Select(e => e.GetString()).ToHashSet();
                    return (ClaimFields, [.. Claims.Where(c => types.Contains(c.Properties["type"].GetString())).Select(ClaimRow)]);
                }

                case "statistics":
                    return (["actors", "roles", "relations", "sources"], [[Actors.Count, Roles.Count, Relations.Count, Sources.Count]]);
                case "run-record":
                {
                    var run = Props(p, "started", "ended", "exitCode", "added", "updated", "unchanged", "rejected", "failed", "retracted", "errors", "changes", "relationState");
                    run["number"] = JsonSerializer.SerializeToElement(Runs.Count + 1);
                    if (p.GetProperty("relationState").ValueKind != JsonValueKind.Null)
                    {
                        for (var i = 0; i < Runs.Count; i++)
                        {
                            Runs[i] = new Dictionary<string, JsonElement>(Runs[i]) { ["relationState"] = JsonSerializer.SerializeToElement<string?>(null) };
                        }
                    }

                    Runs.Add(run);
                    return ([], none);
                }

                case "runs-list":
                {
                    string[] fields = ["started", "ended", "exitCode", "added", "updated", "unchanged", "rejected", "failed", "retracted", "errors", "number", "changes", "relationState"];
                    return (fields, [.. Runs
                        .OrderByDescending(r => DateTimeOffset.Parse(r["started"].GetString()!, System.Globalization.CultureInfo.InvariantCulture))
                        .Take(p.GetProperty("limit").GetInt32())
                        .Select(r => fields.Select(f => (object?)r[f]).ToArray())]);
                }

                case "clear-database":
                    Runs.Clear();
                    Sources.Clear();
                    Mentions.Clear();
                    Statements.Clear();
                    Claims.Clear();
                    Actors.Clear();
                    Roles.Clear();
                    Relations.Clear();
                    return ([], none);
                default:
                    throw new InvalidOperationException($"The imitation does not know {name}.");
            }
        }

        private static readonly string[] ClaimFields = ["sourceId", "from", "type", "to", "weight", "confidence", "since", "until", "evidence", "context"];

        private static object?[] ClaimRow(Claim c) => [c.SourceId, .. ClaimFields.Skip(1).Select(f => (object?)c.Properties[f])];

        /// <summary>A property, or null when the node lacks it (as nodes written before a property existed do).</summary>
        private static object? Get(Dictionary<string, JsonElement>? node, string key) =>
            node is not null && node.TryGetValue(key, out var value) ? value : null;

        private static Dictionary<string, JsonElement> Props(JsonElement row, params string[] keys) =>
            keys.ToDictionary(k => k, k => row.GetProperty(k).Clone());

        private static string[] Strings(JsonElement list) => [.. list.EnumerateArray().Select(e => e.GetString()!)];
    }
}
