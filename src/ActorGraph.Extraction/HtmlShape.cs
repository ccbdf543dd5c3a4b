namespace ActorGraph.Extraction;

/// <summary>
/// A quick look at an HTML page's tags before it is parsed: counts its elements and follows its nesting with a stack
/// of open elements, as the parser would (an end tag closes the elements opened after its own; void, self-closed and
/// optionally closed elements never stay open; script, style and comments are skipped), so that a page over
/// <see cref="HtmlLimits"/> is refused in linear time instead of parsed in quadratic time.
/// </summary>
internal static class HtmlShape
{
    private static readonly HashSet<string> NeverOpen = new(StringComparer.Ordinal)
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rtc", "rp", "html", "head", "body",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal)
    {
        // Not noscript: with scripting off, as ArticleReader parses, its content is markup like any other.
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
    };

    /// <summary>The first limit <paramref name="html"/> goes over, with the line where it does; null when it keeps to them.</summary>
    public static (int Line, string Message)? Check(string html, HtmlLimits limits)
    {
        var open = new List<string>();
        var elements = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                // A comment ends at "-->" or "--!>", and "<!-->" and "<!--->" are whole (empty) comments.
                var end1 = html.IndexOf("-->", i + 2, StringComparison.Ordinal);
                var end2 = html.IndexOf("--!>", i + 2, StringComparison.Ordinal);
                i = end1 < 0 && end2 < 0 ? html.Length
                    : end2 < 0 || (end1 >= 0 && end1 < end2) ? end1 + 3
                    : end2 + 4;
                continue;
            }

            if (html[i + 1] is '!' or '?')
            {
                i = SkipPast(html, i + 2, ">");
                continue;
            }

            var isEnd = html[i + 1] == '/';
            var start = i + (isEnd ? 2 : 1);
            var end = start;
            // A tag name runs to white space, '/' or '>', as the HTML tokenizer reads it.
            while (end < html.Length && !char.IsWhiteSpace(html[end]) && html[end] is not ('/' or '>'))
            {
                end++;
            }

            if (end == start || !char.IsAsciiLetter(html[start]))
            {
                i++;
                continue;
            }

            var name = html[start..end].ToLowerInvariant();
            var close = TagEnd(html, end);
            var selfClosed = close > 0 && html[close - 1] == '/';
            i = close < 0 ? html.Length : close + 1;
            if (isEnd)
            {
                var at = open.LastIndexOf(name);
                if (at >= 0)
                {
                    open.RemoveRange(at, open.Count - at);
                }

                continue;
            }

            if (++elements > limits.MaxElements)
            {
                return (LineAt(html, start), $"more than {limits.MaxElements:N0} elements (raise it with --limit MaxHtmlElements=N)");
            }

            if (RawText.Contains(name))
            {
                i = SkipPast(html, i, "</" + name);
                continue;
            }

            if (name == "plaintext")
            {
                break;
            }

            if (!selfClosed && !NeverOpen.Contains(name))
            {
                open.Add(name);
                if (open.Count > limits.MaxDepth)
                {
                    return (LineAt(html, start), $"elements nested deeper than {limits.MaxDepth:N0} levels (raise it with --limit MaxHtmlDepth=N)");
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The index of the <c>&gt;</c> that ends a tag whose name ends at <paramref name="from"/>, passing over attribute
    /// values quoted right after <c>=</c>; an unclosed quote is not followed. -1 when there is none.
    /// </summary>
    private static int TagEnd(string html, int from)
    {
        var plain = html.IndexOf('>', from);
        char quote = default;
        var previous = ' ';
        for (var i = from; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != default)
            {
                if (c == quote)
                {
                    quote = default;
                }

                continue;
            }

            if (c == '>')
            {
                return i;
            }

            if (c is '"' or '\'' && previous == '=')
            {
                var closing = html.IndexOf(c, i + 1);
                if (closing < 0)
                {
                    return plain;
                }

                i = closing;
            }

            previous = char.IsWhiteSpace(c) ? previous : c;
        }

        return plain;
    }

    private static int SkipPast(string html, int from, string marker)
    {
        var at = html.IndexOf(marker, from, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html.Length : at + marker.Length;
    }

    private static int LineAt(string html, int index) => html.AsSpan(0, index).Count('\n') + 1;
}
