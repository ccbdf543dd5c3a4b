namespace ActorGraph.Extraction;

/// <summary>
/// How large an HTML page may be in elements and nesting before it is refused unread: an HTML parser's work grows
/// with depth times elements, so 100,000 nested elements would keep it busy for a minute.
/// </summary>
/// <param name="MaxDepth">How deeply elements may nest (void, self-closed and optionally closed elements such as <c>p</c> and <c>li</c> do not count).</param>
/// <param name="MaxElements">The most elements a page may have.</param>
public sealed record HtmlLimits(int MaxDepth = 256, int MaxElements = 250_000)
{
    /// <summary>The limits used when none are given.</summary>
    public static HtmlLimits Default { get; } = new();
}
