namespace ActorGraph.Extraction;

/// <summary>A news article read from a file: its description and its main text.</summary>
/// <param name="Title">The headline, when found.</param>
/// <param name="Url">Where it was published, when given.</param>
/// <param name="Published">The publication day, when given.</param>
/// <param name="Text">The main text, paragraphs on lines of their own, without the headline.</param>
/// <param name="TextLine">The line of the file the text starts on (1 for HTML, whose lines do not map).</param>
public sealed record Article(string? Title, Uri? Url, DateOnly? Published, string Text, int TextLine);

/// <summary>A problem with an input file, named by file, line and field.</summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Field">What is wrong: <c>file</c>, <c>encoding</c>, <c>Date</c>, <c>URL</c>, <c>text</c>.</param>
/// <param name="Message">What is wrong with it.</param>
public sealed record ReadProblem(string File, int Line, string Field, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}: {Field}: {Message}";
}

/// <summary>The outcome of reading an article: the article, or the problems that kept it from being read.</summary>
public sealed class ArticleReadResult
{
    private ArticleReadResult(Article? article, IReadOnlyList<ReadProblem> problems)
    {
        Article = article;
        Problems = problems;
    }

    /// <summary>The article, when it could be read.</summary>
    public Article? Article { get; }

    /// <summary>Why it could not be read.</summary>
    public IReadOnlyList<ReadProblem> Problems { get; }

    internal static ArticleReadResult Success(Article article) => new(article, []);

    internal static ArticleReadResult Failure(string file, int line, string field, string message) =>
        new(null, [new ReadProblem(file, line, field, message)]);
}
