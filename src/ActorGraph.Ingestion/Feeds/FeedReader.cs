using System.ServiceModel.Syndication;
using System.Xml;

namespace ActorGraph.Ingestion.Feeds;

/// <summary>One item of a feed: the page to fetch, and what the feed says of it.</summary>
/// <param name="Link">The item's page (http or https).</param>
/// <param name="Title">The item's title, when it has one.</param>
/// <param name="Published">The item's publication day, when it has one.</param>
internal sealed record FeedItem(Uri Link, string? Title, DateOnly? Published);

/// <summary>A feed read: its items, or the line and reason it could not be read.</summary>
internal sealed record FeedReadResult(IReadOnlyList<FeedItem>? Items, int Line, string? Error);

/// <summary>
/// Reads an RSS or Atom document into its items, without DTDs or external entities. Whatever the XML or syndication
/// reader refuses becomes an error with the line where it is, never an exception.
/// </summary>
internal static class FeedReader
{
    public static FeedReadResult Read(byte[] body, Uri feed)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            CloseInput = true,
        };
        XmlReader? reader = null;
        try
        {
            reader = XmlReader.Create(new MemoryStream(body), settings);
            var parsed = SyndicationFeed.Load(reader);
            var items = new List<FeedItem>();
            foreach (var item in parsed.Items)
            {
                if (ItemLink(item, feed) is { } link)
                {
                    var published = item.PublishDate != default ? DateOnly.FromDateTime(item.PublishDate.UtcDateTime) : (DateOnly?)null;
                    items.Add(new FeedItem(link, item.Title?.Text, published));
                }
            }

            return new FeedReadResult(items, 0, null);
        }
        catch (XmlException e)
        {
            // The syndication reader raises a bad date as an XmlException with no line; the reader knows where it is.
            return new FeedReadResult(null, e.LineNumber > 0 ? e.LineNumber : LineOf(reader), $"not an RSS or Atom feed: {e.Message}");
        }
        catch (Exception e) when (e is FormatException or NotSupportedException or ArgumentOutOfRangeException)
        {
            // Found by fuzzing: NotSupportedException is an RSS version the syndication reader does not know;
            // ArgumentOutOfRangeException comes from .NET's XML reader itself when it switches to the encoding of a
            // declaration holding stray bytes.
            return new FeedReadResult(null, LineOf(reader), $"not an RSS or Atom feed: {e.Message}");
        }
        finally
        {
            reader?.Dispose();
        }
    }

    private static int LineOf(XmlReader? reader) => reader is IXmlLineInfo { LineNumber: > 0 } info ? info.LineNumber : 1;

    private static Uri? ItemLink(SyndicationItem item, Uri feed)
    {
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri;
        if (link is null && Uri.TryCreate(item.Id, UriKind.Absolute, out var fromId) && fromId.Scheme is "http" or "https")
        {
            link = fromId;
        }

        if (link is null || (!link.IsAbsoluteUri && !Uri.TryCreate(feed, link, out link)))
        {
            return null;
        }

        return link.Scheme is "http" or "https" ? link : null;
    }
}
