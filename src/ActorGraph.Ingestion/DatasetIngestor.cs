using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Extraction;
using ActorGraph.Ingestion.Datasets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorGraph.Ingestion;

/// <summary>
/// Ingests dataset files, news articles and folders of them into a store: each file is one source, written in one
/// transaction or not at all; a bad file is rejected with its errors and the others go on. Articles (text, Markdown,
/// HTML) become sources through <see cref="Extractor"/>. Every file is read under <see cref="IngestLimits"/>, and no
/// failure of a reader stops the ingest: only the store's failures are not rejections.
/// </summary>
public sealed class DatasetIngestor
{
    private readonly IGraphStore _store;
    private readonly ILogger _logger;
    private readonly Extractor _extractor;
    private readonly IngestLimits _limits;
    private readonly TimeProvider _time;

    /// <summary>
    /// Creates an ingestor writing to <paramref name="store"/>, reading articles with <paramref name="extractor"/> (the
    /// built-in lexicons when null) and every file under <paramref name="limits"/> (<see cref="IngestLimits.Default"/> when null).
    /// </summary>
    public DatasetIngestor(IGraphStore store, ILogger<DatasetIngestor>? logger = null, Extractor? extractor = null, IngestLimits? limits = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _extractor = extractor ?? new Extractor();
        _limits = limits ?? IngestLimits.Default;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Whether <paramref name="path"/> is a file ingest reads: a dataset or an article.</summary>
    /// <remarks>Gold annotations (<c>*.gold.json</c>, read by <c>actorgraph eval</c>) are not sources.</remarks>
    public static bool IsSourceFile(string path) =>
        (DatasetReader.IsDatasetFile(path) || ArticleReader.IsArticleFile(path))
        && !path.EndsWith(ActorGraph.Extraction.Evaluation.GoldDocument.FileEnding, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Lists the source files under <paramref name="paths"/>: files as given, folders searched recursively
    /// for datasets (<c>.yaml</c>, <c>.yml</c>, <c>.json</c>) and articles (<c>.txt</c>, <c>.md</c>, <c>.html</c>, ...),
    /// in ordinal order of path. Paths that do not exist are listed
    /// as they are, so that ingesting them reports them.
    /// </summary>
    public static IReadOnlyList<string> FindFiles(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory
                    .EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden })
                    .Where(IsSourceFile)
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(path);
            }
        }

        return files;
    }

    /// <summary>The source id of a file whose dataset names none: its path relative to the working folder, with forward slashes.</summary>
    public static string DefaultSourceId(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(file)).Replace('\\', '/');
    }

    /// <summary>Ingests every dataset and article file under <paramref name="paths"/>.</summary>
    public Task<IngestReport> IngestAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default) =>
        IngestAsync(paths, null, cancellationToken);

    /// <summary>Ingests every dataset and article file under <paramref name="paths"/>, telling <paramref name="progress"/> of each file done.</summary>
    public async Task<IngestReport> IngestAsync(IEnumerable<string> paths, IProgress<SourceResult>? progress, CancellationToken cancellationToken = default)
    {
        var results = new List<SourceResult>();
        var claimed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in FindFiles(paths))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = await IngestFileAsync(file, claimed, cancellationToken).ConfigureAwait(false);
            results.Add(result);
            progress?.Report(result);
        }

        return new IngestReport(results);
    }

    private async Task<SourceResult> IngestFileAsync(string file, Dictionary<string, string> claimed, CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            return Reject(file, null, [new DatasetError(file, 1, "file", Directory.Exists(file) ? "is a folder" : "no such file or folder")]);
        }

        if (!IsSourceFile(file))
        {
            var endings = DatasetReader.Extensions.Concat(ArticleReader.TextExtensions).Concat(ArticleReader.HtmlExtensions);
            return Reject(file, null, [new DatasetError(file, 1, "file", $"not a dataset or article file; expected one of {string.Join(", ", endings)}")]);
        }

        DatasetReadResult read;
        try
        {
            read = ArticleReader.IsArticleFile(file)
                ? await ArticleImport.WithinTimeAsync(
                    file,
                    async () => ArticleImport.Extract(file, await ArticleReader.ReadFileAsync(file, _limits.Html, cancellationToken).ConfigureAwait(false), DefaultSourceId(file), _extractor, _limits),
                    _limits, _time, cancellationToken).ConfigureAwait(false)
                : await DatasetReader.ReadFileAsync(file, DefaultSourceId(file), _limits, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A reader's own failure (a bug to report; the readers turn what they expect into errors with lines)
            // rejects this file only.
            Log.ReaderFailed(_logger, file, e);
            return Reject(file, null, [new DatasetError(file, 1, "file", $"could not be read: {e.GetType().Name}: {e.Message}")]);
        }

        if (read.Document is not { } document)
        {
            return Reject(file, null, read.Errors);
        }

        var sourceId = document.Source.Id;
        if (claimed.TryGetValue(sourceId, out var other))
        {
            return Reject(file, sourceId, [new DatasetError(file, 1, "source.id", $"'{sourceId}' is also the source id of {other}; each file must be its own source")]);
        }

        claimed[sourceId] = file;
        try
        {
            var outcome = await _store.UpsertSourceAsync(document, cancellationToken).ConfigureAwait(false);
            var result = new SourceResult(
                file, sourceId, outcome switch
                {
                    UpsertOutcome.Added => SourceOutcome.Added,
                    UpsertOutcome.Updated => SourceOutcome.Updated,
                    _ => SourceOutcome.Unchanged,
                },
                [], document.Actors.Count, document.Roles.Count, document.Relations.Count);
            Log.SourceIngested(_logger, file, sourceId, result.Outcome, result.Actors, result.Roles, result.Relations);
            return result;
        }
        catch (GraphStoreException e)
        {
            Log.SourceFailed(_logger, file, e);
            return new SourceResult(file, sourceId, SourceOutcome.Failed, [new DatasetError(file, 1, "store", e.Message)]);
        }
    }

    private SourceResult Reject(string file, string? sourceId, IReadOnlyList<DatasetError> errors)
    {
        Log.SourceRejected(_logger, file, errors.Count, errors[0].ToString());
        return new SourceResult(file, sourceId, SourceOutcome.Rejected, errors);
    }
}
