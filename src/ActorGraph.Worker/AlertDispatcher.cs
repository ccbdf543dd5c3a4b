using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using ActorGraph.Core;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Core.Text;
using Microsoft.Extensions.Logging;

namespace ActorGraph.Worker;

/// <summary>
/// Turns the changes the run ledger recorded into alerts on watched actors. After each cycle it takes every run since
/// the last one alerted on (so runs recorded while the alerts could not be written are caught up), appends their
/// alerts to the alerts file (counting what the file already holds of each run, so a line is written once even when
/// the worker died between writing and remembering), queues them in the outbox, and POSTs the queue oldest first.
/// A POST that fails all its tries stays queued for the next cycle; nothing here ever fails the cycle.
/// </summary>
internal sealed class AlertDispatcher : IDisposable
{
    /// <summary>The name of the alert client in <c>IHttpClientFactory</c>.</summary>
    public const string ClientName = "ActorGraph.Alerts";

    private readonly AlertOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly HttpClient _http;

    /// <summary>Alerts through <paramref name="http"/> (the factory's <see cref="ClientName"/> client), else a client of its own over <paramref name="handler"/>.</summary>
    public AlertDispatcher(AlertOptions options, TimeProvider time, ILogger logger, HttpMessageHandler? handler = null, HttpClient? http = null)
    {
        _options = options;
        _time = time;
        _logger = logger;
        _http = http ?? (handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false));
        _http.Timeout = Timeout.InfiniteTimeSpan;
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("ActorGraph", "1.0"));
    }

    public void Dispose() => _http.Dispose();

    /// <summary>Writes and sends the alerts of every run up to <paramref name="run"/> not yet alerted on.</summary>
    public async Task DispatchAsync(IGraphStore store, GraphSnapshot snapshot, long run, CancellationToken cancellationToken)
    {
        try
        {
            var outbox = AlertOutbox.Load(_options.OutboxPath);
            // Before the first alert, and for a store whose ledger starts again below the outbox's run, alerts start now.
            var last = outbox.LastRun is { } remembered && remembered < run ? remembered : run - 1;
            if (run > last)
            {
                var runs = (await store.ListRunsAsync((int)Math.Min(run - last, 10_000), cancellationToken).ConfigureAwait(false))
                    .Where(r => r.Number > last && r.Number <= run)
                    .OrderBy(r => r.Number)
                    .ToList();
                var watched = Watched(snapshot);
                var lines = runs
                    .SelectMany(r => r.Changes.Where(c => watched.Matches(c)).Select(c => (r.Number, Line: AlertLine.Format(r.Number, c))))
                    .ToList();
                if (_options.File is { } file)
                {
                    Append(file, lines);
                }

                if (_options.Url is not null)
                {
                    outbox.Pending.AddRange(lines.Select(l => new PendingAlert(l.Line)));
                }

                outbox.LastRun = run;
                outbox.Save(_options.OutboxPath);
                Log.AlertsWritten(_logger, lines.Count, run);
            }

            if (_options.Url is { } url && outbox.Pending.Count > 0)
            {
                await DeliverAsync(outbox, url, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or GraphStoreException)
        {
            Log.AlertsFailed(_logger, e);
        }
    }

    private WatchSet Watched(GraphSnapshot snapshot)
    {
        var ids = new HashSet<ActorId>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in _options.WatchedNames())
        {
            names.Add(NameKey.Fold(name));
            try
            {
                var actor = snapshot.Resolve(name);
                ids.Add(actor.Id);
                names.Add(NameKey.Fold(actor.Name));
            }
            catch (ActorNotFoundException)
            {
                // Not in the graph (yet, or any more): matched by name, so its relations' endings still alert.
                if (ActorId.TryParse(name, out var id))
                {
                    ids.Add(id);
                }

                ids.Add(ActorId.FromName(name));
            }
        }

        return new WatchSet(ids, names);
    }

    /// <summary>Appends the lines the file does not hold yet: of each run, those after the ones already written.</summary>
    private static void Append(string file, List<(long Run, string Line)> lines)
    {
        var written = new Dictionary<long, int>();
        if (File.Exists(file))
        {
            TrimTornLine(file);
            foreach (var existing in File.ReadLines(file))
            {
                if (AlertLine.RunOf(existing) is { } r)
                {
                    written[r] = written.GetValueOrDefault(r) + 1;
                }
            }
        }

        var fresh = new StringBuilder();
        foreach (var group in lines.GroupBy(l => l.Run))
        {
            foreach (var (_, line) in group.Skip(written.GetValueOrDefault(group.Key)))
            {
                fresh.Append(line).Append('\n');
            }
        }

        if (fresh.Length == 0)
        {
            return;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(file));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        using var stream = new FileStream(file, FileMode.Append, FileAccess.Write, FileShare.Read);
        var bytes = Encoding.UTF8.GetBytes(fresh.ToString());
        stream.Write(bytes);
        stream.Flush(flushToDisk: true);
    }

    /// <summary>A worker killed mid-write may leave half a line: it is cut off, and written whole again.</summary>
    private static void TrimTornLine(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
        if (stream.Length == 0)
        {
            return;
        }

        stream.Seek(-1, SeekOrigin.End);
        if (stream.ReadByte() == '\n')
        {
            return;
        }

        var position = stream.Length - 1;
        while (position > 0)
        {
            stream.Seek(position - 1, SeekOrigin.Begin);
            if (stream.ReadByte() == '\n')
            {
                break;
            }

            position--;
        }

        stream.SetLength(position);
    }

    private async Task DeliverAsync(AlertOutbox outbox, Uri url, CancellationToken cancellationToken)
    {
        while (outbox.Pending.Count > 0)
        {
            var alert = outbox.Pending[0];
            var (delivered, error) = await PostAsync(url, alert.Line, cancellationToken).ConfigureAwait(false);
            if (!delivered)
            {
                // Kept, in order, for the next cycle; the rest wait behind it.
                outbox.Pending[0] = alert with { Attempts = alert.Attempts + _options.Tries, LastError = error };
                outbox.Save(_options.OutboxPath);
                Log.AlertNotDelivered(_logger, outbox.Pending.Count, error ?? "unknown");
                return;
            }

            outbox.Pending.RemoveAt(0);
            outbox.Save(_options.OutboxPath);
        }
    }

    private async Task<(bool Delivered, string? Error)> PostAsync(Uri url, string line, CancellationToken cancellationToken)
    {
        string? error = null;
        var delay = _options.RetryDelay;
        for (var attempt = 1; attempt <= _options.Tries; attempt++)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.Timeout);
            try
            {
                using var content = new StringContent(line, Encoding.UTF8, "application/json");
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
                // The same alert carries the same key on every try, so a receiver can drop a repeat.
                request.Headers.Add("Idempotency-Key", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(line)))[..32]);
                using var response = await _http.SendAsync(request, timeout.Token).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return (true, null);
                }

                error = $"{Display(url)} answered {(int)response.StatusCode} {response.ReasonPhrase}";
            }
            catch (HttpRequestException e)
            {
                error = $"{Display(url)}: {e.Message}";
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                error = $"{Display(url)} did not answer within {_options.Timeout.TotalSeconds:0.###} s";
            }

            if (attempt < _options.Tries && delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
                delay += delay;
            }
        }

        return (false, error);
    }

    /// <summary>The URL without credentials or query, for logs.</summary>
    private static string Display(Uri url) => $"{url.Scheme}://{url.Authority}{url.AbsolutePath}";

    private sealed class WatchSet(HashSet<ActorId> ids, HashSet<string> names)
    {
        public bool Matches(RelationChange change) =>
            ids.Contains(change.Source) || ids.Contains(change.Target)
            || names.Contains(NameKey.Fold(change.SourceName)) || names.Contains(NameKey.Fold(change.TargetName));
    }
}
