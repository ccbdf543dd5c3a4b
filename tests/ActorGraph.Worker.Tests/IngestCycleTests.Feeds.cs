using System.Net;
using System.Text;
using ActorGraph.Ingestion;
using ActorGraph.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorGraph.Worker.Tests;

public sealed partial class IngestCycleTests
{
    [Fact]
    public async Task RunAsync_FeedsNextToFolders_ReadsBothAndKeepsValidatorsInTheStateFile()
    {
        var validators = new List<string?>();
        await using var server = new LocalHttpServer(context => ServeFeedAsync(context, validators));
        var store = await OpenAsync("embedded");
        await File.WriteAllTextAsync(P("data/note.txt"), "Norway mediated talks between Colombia and the ELN.\n");
        var feed = new Uri(server.Address, "feed.xml");
        var options = new WorkerOptions { SourceRoot = _folder, Feeds = { HostDelay = TimeSpan.Zero, StateFile = P("feeds.json") } };
        options.Sources.Add(P("data"));
        options.Sources.Add(feed.AbsoluteUri);

        var first = await new IngestCycle(options, NullLoggerFactory.Instance).RunAsync(store, CancellationToken.None);
        var second = await new IngestCycle(options, NullLoggerFactory.Instance).RunAsync(store, CancellationToken.None);

        Assert.Equal(3, first.Ingest.Count(SourceOutcome.Added));
        Assert.Equal(0, first.ExitCode);
        Assert.Empty(first.Retracted);
        Assert.Equal([null, "\"v1\""], validators);
        Assert.Equal(1, second.Ingest.Count(SourceOutcome.Unchanged));
        Assert.Empty(second.Retracted);
        Assert.Equal(3, (await store.ListSourcesAsync()).Count);
    }

    /// <summary>One RSS feed of two articles, with an ETag; records the If-None-Match of every feed request.</summary>
    private static async Task ServeFeedAsync(HttpListenerContext context, List<string?> validators)
    {
        var response = context.Response;
        var address = $"{context.Request.Url!.GetLeftPart(UriPartial.Authority)}/";
        string? type = null;
        string? body = null;
        switch (context.Request.Url.AbsolutePath)
        {
            case "/feed.xml":
                lock (validators)
                {
                    validators.Add(context.Request.Headers["If-None-Match"]);
                }

                if (context.Request.Headers["If-None-Match"] == "\"v1\"")
                {
                    response.StatusCode = 304;
                    return;
                }

                response.Headers["ETag"] = "\"v1\"";
                (type, body) = ("application/rss+xml", $"""
                    <?xml version="1.0" encoding="utf-8"?>
                    <rss version="2.0"><channel><title>Wire</title><link>{address}</link><description>d</description>
                    <item><title>a</title><link>{address}a.html</link><pubDate>Sat, 03 May 2025 10:00:00 GMT</pubDate></item>
                    <item><title>b</title><link>{address}b.html</link><pubDate>Sat, 03 May 2025 10:00:00 GMT</pubDate></item>
                    </channel></rss>
                    """);
                break;
            case "/a.html":
                (type, body) = ("text/html", "<html><body><article><p>Qatar mediated talks between Israel and Hamas in Doha.</p></article></body></html>");
                break;
            case "/b.html":
                (type, body) = ("text/html", "<html><body><article><p>The European Union imposed sanctions on Belarus on Monday.</p></article></body></html>");
                break;
            default:
                response.StatusCode = 404;
                return;
        }

        var bytes = Encoding.UTF8.GetBytes(body);
        response.ContentType = type;
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
    }
}
