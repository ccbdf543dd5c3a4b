using System.IO.Enumeration;
using ActorGraph.Core.Storage;
using ActorGraph.Extraction;
using ActorGraph.Ingestion;
using ActorGraph.Ingestion.Feeds;
using Microsoft.Extensions.Logging;

namespace ActorGraph.Worker;

/// <summary>What one cycle did.</summary>
/// <param name="Ingest">What happened to every file found and every new feed item.</param>
/// <param name="Retracted">The sources retracted because their file vanished or their item left its feed.</param>
/// <param name="RetractFailures">Sources whose retraction failed, with the reason.</param>
public sealed record CycleReport(IngestReport Ingest, IReadOnlyList<string> Retracted, IReadOnlyList<string> RetractFailures)
{
    /// <summary>The cycle as a whole: failed when a retraction failed, else as its ingest went.</summary>
    public IngestStatus Status => RetractFailures.Count > 0 ? IngestStatus.Failed : Ingest.Status;

    /// <summary>The code the run ledger and the health file record: 1 when anything failed, 3 when some file was rejected, else 0.</summary>
    public int ExitCode => RunCodes.Of(Status);
}

/// <summary>
/// One ingestion cycle: find the dataset and article files, ingest each as one source (the store skips a source whose
/// content hash is unchanged), read the feeds for new items, and retract the sources whose files vanished from a
/// watched folder, judged by the file each source was last read from (<see cref="VanishedSources"/>; and, when so
/// configured, whose items left their feed). Every source is its own transaction, so a cycle interrupted at any moment
/// leaves each source either as before or as after, and the next cycle finishes the work.
/// </summary>
public sealed class IngestCycle
{
    private readonly WorkerOptions _options;
    private readonly ILogger _logger;
    private readonly ILoggerFactory _loggers;
    private readonly FeedState _feedState;
    private readonly HttpClient? _feedHttp;

    /// <summary>
    /// Creates a cycle for <paramref name="options"/>; <paramref name="feedState"/> carries what feeds said in earlier
    /// cycles, and <paramref name="feedHttp"/> is the client feeds are fetched with (see <see cref="FeedHttp"/>).
    /// </summary>
    public IngestCycle(WorkerOptions options, ILoggerFactory loggers, FeedState? feedState = null, HttpClient? feedHttp = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggers);
        _options = options;
        _loggers = loggers;
        _logger = loggers.CreateLogger<IngestCycle>();
        _feedState = feedState ?? FeedState.Load(options.Feeds.StateFile);
        _feedHttp = feedHttp;
    }

    /// <summary>The files the options name, without the excluded ones.</summary>
    public IReadOnlyList<string> FindFiles() =>
        [.. DatasetIngestor.FindFiles(_options.Sources.Where(s => !FeedIngestor.IsFeed(s)))
            .Where(f => !_options.Exclude.Any(p => FileSystemName.MatchesSimpleExpression(p, Path.GetFileName(f))))];

    /// <summary>Runs the cycle against <paramref name="store"/>.</summary>
    public async Task<CycleReport> RunAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var files = FindFiles();
        var extractor = new Extractor(Lexicon.Load(_options.Lexicons));
        var fileReport = await new DatasetIngestor(store, _loggers.CreateLogger<DatasetIngestor>(), extractor, _options.Limits) { SourceRoot = _options.SourceRoot }.IngestAsync(files, cancellationToken).ConfigureAwait(false);
        var feeds = _options.Sources.Where(FeedIngestor.IsFeed).Select(s => new Uri(s)).ToList();
        var feedReport = feeds.Count == 0
            ? new FeedReport([], [], [], 0)
            : await new FeedIngestor(store, _options.Feeds, extractor, _feedHttp, logger: _loggers.CreateLogger<FeedIngestor>(), limits: _options.Limits).IngestAsync(feeds, _feedState, cancellationToken).ConfigureAwait(false);
        var report = new IngestReport([.. fileReport.Results, .. feedReport.Results]);
        var retracted = new List<string>(feedReport.Retracted);
        var failures = new List<string>(feedReport.RetractFailures);
        if (_options.RetractVanished)
        {
            var sources = await store.ListSourcesAsync(cancellationToken).ConfigureAwait(false);
            foreach (var (id, reason) in VanishedSources.Find(sources, _options.Sources, files, fileReport.Results, _options.SourceRoot))
            {
                try
                {
                    if (await store.RetractSourceAsync(id, cancellationToken).ConfigureAwait(false))
                    {
                        retracted.Add(id);
                        Log.SourceRetracted(_logger, id, reason);
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
