using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using ActorGraph.Core.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ActorGraph.Extraction;

/// <summary>
/// Reads news articles: plain text and Markdown (optional <c>Title:</c>, <c>Date:</c>, <c>URL:</c> header lines
/// before a blank line) and HTML pages, whose main text is found by dropping scripts, navigation and boilerplate
/// and keeping the article body.
/// </summary>
public static partial class ArticleReader
{
    /// <summary>The largest article file read, in bytes; larger files are refused with a message, not read.</summary>
    public const long MaxFileBytes = 16L * 1024 * 1024;

    /// <summary>The file endings read as plain text or Markdown.</summary>
    public static IReadOnlyList<string> TextExtensions { get; } = [".txt", ".text", ".md", ".markdown"];

    /// <summary>The file endings read as HTML.</summary>
    public static IReadOnlyList<string> HtmlExtensions { get; } = [".html", ".htm"];

    /// <summary>Whether <paramref name="path"/> has an article file ending.</summary>
    public static bool IsArticleFile(string path)
    {
        var extension = Path.GetExtension(path);
        return TextExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase) || HtmlExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Reads an article file.</summary>
    public static Task<ArticleReadResult> ReadFileAsync(string path, CancellationToken cancellationToken = default) =>
        ReadFileAsync(path, null, cancellationToken);

    /// <summary>Reads an article file; an HTML page over <paramref name="htmlLimits"/> (<see cref="HtmlLimits.Default"/> when null) is refused.</summary>
    public static async Task<ArticleReadResult> ReadFileAsync(string path, HtmlLimits? htmlLimits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return ArticleReadResult.Failure(path, 1, "file", "no such file");
        }

        if (info.Length > MaxFileBytes)
        {
            return ArticleReadResult.Failure(path, 1, "file", $"{info.Length:N0} bytes is larger than the {MaxFileBytes:N0} bytes an article may have");
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        var isHtml = HtmlExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);
        return Read(path, bytes, isHtml, htmlLimits);
    }

    /// <summary>
    /// Reads article bytes: HTML when <paramref name="isHtml"/>, else plain text or Markdown. An HTML page over
    /// <paramref name="htmlLimits"/> (<see cref="HtmlLimits.Default"/> when null) is refused before it is parsed.
    /// </summary>
    public static ArticleReadResult Read(string path, ReadOnlySpan<byte> bytes, bool isHtml, HtmlLimits? htmlLimits = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (bytes.Length > MaxFileBytes)
        {
            return ArticleReadResult.Failure(path, 1, "file", $"{bytes.Length:N0} bytes is larger than the {MaxFileBytes:N0} bytes an article may have");
        }

        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        var probe = bytes[..Math.Min(bytes.Length, 8192)];
        if (probe.IndexOf((byte)0) >= 0)
        {
            return ArticleReadResult.Failure(path, 1, "file", "binary content (NUL bytes), not text");
        }

        if (!Utf8.IsValid(bytes))
        {
            var valid = 0;
            while (Rune.DecodeFromUtf8(bytes[valid..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
            {
                valid += consumed;
            }

            return ArticleReadResult.Failure(path, bytes[..valid].Count((byte)'\n') + 1, "encoding", "the file is not valid UTF-8 text");
        }

        var text = Encoding.UTF8.GetString(bytes).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (!isHtml)
        {
            return ReadText(path, text);
        }

        return HtmlShape.Check(text, htmlLimits ?? HtmlLimits.Default) is { } over
            ? ArticleReadResult.Failure(path, over.Line, "html", over.Message)
            : ReadHtml(text);
    }

    private static ArticleReadResult ReadText(string path, string text)
    {
        var lines = text.Split('\n');
        string? title = null;
        Uri? url = null;
        DateOnly? published = null;
        var bodyStart = 0;

        // Header lines ("Title: ...") before the first blank line.
        if (lines.Length > 0 && HeaderLine().IsMatch(lines[0]))
        {
            var i = 0;
            for (; i < lines.Length && lines[i].Trim().Length > 0; i++)
            {
                var match = HeaderLine().Match(lines[i]);
                if (!match.Success)
                {
                    return ArticleReadResult.Failure(path, i + 1, "header", "expected 'Name: value' header lines, then a blank line, then the text");
                }

                var value = match.Groups[2].Value.Trim();
                switch (match.Groups[1].Value.ToLowerInvariant())
                {
                    case "title":
                        title = value;
                        break;
                    case "date":
                        if (ParseDate(value) is not { } date)
                        {
                            return ArticleReadResult.Failure(path, i + 1, "Date", $"'{value}' is not a date (use YYYY-MM-DD)");
                        }

                        published = date;
                        break;
                    case "url":
                        if (!Uri.TryCreate(value, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https"))
                        {
                            return ArticleReadResult.Failure(path, i + 1, "URL", $"'{value}' is not an http(s) URL");
                        }

                        url = parsed;
                        break;
                    default:
                        break;
                }
            }

            bodyStart = i;
        }

        var markdown = Path.GetExtension(path).StartsWith(".m", StringComparison.OrdinalIgnoreCase);
        var body = new StringBuilder(text.Length);
        var inFence = false;
        var firstLine = -1;
        for (var i = bodyStart; i < lines.Length; i++)
        {
            var line = lines[i];
            if (markdown)
            {
                if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
                {
                    inFence = !inFence;
                    line = string.Empty;
                }
                else if (inFence)
                {
                    line = string.Empty;
                }
                else
                {
                    var heading = MarkdownHeading().Match(line);
                    if (heading.Success && title is null)
                    {
                        title = StripMarkdown(heading.Groups[1].Value);
                        line = string.Empty;
                    }
                    else
                    {
                        line = StripMarkdown(heading.Success ? heading.Groups[1].Value : line);
                    }
                }
            }

            // A short first line without a full stop is the headline of a plain report.
            if (firstLine < 0 && line.Trim().Length > 0)
            {
                firstLine = i;
                var trimmed = line.Trim();
                if (title is null && !markdown && trimmed.Length <= 200 && !trimmed.EndsWith('.') && i + 1 < lines.Length)
                {
                    title = trimmed;
                    body.Append('\n');
                    continue;
                }
            }

            body.Append(line).Append('\n');
        }

        var content = body.ToString();
        return ArticleReadResult.Success(new Article(title, url, published, content, bodyStart + 1));
    }

    private static ArticleReadResult ReadHtml(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument(html);
        string? Meta(string selector) => document.QuerySelector(selector)?.GetAttribute("content")?.Trim() is { Length: > 0 } value ? value : null;

        var title = Meta("meta[property='og:title']") ?? document.QuerySelector("h1")?.TextContent.Trim() ?? document.Title?.Trim();
        Uri? url = null;
        var href = document.QuerySelector("link[rel='canonical']")?.GetAttribute("href") ?? Meta("meta[property='og:url']");
        if (href is not null && Uri.TryCreate(href, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https")
        {
            url = parsed;
        }

        var dateText = Meta("meta[property='article:published_time']") ?? Meta("meta[name='date']") ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        var published = dateText is null ? null : ParseDate(dateText.Length >= 10 ? dateText[..10] : dateText);

        foreach (var element in document.QuerySelectorAll("script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, select, figure figcaption, [aria-hidden='true'], [hidden]").ToList())
        {
            element.Remove();
        }

        // Advertising, related links, sharing and comment blocks, by their class or id, as readability tools do; never
        // the article itself, nor a block holding most of the page's text ("story share-enabled").
        var pageText = document.Body?.TextContent.Length ?? 0;
        foreach (var element in document.QuerySelectorAll("[class], [id]")
            .Where(e => e.LocalName is not ("article" or "main" or "body" or "html") && Boilerplate().IsMatch((e.ClassName ?? "") + " " + e.Id))
            .ToList())
        {
            if (element.Parent is not null && element.TextContent.Length * 2 < pageText && element.QuerySelector("article, main") is null)
            {
                element.Remove();
            }
        }

        var root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.QuerySelector("[role='main']") ?? DensestBlock(document) ?? document.Body;
        var text = new StringBuilder();
        if (root is not null)
        {
            var blocks = root.QuerySelectorAll("p, h2, h3, h4, h5, h6, li, blockquote");
            if (blocks.Length == 0)
            {
                text.Append(Collapse(root.TextContent)).Append('\n');
            }

            foreach (var block in blocks)
            {
                // Nested blocks (a p inside a blockquote) are read once, from the innermost.
                if (block.QuerySelector("p, li") is not null)
                {
                    continue;
                }

                var paragraph = Collapse(block.TextContent);
                if (paragraph.Length > 0 && paragraph != title)
                {
                    text.Append(paragraph).Append('\n');
                }
            }
        }

        return ArticleReadResult.Success(new Article(string.IsNullOrWhiteSpace(title) ? null : Collapse(title), url, published, text.ToString(), 1));
    }

    private static IElement? DensestBlock(IDocument document) =>
        document.QuerySelectorAll("div, section")
            .Select(e => (Element: e, Length: e.Children.Where(c => c.LocalName == "p").Sum(p => p.TextContent.Length)))
            .Where(e => e.Length > 0)
            .OrderByDescending(e => e.Length)
            .Select(e => e.Element)
            .FirstOrDefault();

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    private static string StripMarkdown(string line)
    {
        line = MarkdownImage().Replace(line, string.Empty);
        line = MarkdownLink().Replace(line, "$1");
        line = MarkdownListOrQuote().Replace(line, string.Empty);
        return MarkdownEmphasis().Replace(line, string.Empty);
    }

    internal static DateOnly? ParseDate(string text)
    {
        string[] formats = [IsoDate.Pattern, "yyyy-MM-ddTHH:mm:ssK", "MMMM d, yyyy", "MMM d, yyyy", "d MMMM yyyy", "d MMM yyyy", "yyyy/MM/dd"];
        if (DateTime.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            return DateOnly.FromDateTime(parsed);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var offset)
            ? DateOnly.FromDateTime(offset.UtcDateTime)
            : null;
    }

    [GeneratedRegex(@"^(Title|Date|URL|Url|Source|Author|Byline):\s*(.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderLine();

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex MarkdownImage();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"^\s*(?:[-*+]\s+|\d+[.)]\s+|>\s?)+")]
    private static partial Regex MarkdownListOrQuote();

    [GeneratedRegex(@"(?<![\w])(\*{1,3}|_{1,3})(?=\S)|(?<=\S)(\*{1,3}|_{1,3})(?![\w])")]
    private static partial Regex MarkdownEmphasis();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(^|[\s_-])(ad|ads|advert|advertisement|sponsored|promo|related|share|sharing|social|newsletter|subscribe|comment|comments|cookie|recommended|sidebar|breadcrumbs?|outbrain|taboola)([\s_-]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Boilerplate();
}
