using System.Net;

namespace ActorGraph.Ingestion.Feeds;

/// <summary>
/// The HTTP client feeds and their pages are fetched with: decompression, at most five redirects, no cookies, and no
/// client-wide timeout (each request gets <see cref="FeedOptions.RequestTimeout"/> from the ingestor). Hosts register
/// it with <c>IHttpClientFactory</c> under <see cref="ClientName"/> (<c>AddActorGraphIngestion</c> does).
/// </summary>
public static class FeedHttp
{
    /// <summary>The name of the feed client in <c>IHttpClientFactory</c>.</summary>
    public const string ClientName = "ActorGraph.Feeds";

    /// <summary>A primary handler with the feed client's settings.</summary>
    public static SocketsHttpHandler CreateHandler() => new()
    {
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        MaxAutomaticRedirections = 5,
        UseCookies = false,
    };

    /// <summary>Sets what the feed client needs on <paramref name="client"/>: no client-wide timeout.</summary>
    public static void Configure(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        client.Timeout = Timeout.InfiniteTimeSpan;
    }
}
