using System.Text;

namespace ActorGraph.Extraction.Tests;

public sealed class ArticleReaderTests
{
    private static ArticleReadResult ReadText(string text, string path = "report.txt") =>
        ArticleReader.Read(path, Encoding.UTF8.GetBytes(text), isHtml: false);

    [Fact]
    public void Read_HeaderLines_GiveTitleDateAndUrlAndTheTextKeepsItsLineNumbers()
    {
        var read = ReadText("Title: Oman hosts talks\nDate: 2025-04-19\nURL: https://example.org/a\n\nOman hosted talks between the United States and Iran.\n");

        var article = Assert.IsType<Article>(read.Article);
        Assert.Equal("Oman hosts talks", article.Title);
        Assert.Equal(new DateOnly(2025, 4, 19), article.Published);
        Assert.Equal("https://example.org/a", article.Url?.OriginalString);
        var sentence = Assert.Single(SentenceSplitter.Split(article.Text));
        Assert.Equal(5, sentence.Line + article.TextLine - 1);
    }

    [Theory]
    [InlineData("Title: X\nDate: next Tuesday\n\nText.", 2, "Date")]
    [InlineData("Title: X\nURL: ftp://example.org\n\nText.", 2, "URL")]
    [InlineData("Title: X\nthis is not a header\n\nText.", 2, "header")]
    public void Read_BadHeaderLines_AreNamedByLineAndField(string text, int line, string field)
    {
        var problem = Assert.Single(ReadText(text).Problems);

        Assert.Equal(line, problem.Line);
        Assert.Equal(field, problem.Field);
        Assert.StartsWith($"report.txt:{line}: {field}: ", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BinaryOrInvalidUtf8_IsRefusedWithTheLine()
    {
        var binary = ArticleReader.Read("blob.txt", [0x50, 0x4b, 0x03, 0x04, 0x00, 0x00], isHtml: false);
        Assert.Equal("file", Assert.Single(binary.Problems).Field);

        byte[] invalid = [.. "line one\nline two\nbad "u8, 0xC3, 0x28, .. "\n"u8];
        var problem = Assert.Single(ArticleReader.Read("bad.txt", invalid, isHtml: false).Problems);
        Assert.Equal(("encoding", 3), (problem.Field, problem.Line));
    }

    [Fact]
    public void Read_OversizedInput_IsRefusedWithoutReadingIt()
    {
        var problem = Assert.Single(ArticleReader.Read("big.txt", new byte[ArticleReader.MaxFileBytes + 1], isHtml: false).Problems);

        Assert.Equal("file", problem.Field);
        Assert.Contains("larger than", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyFile_IsAnEmptyArticle()
    {
        var article = Assert.IsType<Article>(ReadText(string.Empty).Article);

        Assert.Empty(new Extractor().Extract(article).Actors);
    }

    [Fact]
    public void Read_Html_KeepsTheArticleBodyAndDropsScriptsNavigationAndBoilerplate()
    {
        const string html = """
            <html><head><title>Site | Oman hosts talks</title>
            <meta property="og:title" content="Oman hosts talks">
            <meta property="article:published_time" content="2025-04-19T08:00:00Z">
            <link rel="canonical" href="https://example.org/oman">
            <script>var sanctions = "Russia imposed sanctions on Britain";</script></head>
            <body><nav><p>Home World Politics</p></nav>
            <article><h1>Oman hosts talks</h1>
            <p>Oman hosted talks between the <b>United States</b> and Iran on Saturday.</p>
            <script>document.write("France sanctioned Germany.")</script>
            <p>Iranian Foreign Minister Abbas Araghchi headed the Iranian delegation.</p></article>
            <footer><p>Copyright Example News</p></footer></body></html>
            """;
        var article = Assert.IsType<Article>(ArticleReader.Read("page.html", Encoding.UTF8.GetBytes(html), isHtml: true).Article);

        Assert.Equal("Oman hosts talks", article.Title);
        Assert.Equal(new DateOnly(2025, 4, 19), article.Published);
        Assert.Equal("https://example.org/oman", article.Url?.OriginalString);
        Assert.Contains("Oman hosted talks between the United States and Iran", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("sanction", article.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Home World", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Copyright", article.Text, StringComparison.Ordinal);

        var relations = new Extractor().Extract(article).Relations;
        Assert.Contains(relations, r => r.Source == "Oman" && r.Target == "Iran");
        Assert.Contains(relations, r => r.Source == "Abbas Araghchi" && r.Target == "Iranian delegation");
    }

    [Fact]
    public void Read_HtmlAdvertisingAndRelatedLinks_AreNotTheArticle()
    {
        const string html = """
            <html><body><div class="main"><div class="story">
            <p>Turkey hosted talks between Russia and Ukraine in Istanbul.</p>
            <div class="ad-slot"><p>Sponsored: The European Union imposed sanctions on Norway.</p></div>
            <p>Turkish Foreign Minister Hakan Fidan opened the meeting.</p></div>
            <div id="related-stories"><p>China sanctioned Japan over the islands.</p></div>
            <div class="comments"><p>Qatar mediated talks between Chad and Sudan, says a reader.</p></div></div></body></html>
            """;
        var article = Assert.IsType<Article>(ArticleReader.Read("page.html", Encoding.UTF8.GetBytes(html), isHtml: true).Article);

        Assert.Contains("Hakan Fidan opened the meeting", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Norway", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Japan", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Chad", article.Text, StringComparison.Ordinal);

        // A story container whose class happens to name sharing is still the story.
        var shared = ArticleReader.Read("page.html", Encoding.UTF8.GetBytes(
            "<html><body><div class=\"story share-enabled\"><p>Turkey hosted talks between Russia and Ukraine.</p><p>Fidan opened them.</p></div><p>x</p></body></html>"), isHtml: true).Article!;
        Assert.Contains("Turkey hosted talks", shared.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Markdown_LosesItsMarkupAndGivesItsHeadingAsTitle()
    {
        var read = ReadText("# Qatar brokers a truce\n\n**Qatar** mediated talks between [Israel](https://x.example) and Hamas.\n\n```\ncode: sanctions\n```\n", "report.md");

        var article = Assert.IsType<Article>(read.Article);
        Assert.Equal("Qatar brokers a truce", article.Title);
        Assert.Contains("Qatar mediated talks between Israel and Hamas.", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("code:", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sentences_TitlesAndAbbreviations_SplitAtStopsButNotAfterThem()
    {
        var sentences = SentenceSplitter.Split("Gen. Smith met U.S. officials. The talks ended. Mr. Jones said \"yes.\" Then he left.").Select(s => s.Text).ToList();

        Assert.Equal(["Gen. Smith met U.S. officials.", "The talks ended.", "Mr. Jones said \"yes.\"", "Then he left."], sentences);
    }

    [Fact]
    public void Read_HundredThousandNestedDivs_IsRefusedBeforeParsing()
    {
        var html = "<html><body>\n" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "Vladimir Putin met Donald Trump." + string.Concat(Enumerable.Repeat("</div>", 100_000));

        var problem = Assert.Single(ArticleReader.Read("deep.html", Encoding.UTF8.GetBytes(html), isHtml: true).Problems);

        Assert.Equal("deep.html:2: html: elements nested deeper than 256 levels (raise it with --limit MaxHtmlDepth=N)", problem.ToString());
    }

    [Fact]
    public void Read_DeepPageUnderARaisedLimit_IsRead()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 300)) + "<p>Vladimir Putin met Donald Trump.</p>";

        var read = ArticleReader.Read("deep.html", Encoding.UTF8.GetBytes(html), isHtml: true, new HtmlLimits(MaxDepth: 400));

        Assert.Equal("Vladimir Putin met Donald Trump.\n", read.Article?.Text);
    }
}
