using System.Net;
using System.Text;
using System.Text.Json;
using ActorGraph.Analytics.Neo4jGds;
using ActorGraph.Storage.Neo4j.Cypher;

namespace ActorGraph.Testing.Neo4j;

/// <summary>A request the store sent, with the statement named by its Cypher file.</summary>
public sealed record SentRequest(HttpMethod Method, string Path, string? Authorization, string? Affinity, string? Body)
{
    private static readonly Dictionary<string, string> Names = CypherCatalog.All.Concat(GdsCatalog.All).ToDictionary(s => s.Text, s => s.Name);

    public string? StatementText => Body is null ? null : JsonDocument.Parse(Body).RootElement.TryGetProperty("statement", out var s) ? s.GetString() : null;

    /// <summary>The Cypher file the statement comes from, or the text itself when it is not one of ours.</summary>
    public string? Statement => StatementText is { } text ? Names.GetValueOrDefault(text, text) : null;

    public JsonElement Parameters => JsonDocument.Parse(Body!).RootElement.GetProperty("parameters");

    public override string ToString() => $"{Method} {Path} {Statement}";
}

/// <summary>
/// An HTTP handler that answers like Neo4j's Query API: by default an empty database (every statement returns no
/// rows, transactions open as <c>tx1</c> with a cluster affinity header). Tests replace <see cref="Respond"/>.
/// </summary>
public sealed class FakeNeo4j : HttpMessageHandler
{
    public const string TransactionId = "tx1";
    public const string Affinity = "member-7";

    private readonly List<SentRequest> _requests = [];

    public IReadOnlyList<SentRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public Func<SentRequest, CancellationToken, Task<HttpResponseMessage>> Respond { get; set; } = (request, _) => Task.FromResult(EmptyDatabase(request));

    public static HttpResponseMessage EmptyDatabase(SentRequest request)
    {
        if (request.Method == HttpMethod.Get)
        {
            return Json(HttpStatusCode.OK, """{"query":"http://localhost:7474/db/{databaseName}/query/v2","neo4j_version":"5.26.8","neo4j_edition":"community"}""");
        }

        if (request.Method == HttpMethod.Delete)
        {
            return Json(HttpStatusCode.Accepted, "{}");
        }

        if (request.Path.EndsWith("/commit", StringComparison.Ordinal))
        {
            return Json(HttpStatusCode.Accepted, """{"data":{"fields":[],"values":[]},"bookmarks":["FB:kcwQ"]}""");
        }

        var inTransaction = request.Path.Contains("/tx", StringComparison.Ordinal);
        var response = Json(HttpStatusCode.Accepted, Data([], inTransaction));
        if (request.Path.EndsWith("/tx", StringComparison.Ordinal))
        {
            response.Headers.Add("neo4j-cluster-affinity", Affinity);
        }

        return response;
    }

    /// <summary>A body with rows; <paramref name="inTransaction"/> adds the open transaction.</summary>
    public static string Data(IReadOnlyList<string> fields, bool inTransaction, params object?[][] rows)
    {
        var body = new Dictionary<string, object?>
        {
            ["data"] = new Dictionary<string, object?> { ["fields"] = fields, ["values"] = rows },
            ["bookmarks"] = new[] { "FB:kcwQ" },
        };
        if (inTransaction)
        {
            body["transaction"] = new Dictionary<string, object?> { ["id"] = TransactionId, ["expires"] = "2026-11-26T10:00:00Z" };
        }

        return JsonSerializer.Serialize(body);
    }

    public static string Error(string code, string message) =>
        JsonSerializer.Serialize(new { errors = new[] { new { code, message } } });

    public static HttpResponseMessage Json(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var sent = new SentRequest(
            request.Method,
            request.RequestUri!.AbsolutePath,
            request.Headers.Authorization?.ToString(),
            request.Headers.TryGetValues("neo4j-cluster-affinity", out var values) ? values.Single() : null,
            body);
        lock (_requests)
        {
            _requests.Add(sent);
        }

        return await Respond(sent, cancellationToken);
    }
}
