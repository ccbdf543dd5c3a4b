using System.Text;
using ActorGraph.Ingestion.Feeds;

namespace ActorGraph.Ingestion.Tests.Feeds;

public sealed class FeedReaderTests
{
    private static readonly Uri Feed = new("https://example.org/world/rss.xml");

    [Fact]
    public void Read_RssItems_GiveAbsoluteLinksTitlesAndDays()
    {
        var result = Read("<rss version=\"2.0\"><channel><title>W</title>\n<item><title>Talks</title><link>https://example.org/a</link><pubDate>Tue, 18 Feb 2025 10:00:00 GMT</pubDate></item>\n<item><link>/b</link></item>\n<item><link>mailto:x@example.org</link></item></channel></rss>");

        Assert.Equal(
            [new FeedItem(new Uri("https://example.org/a"), "Talks", new DateOnly(2025, 2, 18)), new FeedItem(new Uri("https://example.org/b"), null, null)],
            result.Items);
    }

    [Theory]
    [InlineData("<rss version=\"2.0\"><channel>\n<item><link>https://example.org/a</link>\n</channel></rss>", 3)]
    [InlineData("<rss version=\"2.0\"><channel><title>W</title>\n<item><link>https://example.org/a</link><pubDate>yesterday</pubDate></item></channel></rss>", 2)]
    [InlineData("<html><body>not a feed</body></html>", 1)]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE rss [ a \"\"><!>]><rss versikn=\"2.0\"><channel><sitle>&b", 1)] // found by fuzzing: NotSupportedException
    [InlineData("", 1)]
    public void Read_MalformedFeed_IsAnErrorWithALine(string xml, int line)
    {
        var result = Read(xml);

        Assert.Null(result.Items);
        Assert.Equal(line, result.Line);
        Assert.StartsWith("not an RSS or Atom feed: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EntityExpansion_IsNeverExpanded()
    {
        var entities = string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY e{i} \"{string.Concat(Enumerable.Repeat($"&e{i - 1};", 10))}\">"));
        var result = Read($"<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY e0 \"lol\">{entities}]><rss version=\"2.0\"><channel><title>&e9;</title><item><link>https://example.org/a</link></item></channel></rss>");

        Assert.Null(result.Items);
        Assert.Equal(1, result.Line);
    }

    [Fact]
    public void Read_XmlDeclarationThatBreaksTheXmlReader_IsAnErrorOnItsLine()
    {
        // Found by fuzzing: stray bytes in the declaration make .NET's XML reader throw ArgumentOutOfRangeException
        // while it switches encoding.
        var body = Convert.FromBase64String("PD94bWwgdmVyc2lvbj0iMS4w////f6+vr6+vr6+vr68vr6+vr6+vr6+vr6+vr6+vr6+vr69Ar6+vr6+vr6+vr69sbWwgLjAiPz48cnNZIHZlcnNpb249IjIuMCI+PGNoYW5uZWw+PHRpdGxlPgEA");

        var result = FeedReader.Read(body, Feed);

        Assert.Equal((null, 1), (result.Items, result.Line));
        Assert.StartsWith("not an RSS or Atom feed: ", result.Error, StringComparison.Ordinal);
    }

    private static FeedReadResult Read(string xml) => FeedReader.Read(Encoding.UTF8.GetBytes(xml), Feed);
}
