using ActorGraph.Core.Storage;
using ActorGraph.Ingestion.Datasets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorGraph.Ingestion;

/// <summary>
/// Ingests dataset files and folders into a store: each file is one source, written in one transaction or not
/// at all; a bad file is rejected with its errors and the others go on.
/// </summary>
public sealed class DatasetIngestor
{
    private readonly IGraphStore _store;
    private readonly ILogger _logger;

    /// <summary>Creates an ingestor writing to <paramref name="store"/>.</summary>
    public DatasetIngestor(IGraphStore store, ILogger<DatasetIngestor>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>
    /// Lists the dataset files under <paramref name="paths"/>: files as given, folders searched recursively
    /// for <c>.yaml</c>, <c>.yml</c> and <c>.json</c>, in ordinal order of path. Paths that do not exist are listed
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
                    .Where(DatasetReader.IsDatasetFile)
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

    /// <summary>Ingests every dataset file under <paramref name="paths"/>.</summary>
    public async Task<IngestReport> IngestAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        var results = new List<SourceResult>();
        var claimed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in FindFiles(paths))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = await IngestFileAsync(file, claimed, cancellationToken).ConfigureAwait(false);
            results.Add(result);
        }

        return new IngestReport(results);
    }

    private async Task<SourceResult> IngestFileAsync(string file, Dictionary<string, string> claimed, CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            return Reject(file, null, [new DatasetError(file, 1, "file", Directory.Exists(file) ? "is a folder" : "no such file or folder")]);
        }

        if (!DatasetReader.IsDatasetFile(file))
        {
            return Reject(file, null, [new DatasetError(file, 1, "file", $"not a dataset file; expected one of {string.Join(", ", DatasetReader.Extensions)}")]);
        }

        var read = await DatasetReader.ReadFileAsync(file, DefaultSourceId(file), cancellationToken).ConfigureAwait(false);
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
