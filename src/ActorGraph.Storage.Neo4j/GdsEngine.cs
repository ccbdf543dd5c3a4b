using ActorGraph.Core;
using ActorGraph.Core.Model;
using ActorGraph.Storage.Neo4j.Cypher;
using ActorGraph.Storage.Neo4j.Http;

namespace ActorGraph.Storage.Neo4j;

/// <summary>An actor's score computed by Graph Data Science.</summary>
public sealed record GdsScore(ActorId Id, string Name, ActorKind Kind, double Score);

/// <summary>An actor's community computed by Graph Data Science.</summary>
public sealed record GdsMember(ActorId Id, string Name, ActorKind Kind, long Community);

/// <summary>Communities computed by Graph Data Science, with the modularity it reports.</summary>
public sealed record GdsCommunities(string Algorithm, double Modularity, IReadOnlyList<GdsMember> Members);

/// <summary>One step of a path found by Graph Data Science, with what each source says of its relation.</summary>
public sealed record GdsStep(ActorId From, string FromName, RelationKind Kind, ActorId To, string ToName, double Weight, double Confidence, double Strength, IReadOnlyList<Provenance> Provenance);

/// <summary>A path found by Graph Data Science: strength is the product of its steps' strengths.</summary>
public sealed record GdsPath(double Strength, IReadOnlyList<GdsStep> Steps);

/// <summary>The community algorithms Graph Data Science runs for ActorGraph.</summary>
public enum GdsCommunityAlgorithm
{
    /// <summary>Leiden: resolution and seed are honoured.</summary>
    Leiden,

    /// <summary>Louvain: single-threaded for repeatability; GDS's Louvain has no resolution parameter.</summary>
    Louvain,
}

/// <summary>
/// Runs ActorGraph's analyses inside Neo4j with Graph Data Science, for graphs larger than one process should hold:
/// each call projects the (filtered) actor graph under a fresh name, runs one algorithm and drops the projection,
/// also when the algorithm fails. The statements are <c>cypher/gds/*.cypher</c>.
/// </summary>
public sealed class GdsEngine
{
    private readonly Neo4jGraphStore _store;

    /// <summary>Creates an engine that works through <paramref name="store"/>'s server.</summary>
    public GdsEngine(Neo4jGraphStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    /// <summary>Resolves a name the way users type it (id, name or alias, any case) to one actor id.</summary>
    /// <exception cref="ActorNotFoundException">No actor, or several, go by that name.</exception>
    public async Task<(ActorId Id, string Name)> FindActorAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        var result = await Run("find-actor", new() { ["name"] = name }, true, cancellationToken).ConfigureAwait(false);
        var found = result.Rows.Select(r => (Id: ActorId.Parse(result.String(r, "id")), Name: result.String(r, "name"))).ToList();
        return found.Count switch
        {
            1 => found[0],
            0 => throw new ActorNotFoundException(name, [], ambiguous: false),
            _ => throw new ActorNotFoundException(name, [.. found.Select(f => f.Name)], ambiguous: true),
        };
    }

    /// <summary>Influence rank: weighted PageRank over the reversed relations, the <paramref name="top"/> strongest.</summary>
    public Task<IReadOnlyList<GdsScore>> InfluenceRankAsync(SnapshotFilter filter, int top, CancellationToken cancellationToken = default) =>
        WithProjection("project-reversed", filter, async (graph, ct) =>
        {
            var result = await Run("pagerank", new() { ["graph"] = graph, ["top"] = top }, true, ct).ConfigureAwait(false);
            return (IReadOnlyList<GdsScore>)[.. result.Rows.Select(r => new GdsScore(
                ActorId.Parse(result.String(r, "id")), result.String(r, "name"), Kind(result.String(r, "kind")), result.Double(r, "score")))];
        }, cancellationToken);

    /// <summary>Communities on the undirected, strength-weighted actor graph.</summary>
    public Task<GdsCommunities> CommunitiesAsync(SnapshotFilter filter, GdsCommunityAlgorithm algorithm, double resolution, int seed, CancellationToken cancellationToken = default) =>
        WithProjection("project-undirected", filter, async (graph, ct) =>
        {
            var name = algorithm == GdsCommunityAlgorithm.Leiden ? "leiden" : "louvain";
            var parameters = new Dictionary<string, object?> { ["graph"] = graph };
            if (algorithm == GdsCommunityAlgorithm.Leiden)
            {
                parameters["resolution"] = resolution;
                parameters["seed"] = seed;
            }

            var summary = await Run(name, parameters, false, ct).ConfigureAwait(false);
            var modularity = summary.Rows.Count == 1 ? summary.Double(summary.Rows[0], "modularity") : double.NaN;
            var members = await Run("communities", new() { ["graph"] = graph }, true, ct).ConfigureAwait(false);
            return new GdsCommunities(name, modularity, [.. members.Rows.Select(r => new GdsMember(
                ActorId.Parse(members.String(r, "id")), members.String(r, "name"), Kind(members.String(r, "kind")), members.Long(r, "community")))]);
        }, cancellationToken);

    /// <summary>The <paramref name="k"/> strongest loopless influence paths (Yen's algorithm on −ln strength).</summary>
    public Task<IReadOnlyList<GdsPath>> StrongestPathsAsync(SnapshotFilter filter, ActorId from, ActorId to, int k, CancellationToken cancellationToken = default) =>
        WithProjection("project", filter, async (graph, ct) =>
        {
            var found = await Run("paths-yen", new() { ["graph"] = graph, ["from"] = from.Value, ["to"] = to.Value, ["k"] = k }, true, ct).ConfigureAwait(false);
            var paths = new List<GdsPath>();
            foreach (var row in found.Rows)
            {
                var ids = found.Strings(row, "actorIds");
                var steps = ids.Zip(ids.Skip(1), (a, b) => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?> { ["from"] = a, ["to"] = b }).ToList();
                var detail = await Run("path-steps", new() { ["steps"] = steps, ["types"] = Types(filter) }, true, ct).ConfigureAwait(false);
                paths.Add(new GdsPath(found.Double(row, "strength"), [.. detail.Rows.Select(r => Step(detail, r))]));
            }

            return (IReadOnlyList<GdsPath>)paths;
        }, cancellationToken);

    private static GdsStep Step(QueryResult result, System.Text.Json.JsonElement[] row)
    {
        var kind = Vocabulary.TryParseRelation(result.String(row, "type"), out var k) ? k : throw new Neo4jProtocolException($"unknown relation type {result.String(row, "type")}");
        var weight = result.Double(row, "weight");
        var confidence = result.Double(row, "confidence");
        var provenance = result.Value(row, "claims").EnumerateArray()
            .Where(c => c.GetProperty("source").ValueKind == System.Text.Json.JsonValueKind.String)
            .Select(c => new Provenance(
                c.GetProperty("source").GetString()!, weight, confidence,
                c.GetProperty("evidence").ValueKind == System.Text.Json.JsonValueKind.String ? c.GetProperty("evidence").GetString() : null,
                c.GetProperty("context").ValueKind == System.Text.Json.JsonValueKind.String ? c.GetProperty("context").GetString() : null))
            .ToList();
        return new GdsStep(
            ActorId.Parse(result.String(row, "from")), result.String(row, "fromName"), kind,
            ActorId.Parse(result.String(row, "to")), result.String(row, "toName"),
            weight, confidence, result.Double(row, "strength"), provenance);
    }

    private async Task<T> WithProjection<T>(string projection, SnapshotFilter filter, Func<string, CancellationToken, Task<T>> run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var graph = $"actorgraph-{Guid.NewGuid():N}";
        await Run(projection, new()
        {
            ["graph"] = graph,
            ["types"] = Types(filter),
            ["minConfidence"] = filter.MinConfidence,
            ["asOf"] = filter.AsOf,
        }, false, cancellationToken).ConfigureAwait(false);
        try
        {
            return await run(graph, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // The projection holds server memory until dropped: drop it even when the caller gave up.
            await Run("drop", new() { ["graph"] = graph }, false, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static List<string> Types(SnapshotFilter filter) =>
        [.. (filter.Kinds ?? (IEnumerable<RelationKind>)Vocabulary.RelationKinds).Select(Vocabulary.Name).Order(StringComparer.Ordinal)];

    private static ActorKind Kind(string text) =>
        Vocabulary.TryParseKind(text, out var kind) ? kind : throw new Neo4jProtocolException($"unknown actor kind {text}");

    private Task<QueryResult> Run(string name, Dictionary<string, object?> parameters, bool readOnly, CancellationToken cancellationToken) =>
        _store.QueryAsync(CypherCatalog.Gds(name), parameters, readOnly, cancellationToken);
}
