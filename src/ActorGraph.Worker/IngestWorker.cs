using System.Text.Json;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Ingestion;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ActorGraph.Worker;

/// <summary>Opens the store the worker writes to; the worker disposes what it returns after each cycle.</summary>
public delegate Task<IGraphStore> StoreOpener(CancellationToken cancellationToken);

/// <summary>
/// The scheduled re-ingestion worker: runs an <see cref="IngestCycle"/> on start and at every occurrence of the
/// cron schedule, one cycle at a time (a cycle that runs past the next occurrence skips it rather than overlapping).
/// Time is read through <see cref="TimeProvider"/>. While the store is unreachable it waits with growing delays and
/// tries again, so a database that is down for a while is caught up with when it returns.
/// </summary>
public sealed class IngestWorker : BackgroundService
{
    private const int IncompleteCycleTries = 3;
    private readonly WorkerOptions _options;
    private readonly StoreOpener _openStore;
    private readonly TimeProvider _time;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILoggerFactory _loggers;
    private readonly ILogger _logger;
    private readonly Ingestion.Feeds.FeedState _feedState;
    private readonly AlertDispatcher? _alerts;
    private readonly HttpClient? _feedHttp;

    /// <summary>Creates the worker; feeds are fetched through <paramref name="httpClients"/>' feed client when given.</summary>
    public IngestWorker(IOptions<WorkerOptions> options, StoreOpener openStore, TimeProvider time, IHostApplicationLifetime lifetime, ILoggerFactory loggers, IHttpClientFactory? httpClients = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggers);
        _options = options.Value;
        _feedState = Ingestion.Feeds.FeedState.Load(_options.Feeds.StateFile);
        _openStore = openStore;
        _time = time;
        _lifetime = lifetime;
        _loggers = loggers;
        _logger = loggers.CreateLogger<IngestWorker>();
        _feedHttp = httpClients?.CreateClient(Ingestion.Feeds.FeedHttp.ClientName);
        _alerts = _options.Alerts.Enabled ? new AlertDispatcher(_options.Alerts, time, loggers.CreateLogger<AlertDispatcher>(), http: httpClients?.CreateClient(AlertDispatcher.ClientName)) : null;
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _alerts?.Dispose();
        base.Dispose();
    }

    /// <summary>With <see cref="WorkerOptions.Once"/>: how the cycle went. Otherwise how the last cycle went.</summary>
    public IngestStatus Status { get; private set; }

    /// <summary>The code the run ledger and the health file record for <see cref="Status"/> (0, 1 or 3).</summary>
    public int ExitCode { get; private set; }

    /// <summary>How many cycles have completed (with or without rejected files).</summary>
    public int CyclesCompleted { get; private set; }

    /// <summary>The report of the last completed cycle.</summary>
    public CycleReport? LastReport { get; private set; }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (_options.Once)
            {
                await RunCycleAsync(maxTries: 3, stoppingToken).ConfigureAwait(false);
                return;
            }

            var schedule = _options.ParseSchedule();
            var zone = _options.ParseTimeZone();
            if (_options.RunOnStart)
            {
                await RunCycleAsync(maxTries: int.MaxValue, stoppingToken).ConfigureAwait(false);
            }

            while (!stoppingToken.IsCancellationRequested)
            {
                var now = _time.GetUtcNow();
                if (schedule.GetNextOccurrence(now, zone) is not { } next)
                {
                    return;
                }

                Log.NextCycle(_logger, next);
                await Task.Delay(next - now, _time, stoppingToken).ConfigureAwait(false);
                await RunCycleAsync(maxTries: int.MaxValue, stoppingToken).ConfigureAwait(false);
                var missed = schedule.GetOccurrences(next, _time.GetUtcNow(), zone, fromInclusive: false, toInclusive: true).Count();
                if (missed > 0)
                {
                    Log.MissedOccurrences(_logger, missed);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the source being written has committed or rolled back.
        }
        finally
        {
            if (_options.Once)
            {
                _lifetime.StopApplication();
            }
        }
    }

    private async Task RunCycleAsync(int maxTries, CancellationToken cancellationToken)
    {
        var started = _time.GetUtcNow();
        var delay = TimeSpan.FromSeconds(1);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var store = await _openStore(cancellationToken).ConfigureAwait(false);
                await using (store.ConfigureAwait(false))
                {
                    var report = await new IngestCycle(_options, _loggers, _feedState, _feedHttp).RunAsync(store, cancellationToken).ConfigureAwait(false);
                    // A few more tries, not endless ones: a source the store refuses for good must not hold up the schedule.
                    var someFailed = report.Ingest.Results.Any(r => r.Outcome == SourceOutcome.Failed);
                    if (someFailed && attempt < Math.Min(maxTries, IncompleteCycleTries))
                    {
                        // Some sources could not be written: the store went away mid-cycle. What was written stays;
                        // the next try skips it by its content hash and writes the rest.
                        throw new GraphStoreException("some sources could not be written", "CYCLE_INCOMPLETE", isTransient: true);
                    }

                    Finish(started, report, null);
                    await RecordAsync(store, started, report, cancellationToken).ConfigureAwait(false);
                    return;
                }
            }
            catch (GraphStoreException e) when (e.IsTransient && attempt < maxTries && !cancellationToken.IsCancellationRequested)
            {
                Log.StoreUnavailable(_logger, e.Message, delay.TotalSeconds);
                await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _options.MaxRetryDelay.Ticks));
            }
            catch (Exception e) when (e is GraphStoreException or IOException or UnauthorizedAccessException)
            {
                Log.CycleFailed(_logger, e);
                Finish(started, null, e.Message);
                return;
            }
        }
    }

    /// <summary>
    /// Records the cycle in the store's run ledger (<c>actorgraph runs</c>) with the relations it added, changed or
    /// ended (compared with the relations the previous run left), then alerts on watched actors; a failure to record is
    /// logged, not fatal.
    /// </summary>
    private async Task RecordAsync(IGraphStore store, DateTimeOffset started, CycleReport report, CancellationToken cancellationToken)
    {
        var ingest = report.Ingest;
        var run = new RunRecord(
            started, _time.GetUtcNow(), report.ExitCode,
            ingest.Count(SourceOutcome.Added), ingest.Count(SourceOutcome.Updated), ingest.Count(SourceOutcome.Unchanged),
            ingest.Count(SourceOutcome.Rejected), ingest.Count(SourceOutcome.Failed), report.Retracted.Count,
            [.. ingest.Results.SelectMany(r => r.Errors).Select(e => e.ToString()), .. report.RetractFailures]);
        GraphSnapshot? snapshot = null;
        try
        {
            snapshot = await store.ReadSnapshotAsync(null, cancellationToken).ConfigureAwait(false);
            var latest = await store.ListRunsAsync(1, cancellationToken).ConfigureAwait(false);
            var previous = latest.Count > 0 ? latest[0] : null;
            // A ledger from before changes were recorded has no baseline: its first such run only sets one.
            var changes = previous is not null && previous.RelationState is null ? [] : RelationLedger.Diff(previous?.RelationState, snapshot);
            run = run with { Changes = changes, RelationState = RelationLedger.State(snapshot) };
        }
        catch (GraphStoreException e)
        {
            Log.ChangesFailed(_logger, e);
        }

        try
        {
            await store.RecordRunAsync(run, cancellationToken).ConfigureAwait(false);
            if (_alerts is not null && snapshot is not null
                && await store.ListRunsAsync(1, cancellationToken).ConfigureAwait(false) is [{ Number: > 0 } recorded])
            {
                await _alerts.DispatchAsync(store, snapshot, recorded.Number, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (GraphStoreException e)
        {
            Log.RunNotRecorded(_logger, e);
        }
    }

    private void Finish(DateTimeOffset started, CycleReport? report, string? error)
    {
        var ended = _time.GetUtcNow();
        Status = report?.Status ?? IngestStatus.Failed;
        ExitCode = RunCodes.Of(Status);
        if (report is not null)
        {
            LastReport = report;
            CyclesCompleted++;
            if (_logger.IsEnabled(LogLevel.Information))
            {
                var ingest = report.Ingest;
                var (added, updated, unchanged) = (ingest.Count(SourceOutcome.Added), ingest.Count(SourceOutcome.Updated), ingest.Count(SourceOutcome.Unchanged));
                var (rejected, failed, seconds) = (ingest.Count(SourceOutcome.Rejected), ingest.Count(SourceOutcome.Failed), (ended - started).TotalSeconds);
                Log.CycleDone(_logger, seconds, added, updated, unchanged, rejected, failed, report.Retracted.Count);
            }
        }

        if (_options.HealthFile is { Length: > 0 } path)
        {
            WriteHealth(path, started, ended, report, error);
        }
    }

    private void WriteHealth(string path, DateTimeOffset started, DateTimeOffset ended, CycleReport? report, string? error)
    {
        var previous = File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllText(path), WorkerJson.Default.WorkerHealth) : null;
        var health = new WorkerHealth(
            started,
            ended,
            ExitCode,
            Status == IngestStatus.Failed ? previous?.LastSuccess : ended,
            error ?? report?.Ingest.Results.Where(r => r.Errors.Count > 0).Select(r => r.Errors[0].ToString()).FirstOrDefault() ?? (report is { RetractFailures.Count: > 0 } ? report.RetractFailures[0] : null));
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(health, WorkerJson.Default.WorkerHealth));
        File.Move(temporary, path, overwrite: true);
    }
}
