namespace ActorGraph.Ingestion.Feeds;

/// <summary>How feeds and their article pages are fetched.</summary>
public sealed class FeedOptions
{
    /// <summary>How long one request (feed or page) may take, headers and body together. Default: 20 s.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>The largest feed or page read, in bytes; larger responses are cut off and refused. Default: 8 MiB.</summary>
    public long MaxResponseBytes { get; set; } = 8L * 1024 * 1024;

    /// <summary>The least time between two requests to one host. Default: 1 s.</summary>
    public TimeSpan HostDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Retract the source of an item that left its feed. Default: false, because feeds drop old items as new ones
    /// come, and what an article said stays true after it leaves the front page.
    /// </summary>
    public bool RetractRemovedItems { get; set; }

    /// <summary>
    /// A file that keeps each feed's validators (ETag, Last-Modified) and items across restarts; null: kept in
    /// memory only (after a restart the first request is unconditional and items already in the store are skipped).
    /// </summary>
    public string? StateFile { get; set; }

    /// <summary>The User-Agent sent.</summary>
    public string UserAgent { get; set; } = "ActorGraph/1.0 (news feed reader)";
}
