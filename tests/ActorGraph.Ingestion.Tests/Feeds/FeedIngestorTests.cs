using System.Collections.Concurrent;
using System.Net;
using System.Text;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Ingestion;
using ActorGraph.Ingestion.Feeds;
using ActorGraph.Testing;

namespace ActorGraph.Ingestion.Tests.Feeds;

/// <summary>Feeds over a real HTTP server on 127.0.0.1: conditional requests, items once, removal, limits.</summary>
public sealed class FeedIngestorTests : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, int> _hits = new();
    private readonly ConcurrentQueue<(string Path, string? IfNoneMatch, DateTimeOffset At)> _requests = new();
    private volatile string _feedVersion = "v1";
    private TemporaryStore _temporary = null!;
    private Uri _address = null!;

    private Uri Feed => new(_address, "feed.xml");

    private IGraphStore Store => _temporary.Store;

    public async Task InitializeAsync() => _temporary = await TemporaryStore.CreateAsync("actorgraph-feeds-");

    public async Task DisposeAsync() => await _temporary.DisposeAsync();

    private async Task HandleAsync(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        _hits.AddOrUpdate(path, 1, (_, n) => n + 1);
        _requests.Enqueue((path, context.Request.Headers["If-None-Match"], TimeProvider.System.GetUtcNow()));
        var response = context.Response;
        switch (path)
        {
            case "/feed.xml":
                var etag = $"\"{_feedVersion}\"";
                if (context.Request.Headers["If-None-Match"] == etag)
                {
                    response.StatusCode = 304;
                    return;
                }

                response.Headers["ETag"] = etag;
                string[] items = _feedVersion switch
                {
                    "v1" => ["a.html", "b.html"],
                    "v2" => ["a.html", "c.html"],
                    _ => ["a.html", "missing.html"],
                };
                await WriteAsync(response, "application/rss+xml", Rss(items));
                return;
            case "/atom.xml":
                await WriteAsync(response, "application/atom+xml", $"""
                    <?xml version="1.0" encoding="utf-8"?>
                    <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:wire</id><updated>2025-05-01T00:00:00Z</updated>
                    <entry><title>Oman talks</title><id>urn:oman</id><updated>2025-05-01T00:00:00Z</updated><link href="{_address}oman.html"/></entry>
                    </feed>
                    """);
                return;
            case "/a.html":
                await WriteAsync(response, "text/html", Page("Qatar mediated talks between Israel and Hamas in Doha."));
                return;
            case "/b.html":
                await WriteAsync(response, "text/html", Page("The European Union imposed sanctions on Belarus on Monday."));
                return;
            case "/c.html":
                await WriteAsync(response, "text/html", Page("Turkey hosted talks between Russia and Ukraine in Istanbul."));
                return;
            case "/oman.html":
                await WriteAsync(response, "text/html", Page("Oman hosted talks between the United States and Iran."));
                return;
            case "/slow.html":
                await Task.Delay(TimeSpan.FromSeconds(5));
                await WriteAsync(response, "text/html", Page("Egypt mediated talks between Israel and Hamas."));
                return;
            case "/big.html":
                await WriteAsync(response, "text/html", Page(string.Concat(Enumerable.Repeat("Qatar mediated talks. ", 100_000))));
                return;
            case "/stream.html":
                response.SendChunked = true;
                response.ContentType = "text/html";
                var chunk = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Egypt hosted talks. ", 1000)));
                for (var i = 0; i < 200; i++)
                {
                    await response.OutputStream.WriteAsync(chunk);
                }

                return;
            default:
                response.StatusCode = 404;
                return;
        }
    }

    private string Rss(IEnumerable<string> items) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Wire</title><link>{_address}</link><description>d</description>
        {string.Concat(items.Select(i => $"<item><title>{i}</title><link>{_address}{i}</link><pubDate>Sat, 03 May 2025 10:00:00 GMT</pubDate></item>"))}
        </channel></rss>
        """;

    private static string Page(string text) => $"<html><head><title>Report</title><script>alert('sanctions')</script></head><body><article><p>{text}</p></article></body></html>";

    private static async Task WriteAsync(HttpListenerResponse response, string type, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        response.ContentType = type;
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
    }

    private LocalHttpServer Serve()
    {
        var server = new LocalHttpServer(HandleAsync);
        _address = server.Address;
        return server;
    }

    private FeedIngestor Ingestor(FeedOptions? options = null) =>
        new(Store, options ?? new FeedOptions { HostDelay = TimeSpan.Zero });

    [Fact]
    public async Task IngestAsync_NewItems_AreIngestedOnceAndAnUnchangedFeedAnswers304()
    {
        await using var server = Serve();
        var state = FeedState.Load(null);

        var first = await Ingestor().IngestAsync([Feed], state);
        var second = await Ingestor().IngestAsync([Feed], state);

        Assert.True(first.Results.All(r => r.Outcome == SourceOutcome.Added), string.Join("; ", first.Results.SelectMany(r => r.Errors)));
        Assert.Equal(2, first.Results.Count);
        Assert.Empty(second.Results);
        Assert.Equal(1, second.NotModified);
        Assert.Equal((1, 1, 2), (_hits["/a.html"], _hits["/b.html"], _hits["/feed.xml"]));
        Assert.Equal("\"v1\"", _requests.Last(r => r.Path == "/feed.xml").IfNoneMatch);

        var snapshot = await Store.ReadSnapshotAsync();
        var source = Assert.Single(snapshot.Sources, s => s.Info.Id == new Uri(_address, "a.html").AbsoluteUri);
        Assert.Equal(new DateOnly(2025, 5, 3), source.Info.Published);
        Assert.Equal(new SourceOrigin(SourceOriginKind.FeedItem, new Uri(_address, "a.html").AbsoluteUri), source.Origin);
        Assert.Contains(snapshot.Relations, r => r.Source == ActorId.FromName("Qatar") && r.Target == ActorId.FromName("Hamas"));
        Assert.Contains(snapshot.Relations, r => r.Source == ActorId.FromName("European Union") && r.Kind == RelationKind.Sanctions);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task IngestAsync_ItemLeavesItsFeed_IsRetractedOnlyWhenConfigured(bool retract)
    {
        await using var server = Serve();
        var state = FeedState.Load(null);
        var options = new FeedOptions { HostDelay = TimeSpan.Zero, RetractRemovedItems = retract };
        await Ingestor(options).IngestAsync([Feed], state);

        _feedVersion = "v2";
        var report = await Ingestor(options).IngestAsync([Feed], state);

        var b = new Uri(_address, "b.html").AbsoluteUri;
        Assert.Equal(retract ? [b] : [], report.Retracted);
        var ids = (await Store.ListSourcesAsync()).Select(s => s.Info.Id).ToList();
        Assert.Contains(new Uri(_address, "c.html").AbsoluteUri, ids);
        Assert.Equal(!retract, ids.Contains(b));
        Assert.Equal(1, _hits["/a.html"]);
    }

    [Fact]
    public async Task IngestAsync_SlowAndOversizedPages_AreCutOffAndTheOtherItemsStillIngest()
    {
        await using var server = Serve();
        var options = new FeedOptions { HostDelay = TimeSpan.Zero, RequestTimeout = TimeSpan.FromMilliseconds(800), MaxResponseBytes = 1_000_000 };
        var address = _address;
        var rss = $"<rss version=\"2.0\"><channel><title>t</title><link>{address}</link><description>d</description>"
            + string.Concat(new[] { "slow.html", "big.html", "stream.html", "a.html" }.Select(i => $"<item><title>{i}</title><link>{address}{i}</link></item>"))
            + "</channel></rss>";

        // The feed lists pages of the main server; a second server serves it, to keep the main handler simple.
        await using var feeds = new LocalHttpServer(async c =>
        {
            var bytes = Encoding.UTF8.GetBytes(rss);
            c.Response.ContentType = "application/rss+xml";
            c.Response.ContentLength64 = bytes.Length;
            await c.Response.OutputStream.WriteAsync(bytes);
        });

        var report = await Ingestor(options).IngestAsync([new Uri(feeds.Address, "feed.xml")], FeedState.Load(null));

        var byPage = report.Results.ToDictionary(r => new Uri(r.Path).AbsolutePath);
        Assert.Equal(SourceOutcome.Rejected, byPage["/slow.html"].Outcome);
        Assert.Contains("timed out after 0.8 s", byPage["/slow.html"].Errors.Single().Message, StringComparison.Ordinal);
        Assert.Contains("larger than the 1,000,000 bytes allowed", byPage["/big.html"].Errors.Single().Message, StringComparison.Ordinal);
        Assert.StartsWith("cut off", byPage["/stream.html"].Errors.Single().Message, StringComparison.Ordinal);
        Assert.Equal(SourceOutcome.Added, byPage["/a.html"].Outcome);
    }

    [Fact]
    public async Task IngestAsync_ItemFailed_FeedIsReadWholeAgainNextCycleAndTheItemRetried()
    {
        await using var server = Serve();
        _feedVersion = "v3";
        var state = FeedState.Load(null);

        var first = await Ingestor().IngestAsync([Feed], state);
        var second = await Ingestor().IngestAsync([Feed], state);

        Assert.Equal([SourceOutcome.Added, SourceOutcome.Rejected], first.Results.Select(r => r.Outcome));
        Assert.Equal(0, second.NotModified);
        Assert.Null(_requests.Last(r => r.Path == "/feed.xml").IfNoneMatch);
        Assert.Equal(SourceOutcome.Rejected, Assert.Single(second.Results).Outcome);
        Assert.Equal((1, 2), (_hits["/a.html"], _hits["/missing.html"]));
    }

    [Fact]
    public async Task IngestAsync_AtomFeed_IsRead()
    {
        await using var server = Serve();
        var report = await Ingestor().IngestAsync([new Uri(_address, "atom.xml")], FeedState.Load(null));

        var item = Assert.Single(report.Results);
        Assert.Equal(SourceOutcome.Added, item.Outcome);
        Assert.Equal(new Uri(_address, "oman.html").AbsoluteUri, item.SourceId);
    }

    [Fact]
    public async Task IngestAsync_BrokenFeed_IsRejectedWithItsReasonAndOtherFeedsGoOn()
    {
        await using var server = Serve();
        var report = await Ingestor().IngestAsync([new Uri(_address, "missing.xml"), new Uri(_address, "a.html"), Feed], FeedState.Load(null));

        Assert.Equal("HTTP 404 Not Found", report.Results[0].Errors.Single().Message);
        Assert.StartsWith("not an RSS or Atom feed", report.Results[1].Errors.Single().Message, StringComparison.Ordinal);
        Assert.Equal(2, report.Results.Count(r => r.Outcome == SourceOutcome.Added));
    }

    [Fact]
    public async Task IngestAsync_RequestsToOneHost_AreSpacedByTheHostDelay()
    {
        await using var server = Serve();
        await Ingestor(new FeedOptions { HostDelay = TimeSpan.FromMilliseconds(300) }).IngestAsync([Feed], FeedState.Load(null));

        // The ingestor spaces the starts of its requests 300 ms apart; the server sees their arrivals, and a request
        // that arrives late (a new connection, a loaded machine) shortens the gap after it. Back to back they would be
        // milliseconds apart.
        var times = _requests.Select(r => r.At).ToList();
        Assert.Equal(3, times.Count);
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromMilliseconds(150), $"{(pair.Second - pair.First).TotalMilliseconds} ms apart"));
    }
}
