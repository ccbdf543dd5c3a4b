namespace ActorGraph.Hosting;

/// <summary>The HTTP client the Neo4j store talks through, as registered with <c>IHttpClientFactory</c>.</summary>
public static class Neo4jHttp
{
    /// <summary>The name of the Neo4j client in <c>IHttpClientFactory</c>.</summary>
    public const string ClientName = "ActorGraph.Neo4j";

    /// <summary>A primary handler whose pooled connections are renewed every five minutes (DNS changes are seen).</summary>
    public static SocketsHttpHandler CreateHandler() => new() { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
}
