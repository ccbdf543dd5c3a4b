using System.IO.Enumeration;
using ActorGraph.Core.Storage;
using ActorGraph.Ingestion;
using Microsoft.Extensions.Logging;

namespace ActorGraph.Worker;

/// <summary>What one cycle did.</summary>
/// <param name="Ingest">What happened to every file found.</param>
/// <param name="Retracted">The sources retracted because their file vanished.</param>
/// <param name="RetractFailures">Sources whose retraction failed, with the reason.</param>
public sealed record CycleReport(IngestReport Ingest, IReadOnlyList<string> Retracted, IReadOnlyList<string> RetractFailures)
{
    /// <summary>The ingest exit code: 1 when anything failed, 3 when some file was rejected, else 0.</summary>
    public int ExitCode => RetractFailures.Count > 0 ? IngestReport.Failure : Ingest.ExitCode;
}

/// <summary>
/// One ingestion cycle: find the dataset files, ingest each as one source (the store skips a source whose content
/// hash is unchanged), and retract the sources whose files vanished from a watched folder. Every source is its own
/// transaction, so a cycle interrupted at any moment leaves each source either as before or as after, and the next
/// cycle finishes the work.
/// </summary>
public sealed class IngestCycle
{
    private readonly WorkerOptions _options;
    private readonly ILogger _logger;
    private readonly ILoggerFactory _loggers;

    /// <summary>Creates a cycle for <paramref name="options"/>.</summary>
    public IngestCycle(WorkerOptions options, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggers);
        _options = options;
        _loggers = loggers;
        _logger = loggers.CreateLogger<IngestCycle>();
    }

    /// <summary>The dataset files the options name, without the excluded ones.</summary>
    public IReadOnlyList<string> FindFiles() =>
        [.. DatasetIngestor.FindFiles(_options.Sources)
            .Where(f => !_options.Exclude.Any(p => FileSystemName.MatchesSimpleExpression(p, Path.GetFileName(f))))];

    /// <summary>Runs the cycle against <paramref name="store"/>.</summary>
    public async Task<CycleReport> RunAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var files = FindFiles();
        var report = await new DatasetIngestor(store, _loggers.CreateLogger<DatasetIngestor>()).IngestAsync(files, cancellationToken).ConfigureAwait(false);
        var retracted = new List<string>();
        var failures = new List<string>();
        if (_options.RetractVanished)
        {
            // A file that is still there keeps its source, even when it was rejected this time (a bad edit).
            var present = files.Select(DatasetIngestor.DefaultSourceId)
                .Concat(report.Results.Select(r => r.SourceId).OfType<string>())
                .ToHashSet(StringComparer.Ordinal);
            var folders = _options.Sources.Where(Directory.Exists).Select(f => DatasetIngestor.DefaultSourceId(f).TrimEnd('/') + "/").ToList();
            foreach (var source in await store.ListSourcesAsync(cancellationToken).ConfigureAwait(false))
            {
                var id = source.Info.Id;
                if (present.Contains(id) || !folders.Any(f => id.StartsWith(f, StringComparison.Ordinal) || f == "./"))
                {
                    continue;
                }

                try
                {
                    if (await store.RetractSourceAsync(id, cancellationToken).ConfigureAwait(false))
                    {
                        retracted.Add(id);
                        Log.SourceRetracted(_logger, id);
                    }
                }
                catch (GraphStoreException e)
                {
                    failures.Add($"{id}: {e.Message}");
                    Log.RetractFailed(_logger, id, e);
                }
            }
        }

        return new CycleReport(report, retracted, failures);
    }
}
