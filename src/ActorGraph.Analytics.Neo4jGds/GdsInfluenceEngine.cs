using System.Text.Json;
using ActorGraph.Core;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Query;
using ActorGraph.Storage.Neo4j;
using ActorGraph.Storage.Neo4j.Http;

namespace ActorGraph.Analytics.Neo4jGds;

/// <summary>
/// Computes ActorGraph's analyses inside Neo4j with Graph Data Science, for graphs larger than one process should
/// hold: each call projects the (filtered) actor graph under a fresh name, runs one algorithm and drops the
/// projection, also when the algorithm fails. The statements are <c>cypher/gds/*.cypher</c>, sent with parameters
/// only. It runs Leiden and Louvain (members of a cluster come ordered by name, and there are no brokers), influence
/// rank and strongest paths (Yen's algorithm).
/// </summary>
public sealed class GdsInfluenceEngine : IInfluenceEngine
{
    private readonly Neo4jGraphStore _store;

    /// <summary>Creates an engine that works through <paramref name="store"/>'s server.</summary>
    public GdsInfluenceEngine(Neo4jGraphStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    /// <inheritdoc />
    public string Name => "gds";

    /// <inheritdoc />
    public bool Supports(ClusterAlgorithm algorithm) => algorithm is ClusterAlgorithm.Leiden or ClusterAlgorithm.Louvain;

    /// <inheritdoc />
    public async Task<GraphActor> FindActorAsync(SnapshotFilter filter, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        var result = await Run("find-actor", new() { ["name"] = name }, true, cancellationToken).ConfigureAwait(false);
        var found = result.Rows.Select(r => Actor(result, r, "id", "name", "kind")).ToList();
        return found.Count switch
        {
            1 => found[0],
            0 => throw new ActorNotFoundException(name, [], ambiguous: false),
            _ => throw new ActorNotFoundException(name, [.. found.Select(f => f.Name)], ambiguous: true),
        };
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ActorScore>> InfluenceRankAsync(SnapshotFilter filter, int top, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        return WithProjection("project-reversed", filter, async (graph, ct) =>
        {
            var result = await Run("pagerank", new() { ["graph"] = graph, ["top"] = top }, true, ct).ConfigureAwait(false);
            return (IReadOnlyList<ActorScore>)[.. result.Rows.Select(r => new ActorScore(Actor(result, r, "id", "name", "kind"), result.Double(r, "score")))];
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<ClusterResult> ClustersAsync(SnapshotFilter filter, ClusterOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Supports(options.Algorithm))
        {
            throw new NotSupportedException($"Graph Data Science runs leiden and louvain here, not {ClusterOptions.Name(options.Algorithm)}.");
        }

        return WithProjection("project-undirected", filter, async (graph, ct) =>
        {
            var leiden = options.Algorithm == ClusterAlgorithm.Leiden;
            var parameters = new Dictionary<string, object?> { ["graph"] = graph };
            if (leiden)
            {
                parameters["resolution"] = options.Resolution;
                parameters["seed"] = options.Seed;
            }

            // GDS's Louvain has no resolution parameter, and runs single-threaded for repeatability.
            var summary = await Run(leiden ? "leiden" : "louvain", parameters, false, ct).ConfigureAwait(false);
            var modularity = summary.Rows.Count == 1 ? summary.Double(summary.Rows[0], "modularity") : double.NaN;
            var members = await Run("communities", new() { ["graph"] = graph }, true, ct).ConfigureAwait(false);
            var clusters = members.Rows
                .Select(r => (Actor: Actor(members, r, "id", "name", "kind"), Community: members.Long(r, "community")))
                .GroupBy(m => m.Community)
                .Select(g => new Community([.. g.Select(m => m.Actor).OrderBy(a => a.Name, StringComparer.Ordinal)]))
                .OrderByDescending(c => c.Members.Count)
                .ThenBy(c => c.Members[0].Name, StringComparer.Ordinal)
                .ToList();
            return new ClusterResult(ClusterOptions.Name(options.Algorithm), modularity, clusters, []);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<InfluencePath>> StrongestPathsAsync(SnapshotFilter filter, string from, string to, int k, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var source = await FindActorAsync(filter, from, cancellationToken).ConfigureAwait(false);
        var target = await FindActorAsync(filter, to, cancellationToken).ConfigureAwait(false);
        return await WithProjection("project", filter, async (graph, ct) =>
        {
            var found = await Run("paths-yen", new() { ["graph"] = graph, ["from"] = source.Id.Value, ["to"] = target.Id.Value, ["k"] = k }, true, ct).ConfigureAwait(false);
            var paths = new List<InfluencePath>();
            foreach (var row in found.Rows)
            {
                var ids = found.Strings(row, "actorIds");
                var steps = ids.Zip(ids.Skip(1), (a, b) => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?> { ["from"] = a, ["to"] = b }).ToList();
                var detail = await Run("path-steps", new() { ["steps"] = steps, ["types"] = Types(filter) }, true, ct).ConfigureAwait(false);
                var pathSteps = detail.Rows.Select(r => Step(detail, r)).ToList();
                var actors = pathSteps.Select(s => s.Source).Take(1).Concat(pathSteps.Select(s => s.Target)).ToList();
                paths.Add(new InfluencePath(found.Double(row, "strength"), actors, pathSteps));
            }

            return (IReadOnlyList<InfluencePath>)paths;
        }, cancellationToken).ConfigureAwait(false);
    }

    private static InfluenceStep Step(QueryResult result, JsonElement[] row)
    {
        var kind = Vocabulary.TryParseRelation(result.String(row, "type"), out var k) ? k : throw Protocol($"unknown relation type {result.String(row, "type")}");
        var weight = result.Double(row, "weight");
        var confidence = result.Double(row, "confidence");
        var provenance = result.Value(row, "claims").EnumerateArray()
            .Where(c => c.GetProperty("source").ValueKind == JsonValueKind.String)
            .Select(c => new Provenance(
                c.GetProperty("source").GetString()!, weight, confidence,
                c.GetProperty("evidence").ValueKind == JsonValueKind.String ? c.GetProperty("evidence").GetString() : null,
                c.GetProperty("context").ValueKind == JsonValueKind.String ? c.GetProperty("context").GetString() : null))
            .ToList();
        var source = Actor(result, row, "from", "fromName", "fromKind");
        var target = Actor(result, row, "to", "toName", "toKind");
        return new InfluenceStep(source, target, new GraphRelation(source.Id, kind, target.Id, weight, confidence, null, null, provenance));
    }

    /// <summary>An actor as the answer names it; what it does not carry (aliases and sources) is left empty.</summary>
    private static GraphActor Actor(QueryResult result, JsonElement[] row, string idColumn, string nameColumn, string kindColumn) =>
        new(ActorId.Parse(result.String(row, idColumn)), result.String(row, nameColumn), Kind(result.String(row, kindColumn)), [], []);

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
        Vocabulary.TryParseKind(text, out var kind) ? kind : throw Protocol($"unknown actor kind {text}");

    private static GraphStoreException Protocol(string message) =>
        new($"Unexpected answer from Neo4j: {message}", "PROTOCOL", isTransient: false);

    private Task<QueryResult> Run(string name, Dictionary<string, object?> parameters, bool readOnly, CancellationToken cancellationToken) =>
        _store.QueryAsync(GdsCatalog.Get(name), parameters, readOnly, cancellationToken);
}
