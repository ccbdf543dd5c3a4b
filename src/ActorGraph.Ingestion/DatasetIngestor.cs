using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Extraction;
using ActorGraph.Ingestion.Datasets;
using ActorGraph.Ingestion.Importers;
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

    /// <summary>How files are read: by their ending (the default), or all in one format.</summary>
    public IngestFormat Format { get; init; }

    /// <summary>
    /// About how many assertions a streamed source (JSON Lines, CSV folder) hands the store at a time; the memory of writing it
    /// follows this, not the file's size.
    /// </summary>
    public int BatchSize { get; init; } = SourceStream.DefaultBatchSize;

    /// <summary>Whether <paramref name="path"/> is a file ingest reads: a dataset, an article or a GDELT event file.</summary>
    /// <remarks>Gold annotations (<c>*.gold.json</c>, read by <c>actorgraph eval</c>) are not sources.</remarks>
    public static bool IsSourceFile(string path) =>
        (DatasetReader.IsDatasetFile(path) || JsonLinesDatasetReader.IsJsonLinesFile(path) || ArticleReader.IsArticleFile(path) || GdeltImporter.IsGdeltFile(path))
        && !path.EndsWith(ActorGraph.Extraction.Evaluation.GoldDocument.FileEnding, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Lists the source files under <paramref name="paths"/>: files as given, folders searched recursively
    /// for datasets (<c>.yaml</c>, <c>.yml</c>, <c>.json</c>, <c>.jsonl</c>, <c>.ndjson</c>) and articles (<c>.txt</c>, <c>.md</c>, <c>.html</c>, ...),
    /// in ordinal order of path. Paths that do not exist are listed
    /// as they are, so that ingesting them reports them.
    /// </summary>
    public static IReadOnlyList<string> FindFiles(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (CsvFolderReader.IsCsvFolder(path))
            {
                // A CSV export is one source, however many files it has.
                files.Add(path);
            }
            else if (Directory.Exists(path))
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

    /// <summary>
    /// The folder that path-derived source ids are relative to; null (the default) derives them from each path as
    /// given. See <see cref="DefaultSourceId(string, string?)"/>.
    /// </summary>
    public string? SourceRoot { get; init; }

    /// <summary>
    /// The source id of a file whose dataset names none. With a <paramref name="root"/>, the file's path relative to
    /// that folder (<c>data/a.yaml</c> for <c>/srv/data/a.yaml</c> under <c>/srv</c>); without one, the path as given.
    /// Either way with forward slashes and without <c>.</c> segments, so <c>./samples/a.yaml</c> and
    /// <c>samples/a.yaml</c> name the same source. The working folder never enters into it.
    /// </summary>
    public static string DefaultSourceId(string file, string? root = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        var path = root is null ? file : Path.GetRelativePath(Path.GetFullPath(root), Path.GetFullPath(file));
        return SourcePath.Normalize(path);
    }

    /// <summary>Ingests every dataset and article file under <paramref name="paths"/>.</summary>
    public Task<IngestReport> IngestAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default) =>
        IngestAsync(paths, null, cancellationToken);

    /// <summary>Ingests every dataset and article file under <paramref name="paths"/>, telling <paramref name="progress"/> of each file done.</summary>
    /// <remarks>
    /// Every file is read first, then written. Each source id is written from one file: when several files name the
    /// same id, the file the store records as the source's origin keeps it (the older origin), else the first found;
    /// the others are rejected as a conflict naming both files, and the store keeps its last version of the source
    /// until the conflict is resolved.
    /// </remarks>
    public async Task<IngestReport> IngestAsync(IEnumerable<string> paths, IProgress<SourceResult>? progress, CancellationToken cancellationToken = default)
    {
        var read = new List<FileRead>();
        // A file named twice (or under two given folders) is one source, read once.
        foreach (var file in FindFiles(paths).DistinctBy(Path.GetFullPath, SourceOrigin.PathComparer))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var fileRead = await ReadFileAsync(file, cancellationToken).ConfigureAwait(false);
            read.Add(fileRead);
            if (fileRead.Rejected is { } rejected)
            {
                progress?.Report(rejected);
            }
        }

        var owners = await ChooseOwnersAsync(read, cancellationToken).ConfigureAwait(false);
        var results = new List<SourceResult>(read.Count);
        foreach (var fileRead in read)
        {
            if (fileRead.Rejected is { } rejected)
            {
                results.Add(rejected);
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var file = fileRead.File;
            var sourceId = fileRead.Source!.Id;
            var owner = owners[sourceId];
            var result = owner.File == file
                ? await WriteAsync(fileRead, cancellationToken).ConfigureAwait(false)
                : Reject(file, sourceId, [new DatasetError(file, 1, "source.id",
                    $"conflict: '{sourceId}' is also the source id of {owner.File}, which keeps the source ({owner.Reason}) until one of the two files changes its id or is removed")]);
            results.Add(result);
            progress?.Report(result);
        }

        return new IngestReport(results);
    }

    /// <summary>
    /// Which file each source id is written from, and why. The origin the store records wins when it is one of the
    /// files (even one that could not be read this time: it keeps its last good version); otherwise the first found.
    /// The store is asked only when some id is named twice or some file could not be read.
    /// </summary>
    private async Task<Dictionary<string, (string File, string Reason)>> ChooseOwnersAsync(List<FileRead> read, CancellationToken cancellationToken)
    {
        var claimants = read.Where(r => r.Source is not null)
            .GroupBy(r => r.Source!.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.File).ToList(), StringComparer.Ordinal);
        var unread = read.Where(r => r.Source is null && File.Exists(r.File) && IsSourceFile(r.File))
            .ToDictionary(r => Path.GetFullPath(r.File), r => r.File, SourceOrigin.PathComparer);
        var recorded = new Dictionary<string, string>(StringComparer.Ordinal);
        if (unread.Count > 0 || claimants.Values.Any(files => files.Count > 1))
        {
            foreach (var source in await _store.ListSourcesAsync(cancellationToken).ConfigureAwait(false))
            {
                if (source.Origin is { Kind: SourceOriginKind.File } origin)
                {
                    recorded[source.Info.Id] = origin.Location;
                }
            }
        }

        var owners = new Dictionary<string, (string File, string Reason)>(StringComparer.Ordinal);
        foreach (var (sourceId, files) in claimants)
        {
            const string Recorded = "the store records it as the source's origin";
            if (recorded.TryGetValue(sourceId, out var origin)
                && (files.Find(f => SourceOrigin.PathComparer.Equals(Path.GetFullPath(f), origin)) ?? unread.GetValueOrDefault(origin)) is { } keeper)
            {
                owners[sourceId] = (keeper, unread.ContainsKey(origin) ? Recorded + "; it could not be read this time" : Recorded);
            }
            else
            {
                owners[sourceId] = (files[0], "it was found first");
            }
        }

        return owners;
    }

    /// <summary>Reads one file into the document it asserts, or rejects it.</summary>
    private async Task<FileRead> ReadFileAsync(string file, CancellationToken cancellationToken)
    {
        if (!File.Exists(file) && !CsvFolderReader.IsCsvFolder(file))
        {
            return Reject(file, null, [new DatasetError(file, 1, "file", Directory.Exists(file) ? "is a folder without actors.csv and relations.csv" : "no such file or folder")]);
        }

        if (Format == IngestFormat.Auto && !IsSourceFile(file) && !CsvFolderReader.IsCsvFolder(file))
        {
            var endings = DatasetReader.Extensions.Concat(JsonLinesDatasetReader.Extensions).Concat(ArticleReader.TextExtensions).Concat(ArticleReader.HtmlExtensions);
            return Reject(file, null, [new DatasetError(file, 1, "file", $"not a dataset or article file; expected one of {string.Join(", ", endings)}")]);
        }

        DatasetReadResult read;
        try
        {
            read = await ReadAsync(file, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A reader's own failure (a bug to report; the readers turn what they expect into errors with lines)
            // rejects this file only.
            Log.ReaderFailed(_logger, file, e);
            return Reject(file, null, [new DatasetError(file, 1, "file", $"could not be read: {e.GetType().Name}: {e.Message}")]);
        }

        return read switch
        {
            { Document: { } document } => new FileRead(file, document.WithOrigin(SourceOrigin.FromFile(file)), null, null),
            { Stream: { } stream } => new FileRead(file, null, stream.WithOrigin(SourceOrigin.FromFile(file)), null),
            _ => Reject(file, null, read.Errors),
        };
    }

    /// <summary>Reads one file in the format given, or the one its name (and, for JSON Lines, its first line) shows.</summary>
    private async Task<DatasetReadResult> ReadAsync(string file, CancellationToken cancellationToken)
    {
        var format = Format;
        if (format == IngestFormat.Auto)
        {
            format = GdeltImporter.IsGdeltFile(file) ? IngestFormat.Gdelt
                : FtmImporter.IsFtmFile(file) ? IngestFormat.Ftm
                : IngestFormat.Auto;
        }

        return format switch
        {
            // JSON Lines and CSV folders are checked now and read again in batches when written: memory follows the
            // batch, not the file.
            _ when CsvFolderReader.IsCsvFolder(file) => await CsvFolderReader.CheckAsync(file, DefaultSourceId(file, SourceRoot), _limits, BatchSize, cancellationToken).ConfigureAwait(false),
            IngestFormat.Gdelt => await GdeltImporter.ReadFileAsync(file, DefaultSourceId(file, SourceRoot), _limits, cancellationToken).ConfigureAwait(false),
            IngestFormat.Ftm => await FtmImporter.ReadFileAsync(file, DefaultSourceId(file, SourceRoot), _limits, cancellationToken).ConfigureAwait(false),
            _ when ArticleReader.IsArticleFile(file) => await ArticleImport.WithinTimeAsync(
                file,
                async () => ArticleImport.Extract(file, await ArticleReader.ReadFileAsync(file, _limits.Html, cancellationToken).ConfigureAwait(false), DefaultSourceId(file, SourceRoot), _extractor, _limits),
                _limits, _time, cancellationToken).ConfigureAwait(false),
            _ when JsonLinesDatasetReader.IsJsonLinesFile(file) => await JsonLinesDatasetReader.CheckFileAsync(file, DefaultSourceId(file, SourceRoot), _limits, BatchSize, cancellationToken).ConfigureAwait(false),
            _ => await DatasetReader.ReadFileAsync(file, DefaultSourceId(file, SourceRoot), _limits, cancellationToken).ConfigureAwait(false),
        };
    }

    private async Task<SourceResult> WriteAsync(FileRead read, CancellationToken cancellationToken)
    {
        var file = read.File;
        var sourceId = read.Source!.Id;
        try
        {
            var outcome = read.Document is { } document
                ? await _store.UpsertSourceAsync(document, cancellationToken).ConfigureAwait(false)
                : await _store.UpsertSourceAsync(read.Stream!, cancellationToken).ConfigureAwait(false);
            var result = new SourceResult(
                file, sourceId, outcome switch
                {
                    UpsertOutcome.Added => SourceOutcome.Added,
                    UpsertOutcome.Updated => SourceOutcome.Updated,
                    _ => SourceOutcome.Unchanged,
                },
                [], read.Actors, read.Roles, read.Relations);
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

    /// <summary>One file read: the document it asserts, or the stream that reads it again, or why it was rejected.</summary>
    private sealed record FileRead(string File, SourceDocument? Document, SourceStream? Stream, SourceResult? Rejected)
    {
        public SourceInfo? Source => Document?.Source ?? Stream?.Source;

        public int Actors => Document?.Actors.Count ?? Stream!.Actors;

        public int Roles => Document?.Roles.Count ?? Stream!.Roles;

        public int Relations => Document?.Relations.Count ?? Stream!.Relations;

        public static implicit operator FileRead(SourceResult rejected) => new(rejected.Path, null, null, rejected);
    }
}
