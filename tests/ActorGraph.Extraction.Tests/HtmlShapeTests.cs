namespace ActorGraph.Extraction.Tests;

public sealed class HtmlShapeTests
{
    private static readonly HtmlLimits Small = new(MaxDepth: 3, MaxElements: 20);

    [Fact]
    public void Check_NestedDeeperThanTheLimit_NamesTheLineAndTheLimit()
    {
        var over = HtmlShape.Check("<html><body>\n<div><section>\n<div><span>deep</span></div></section></div>", Small);

        Assert.Equal((3, "elements nested deeper than 3 levels (raise it with --limit MaxHtmlDepth=N)"), over);
    }

    [Theory]
    [InlineData("<div><p>one<p>two<p>three<ul><li>a<li>b</ul></div>")]
    [InlineData("<div><br><img src=x><hr><input><svg><path d='M0'/><path/><path/></svg></div>")]
    [InlineData("<div><script>if (a < b) { x = '<div><div><div><div>'; }</script><style>div > div {}</style></div>")]
    [InlineData("<div><!-- <div><div><div><div> --><a title='>'><b>x</b></a></div>")]
    [InlineData("<div><span><b></div><div><span><b></div><div><span><b></div>")]
    public void Check_ElementsThatDoNotStayOpen_DoNotCountAsDepth(string html)
    {
        Assert.Null(HtmlShape.Check(html, Small));
    }

    [Fact]
    public void Check_MoreElementsThanTheLimit_NamesTheLimit()
    {
        var over = HtmlShape.Check(string.Concat(Enumerable.Repeat("<p>x</p>\n", 21)), Small);

        Assert.Equal((21, "more than 20 elements (raise it with --limit MaxHtmlElements=N)"), over);
    }

    [Theory]
    [InlineData("<div a='><div><div><div><div><div>")] // an attribute value that never closes
    [InlineData("<noscript><div><div><div><div><div>")] // parsed as markup with scripting off
    [InlineData("<!--><div><div><div><div><div> -->")] // "<!-->" is a whole comment
    [InlineData("<!-- --!><div><div><div><div><div> -->")] // so is one ending "--!>"
    [InlineData("<x.1></x.2><x.1></x.2><x.1></x.2><x.1></x.2>")] // end tags naming no open element close nothing
    public void Check_MarkupAfterWhatCouldHideIt_IsStillCounted(string html)
    {
        Assert.NotNull(HtmlShape.Check(html, Small));
    }
}
