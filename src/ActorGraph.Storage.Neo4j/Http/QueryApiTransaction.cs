using ActorGraph.Core.Storage;
using ActorGraph.Storage.Neo4j.Cypher;
using Microsoft.Extensions.Logging;

namespace ActorGraph.Storage.Neo4j.Http;

/// <summary>
/// An explicit Query API transaction. Disposing it without <see cref="CommitAsync"/> rolls it back, so a failure at
/// any point leaves nothing of the transaction behind.
/// </summary>
internal sealed class QueryApiTransaction : IAsyncDisposable
{
    private static readonly TimeSpan RollbackTimeout = TimeSpan.FromSeconds(10);

    private readonly QueryApiClient _client;
    private readonly string _path;
    private readonly string? _affinity;
    private readonly ILogger _logger;
    private bool _open = true;

    public QueryApiTransaction(QueryApiClient client, string path, string? affinity, ILogger logger)
    {
        _client = client;
        _path = path;
        _affinity = affinity;
        _logger = logger;
    }

    public async Task<QueryResult> RunAsync(Statement statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        EnsureOpen();
        var answer = await Guard(() => _client.SendAsync(HttpMethod.Post, _path, QueryApiClient.Body(statement, parameters, readOnly: false), statement.Name, _affinity, cancellationToken)).ConfigureAwait(false);
        return answer.Result;
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        EnsureOpen();
        await Guard(() => _client.SendAsync(HttpMethod.Post, _path + "/commit", null, "commit", _affinity, cancellationToken)).ConfigureAwait(false);
        _open = false;
    }

    public async Task RollbackAsync()
    {
        if (!_open)
        {
            return;
        }

        _open = false;

        // Rolling back must happen even when the caller's token was cancelled: that is usually why we roll back.
        using var timeout = new CancellationTokenSource(RollbackTimeout);
        try
        {
            await _client.SendAsync(HttpMethod.Delete, _path, null, "rollback", _affinity, timeout.Token).ConfigureAwait(false);
        }
        catch (GraphStoreException e)
        {
            // The server rolls back an abandoned transaction when it times out; nothing is lost, so report and go on.
            Log.RollbackFailed(_logger, e.Message);
        }
    }

    public ValueTask DisposeAsync() => new(RollbackAsync());

    private void EnsureOpen()
    {
        if (!_open)
        {
            throw new InvalidOperationException("The transaction has ended.");
        }
    }

    private async Task<QueryApiClient.Answer> Guard(Func<Task<QueryApiClient.Answer>> send)
    {
        try
        {
            return await send().ConfigureAwait(false);
        }
        catch (GraphStoreException e) when (e.Code is { } code && code.StartsWith("Neo.", StringComparison.Ordinal))
        {
            // Neo4j rolls a transaction back itself when one of its statements fails.
            _open = false;
            throw;
        }
    }
}
