using ActorGraph.Core.Model;
using ActorGraph.Extraction;
using ActorGraph.Ingestion.Datasets;

namespace ActorGraph.Ingestion;

/// <summary>
/// Turns an article (a file or a feed item's page) into a source document within the time and size limits: HTML over
/// its element or depth limit is refused unparsed, reading and extracting run under a watchdog that gives up after
/// <see cref="IngestLimits.ExtractionTimeout"/>, and the document is checked against the limits on names and items.
/// </summary>
internal static class ArticleImport
{
    /// <summary>
    /// Runs <paramref name="read"/> on the thread pool and waits for it at most <see cref="IngestLimits.ExtractionTimeout"/>.
    /// The extractor cannot be interrupted, so work over time is abandoned (it ends on its own, its result unused).
    /// </summary>
    public static async Task<DatasetReadResult> WithinTimeAsync(string file, Func<Task<DatasetReadResult>> read, IngestLimits limits, TimeProvider time, CancellationToken cancellationToken)
    {
        var work = Task.Run(read, cancellationToken);
        try
        {
            return await work.WaitAsync(limits.ExtractionTimeout, time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return DatasetReadResult.Failure([new DatasetError(file, 1, "text",
                $"reading and extracting took longer than {limits.ExtractionTimeout.TotalSeconds:0.###} s, the most one article may take (raise it with --limit ExtractionTimeout=SECONDS)")]);
        }
    }

    /// <summary>Extracts the source document of a read article; <paramref name="complete"/> fills in what the page does not say.</summary>
    public static DatasetReadResult Extract(string file, ArticleReadResult read, string sourceId, Extractor extractor, IngestLimits limits, Func<Article, Article>? complete = null)
    {
        if (read.Article is not { } article)
        {
            return DatasetReadResult.Failure([.. read.Problems.Select(p => new DatasetError(p.File, p.Line, p.Field, p.Message))]);
        }

        article = complete?.Invoke(article) ?? article;
        var extraction = extractor.Extract(article);
        if (extraction.Actors.Count == 0)
        {
            return DatasetReadResult.Failure([new DatasetError(file, article.TextLine, "text", "no actors found in the article's text")]);
        }

        var document = extraction.ToDocument(sourceId);
        var errors = Check(document, file, article.TextLine, limits);
        return errors.Count > 0 ? DatasetReadResult.Failure(errors) : DatasetReadResult.Success(document);
    }

    /// <summary>What in an extracted document goes over the limits on items, names, aliases and evidence.</summary>
    internal static IReadOnlyList<DatasetError> Check(SourceDocument document, string file, int line, IngestLimits limits)
    {
        var errors = new List<DatasetError>();
        var items = document.Actors.Count + document.Roles.Count + document.Relations.Count;
        if (items > limits.MaxItems)
        {
            errors.Add(new DatasetError(file, line, "text", $"{items:N0} actors, roles and relations are more than the {limits.MaxItems:N0} items a source may have (raise it with --limit MaxItems=N)"));
        }

        void Length(string? text, string field, int max)
        {
            if (text is not null && text.Length > max)
            {
                errors.Add(new DatasetError(file, line, field, $"{text.Length:N0} characters are more than the {max:N0} it may have"));
            }
        }

        Length(document.Source.Title, "source.title", limits.MaxTextLength);
        for (var i = 0; i < document.Actors.Count; i++)
        {
            var actor = document.Actors[i];
            Length(actor.Name, $"actors[{i}].name", limits.MaxNameLength);
            if (actor.Aliases.Count > limits.MaxAliases)
            {
                errors.Add(new DatasetError(file, line, $"actors[{i}].aliases", $"{actor.Aliases.Count:N0} aliases are more than the {limits.MaxAliases:N0} an actor may have"));
            }

            foreach (var alias in actor.Aliases)
            {
                Length(alias, $"actors[{i}].aliases", limits.MaxNameLength);
            }
        }

        for (var i = 0; i < document.Roles.Count; i++)
        {
            Length(document.Roles[i].Title, $"roles[{i}].title", limits.MaxNameLength);
        }

        for (var i = 0; i < document.Relations.Count; i++)
        {
            Length(document.Relations[i].Evidence, $"relations[{i}].evidence", limits.MaxTextLength);
            Length(document.Relations[i].Context, $"relations[{i}].context", limits.MaxTextLength);
        }

        return errors;
    }
}
