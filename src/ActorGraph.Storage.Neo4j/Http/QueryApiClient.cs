using System.Buffers;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ActorGraph.Core.Storage;
using ActorGraph.Storage.Neo4j.Cypher;
using Microsoft.Extensions.Logging;

namespace ActorGraph.Storage.Neo4j.Http;

/// <summary>
/// A client of Neo4j's HTTP Query API (Neo4j 5.26 and later): auto-commit statements on <c>/db/{db}/query/v2</c>,
/// explicit transactions under <c>/tx</c>. Every failure becomes a <see cref="GraphStoreException"/> whose
/// <see cref="GraphStoreException.IsTransient"/> says whether trying the operation again may succeed.
/// </summary>
internal sealed class QueryApiClient : IDisposable
{
    private const string AffinityHeader = "neo4j-cluster-affinity";
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly Neo4jStoreOptions _options;
    private readonly ILogger _logger;
    private readonly AuthenticationHeaderValue? _authorization;
    private readonly string _queryPath;
    private readonly Uri _base;

    public QueryApiClient(HttpClient http, bool ownsHttp, Neo4jStoreOptions options, ILogger logger)
    {
        _http = http;
        _ownsHttp = ownsHttp;
        _options = options;
        _logger = logger;
        _queryPath = $"db/{Uri.EscapeDataString(options.Database)}/query/v2";

        // Relative paths resolve below the endpoint's own path, so a server behind a proxy prefix works too.
        _base = options.Endpoint.AbsolutePath.EndsWith('/') ? options.Endpoint : new Uri(options.Endpoint.AbsoluteUri + "/");
        if (options.User is not null)
        {
            var pair = Encoding.UTF8.GetBytes($"{options.User}:{options.Password}");
            _authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(pair));
        }
    }

    /// <summary>Runs one statement in its own transaction.</summary>
    public async Task<QueryResult> RunAsync(Statement statement, IReadOnlyDictionary<string, object?> parameters, bool readOnly, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(HttpMethod.Post, _queryPath, Body(statement, parameters, readOnly), statement.Name, null, cancellationToken).ConfigureAwait(false);
        return answer.Result;
    }

    /// <summary>Opens an explicit transaction with its first statement.</summary>
    public async Task<(QueryApiTransaction Transaction, QueryResult Result)> BeginAsync(Statement statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(HttpMethod.Post, _queryPath + "/tx", Body(statement, parameters, readOnly: false), statement.Name, null, cancellationToken).ConfigureAwait(false);
        if (answer.TransactionId is null)
        {
            throw new Neo4jProtocolException("opening a transaction returned no transaction id.");
        }

        return (new QueryApiTransaction(this, $"{_queryPath}/tx/{Uri.EscapeDataString(answer.TransactionId)}", answer.Affinity, _logger), answer.Result);
    }

    /// <summary>Reads the discovery document (<c>GET /</c>) and returns the server's version, if it gives one.</summary>
    public async Task<string?> ServerVersionAsync(CancellationToken cancellationToken)
    {
        var answer = await SendAsync(HttpMethod.Get, string.Empty, null, "discovery", null, cancellationToken).ConfigureAwait(false);
        return answer.Root.ValueKind == JsonValueKind.Object
            && answer.Root.TryGetProperty("neo4j_version", out var version) && version.ValueKind == JsonValueKind.String
            ? version.GetString()
            : null;
    }

    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    internal static byte[] Body(Statement statement, IReadOnlyDictionary<string, object?> parameters, bool readOnly)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("statement", statement.Text);
            writer.WritePropertyName("parameters");
            CypherJson.WriteParameters(writer, parameters);
            if (readOnly)
            {
                writer.WriteString("accessMode", "Read");
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    internal async Task<Answer> SendAsync(HttpMethod method, string path, byte[]? body, string operation, string? affinity, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(_base, path));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = _authorization;
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = Json;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var root = await ReadBodyAsync(response, operation, timeout.Token).ConfigureAwait(false);
            var answer = Interpret(response, root, operation);
            var elapsed = Stopwatch.GetElapsedTime(started);
            Log.RequestCompleted(_logger, operation, (int)response.StatusCode, answer.Result.Rows.Count, elapsed.TotalMilliseconds);
            return answer;
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw Failure(operation, $"Neo4j did not answer within {_options.RequestTimeout.TotalSeconds:0.#} s", "TIMEOUT", isTransient: true, e);
        }
        catch (HttpRequestException e)
        {
            throw Failure(operation, $"cannot reach Neo4j: {e.Message}", "UNREACHABLE", isTransient: true, e);
        }
    }

    private async Task<JsonElement> ReadBodyAsync(HttpResponseMessage response, string operation, CancellationToken cancellationToken)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (bytes.Length == 0)
        {
            return default;
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            // A proxy or load balancer in front of Neo4j may answer with HTML; the status still says what happened.
            if (!response.IsSuccessStatusCode)
            {
                return default;
            }

            throw Failure(operation, $"Neo4j answered HTTP {(int)response.StatusCode} with a body that is not JSON", "PROTOCOL", isTransient: false, e);
        }
    }

    private Answer Interpret(HttpResponseMessage response, JsonElement root, string operation)
    {
        var status = response.StatusCode;
        var isObject = root.ValueKind == JsonValueKind.Object;

        // Errors that occur after rows were streamed come with 202: a successful status never proves success.
        if (isObject && root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            var code = first.ValueKind == JsonValueKind.Object && first.TryGetProperty("code", out var c) ? c.GetString() : null;
            var message = first.ValueKind == JsonValueKind.Object && first.TryGetProperty("message", out var m) ? m.GetString() : null;
            throw ServerError(operation, status, code, message);
        }

        if (!response.IsSuccessStatusCode)
        {
            throw ServerError(operation, status, null, null);
        }

        var result = QueryResult.Empty;
        if (isObject && root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            var fields = data.TryGetProperty("fields", out var f) && f.ValueKind == JsonValueKind.Array
                ? f.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToList()
                : [];
            var rows = data.TryGetProperty("values", out var v) && v.ValueKind == JsonValueKind.Array
                ? v.EnumerateArray().Select(r => r.EnumerateArray().ToArray()).ToList()
                : [];
            if (rows.Any(r => r.Length != fields.Count))
            {
                throw new Neo4jProtocolException($"{operation} returned rows whose width differs from its {fields.Count} fields.");
            }

            result = new QueryResult(fields, rows);
        }

        string? transactionId = null;
        if (isObject && root.TryGetProperty("transaction", out var transaction) && transaction.ValueKind == JsonValueKind.Object
            && transaction.TryGetProperty("id", out var id))
        {
            transactionId = id.ValueKind == JsonValueKind.String ? id.GetString() : id.GetRawText();
        }

        var affinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
        return new Answer(root, result, transactionId, affinity);
    }

    private GraphStoreException ServerError(string operation, HttpStatusCode status, string? code, string? message)
    {
        var number = (int)status;
        code ??= status switch
        {
            HttpStatusCode.Unauthorized => "Neo.ClientError.Security.Unauthorized",
            HttpStatusCode.Forbidden => "Neo.ClientError.Security.Forbidden",
            _ => $"HTTP_{number}",
        };
        var transient = IsTransient(code, status);
        var text = status switch
        {
            HttpStatusCode.Unauthorized => "Neo4j refused the credentials (HTTP 401); check the user and password",
            HttpStatusCode.NotFound when message is null => "Neo4j has no such database or transaction (HTTP 404)",
            _ when message is null => $"Neo4j answered HTTP {number}",
            _ => $"{code}: {message}",
        };
        return Failure(operation, text, code, transient, null);
    }

    /// <summary>
    /// Whether Neo4j says trying again may succeed: its transient errors (deadlocks, leader switches, lock timeouts),
    /// a cluster member that cannot write just now, and proxies or servers that are briefly unavailable.
    /// </summary>
    internal static bool IsTransient(string? code, HttpStatusCode status) =>
        code is not null && (code.StartsWith("Neo.TransientError.", StringComparison.Ordinal)
            || code is "Neo.ClientError.Cluster.NotALeader" or "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase")
        || (code is null || code.StartsWith("HTTP_", StringComparison.Ordinal))
            && status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway
                or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private GraphStoreException Failure(string operation, string message, string code, bool isTransient, Exception? inner) =>
        new($"Neo4j store {_options}: {operation} failed: {Redact(message)}", code, isTransient, inner);

    /// <summary>Removes the password from text that came back from the server or the network stack.</summary>
    private string Redact(string text) =>
        _options.Password is { Length: >= 4 } password ? text.Replace(password, "***", StringComparison.Ordinal) : text;

    internal sealed record Answer(JsonElement Root, QueryResult Result, string? TransactionId, string? Affinity);
}
