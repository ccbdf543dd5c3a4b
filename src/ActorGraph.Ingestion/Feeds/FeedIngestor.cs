using System.Globalization;
using System.Net;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Extraction;
using ActorGraph.Ingestion.Datasets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorGraph.Ingestion.Feeds;

/// <summary>What a round over the feeds did.</summary>
/// <param name="Results">One result per feed that could not be read and per new item.</param>
/// <param name="Retracted">Sources retracted because their item left its feed (when so configured).</param>
/// <param name="RetractFailures">Retractions that failed, with the reason.</param>
/// <param name="NotModified">Feeds that answered 304 Not Modified.</param>
public sealed record FeedReport(IReadOnlyList<SourceResult> Results, IReadOnlyList<string> Retracted, IReadOnlyList<string> RetractFailures, int NotModified);

/// <summary>
/// Follows RSS and Atom feeds: each new item's page is fetched, its article text extracted and ingested as one source
/// whose id is the item's link. Feeds are asked with their last ETag and Last-Modified, so an unchanged feed costs a
/// 304; an item already in the store is not fetched again; every request has a timeout and a size limit, and
/// requests to one host are spaced out.
/// </summary>
public sealed class FeedIngestor
{
    // Only for callers without IHttpClientFactory (hosts pass the factory's FeedHttp.ClientName client).
    private static readonly Lazy<HttpClient> FallbackHttp = new(() =>
    {
        var client = new HttpClient(FeedHttp.CreateHandler());
        FeedHttp.Configure(client);
        return client;
    });

    private readonly IGraphStore _store;
    private readonly FeedOptions _options;
    private readonly Extractor _extractor;
    private readonly HttpClient _http;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly IngestLimits _limits;
    private readonly Dictionary<string, DateTimeOffset> _nextRequest = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Creates a feed ingestor writing to <paramref name="store"/>, reading pages under <paramref name="limits"/>
    /// (<see cref="IngestLimits.Default"/> when null), through <paramref name="http"/>: the <see cref="FeedHttp.ClientName"/>
    /// client of <c>IHttpClientFactory</c> in a host; when null, one process-wide client with the same settings.
    /// </summary>
    public FeedIngestor(IGraphStore store, FeedOptions options, Extractor? extractor = null, HttpClient? http = null, TimeProvider? time = null, ILogger<FeedIngestor>? logger = null, IngestLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _options = options;
        _extractor = extractor ?? new Extractor();
        _http = http ?? FallbackHttp.Value;
        _time = time ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _limits = limits ?? IngestLimits.Default;
    }

    /// <summary>Whether <paramref name="source"/> names a feed (an http or https URL) rather than a file or folder.</summary>
    public static bool IsFeed(string source) =>
        source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || source.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads every feed once, ingesting the items not yet in the store.</summary>
    public async Task<FeedReport> IngestAsync(IEnumerable<Uri> feeds, FeedState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feeds);
        ArgumentNullException.ThrowIfNull(state);
        var results = new List<SourceResult>();
        var retracted = new List<string>();
        var failures = new List<string>();
        var notModified = 0;
        var known = (await _store.ListSourcesAsync(cancellationToken).ConfigureAwait(false)).Select(s => s.Info.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var feed in feeds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = feed.AbsoluteUri;
            if (!state.Feeds.TryGetValue(key, out var memory))
            {
                state.Feeds[key] = memory = new FeedMemory();
            }

            var answer = await FetchAsync(feed, memory, cancellationToken).ConfigureAwait(false);
            if (answer.NotModified)
            {
                notModified++;
                Log.FeedNotModified(_logger, key);
                continue;
            }

            if (answer.Error is { } error)
            {
                results.Add(Rejected(key, null, "feed", error));
                continue;
            }

            FeedReadResult parsed;
            try
            {
                parsed = FeedReader.Read(answer.Body!, feed);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Log.ReaderFailed(_logger, key, e);
                parsed = new FeedReadResult(null, 1, $"could not be read: {e.GetType().Name}: {e.Message}");
            }

            if (parsed.Items is not { } items)
            {
                results.Add(Rejected(key, null, "feed", parsed.Error!, parsed.Line));
                continue;
            }

            var links = new List<string>();
            var allTaken = true;
            foreach (var item in items)
            {
                var link = item.Link;
                links.Add(link.AbsoluteUri);
                if (known.Contains(link.AbsoluteUri))
                {
                    continue;
                }

                var result = await IngestItemAsync(item, link, cancellationToken).ConfigureAwait(false);
                results.Add(result);
                if (result.Outcome is SourceOutcome.Added or SourceOutcome.Updated or SourceOutcome.Unchanged)
                {
                    known.Add(link.AbsoluteUri);
                }
                else
                {
                    allTaken = false;
                }
            }

            if (_options.RetractRemovedItems)
            {
                foreach (var gone in memory.Items.Except(links, StringComparer.Ordinal))
                {
                    try
                    {
                        if (await _store.RetractSourceAsync(gone, cancellationToken).ConfigureAwait(false))
                        {
                            retracted.Add(gone);
                            known.Remove(gone);
                            Log.ItemRetracted(_logger, gone, key);
                        }
                    }
                    catch (GraphStoreException e)
                    {
                        failures.Add($"{gone}: {e.Message}");
                    }
                }
            }

            // The validators advance only after every new item was taken: a crash before this point, or an item that
            // failed (a slow page), makes the next cycle read the whole feed again; items already stored are skipped.
            if (allTaken)
            {
                memory.ETag = answer.ETag;
                memory.LastModified = answer.LastModified;
            }

            memory.Items = links;
            await state.SaveAsync(cancellationToken).ConfigureAwait(false);
        }

        return new FeedReport(results, retracted, failures, notModified);
    }

    private async Task<SourceResult> IngestItemAsync(FeedItem item, Uri link, CancellationToken cancellationToken)
    {
        var id = link.AbsoluteUri;
        var page = await FetchAsync(link, null, cancellationToken).ConfigureAwait(false);
        if (page.Error is { } error)
        {
            return Rejected(id, id, "page", error);
        }

        var isHtml = page.MediaType is null || !page.MediaType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase);

        // The feed's own title and date stand in for what the page does not say.
        Article Complete(Article article) => article with
        {
            Title = article.Title ?? item.Title,
            Url = article.Url ?? link,
            Published = article.Published ?? item.Published,
        };
        DatasetReadResult read;
        try
        {
            read = await ArticleImport.WithinTimeAsync(
                id,
                () => Task.FromResult(ArticleImport.Extract(id, ArticleReader.Read(id, page.Body!, isHtml, _limits.Html), id, _extractor, _limits, Complete)),
                _limits, _time, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.ReaderFailed(_logger, id, e);
            read = DatasetReadResult.Failure([new DatasetError(id, 1, "page", $"could not be read: {e.GetType().Name}: {e.Message}")]);
        }

        if (read.Document is not { } document)
        {
            var problem = read.Errors[0];
            return Rejected(id, id, problem.Field, problem.Message, problem.Line);
        }

        // The item's page is where the source came from: the worker's retraction and `sources` read it.
        document = document.WithOrigin(SourceOrigin.FromFeedItem(link));
        try
        {
            var outcome = await _store.UpsertSourceAsync(document, cancellationToken).ConfigureAwait(false);
            Log.ItemIngested(_logger, id, document.Relations.Count);
            return new SourceResult(id, id, outcome switch
            {
                UpsertOutcome.Added => SourceOutcome.Added,
                UpsertOutcome.Updated => SourceOutcome.Updated,
                _ => SourceOutcome.Unchanged,
            }, [], document.Actors.Count, document.Roles.Count, document.Relations.Count);
        }
        catch (GraphStoreException e)
        {
            return new SourceResult(id, id, SourceOutcome.Failed, [new DatasetError(id, 1, "store", e.Message)]);
        }
    }

    private SourceResult Rejected(string path, string? sourceId, string field, string message, int line = 1)
    {
        Log.FeedProblem(_logger, path, field, message);
        return new SourceResult(path, sourceId, SourceOutcome.Rejected, [new DatasetError(path, line, field, message)]);
    }

    private sealed record Answer(bool NotModified, string? Error, byte[]? Body, string? MediaType, string? ETag, string? LastModified);

    private async Task<Answer> FetchAsync(Uri uri, FeedMemory? validators, CancellationToken cancellationToken)
    {
        await WaitForHostAsync(uri, cancellationToken).ConfigureAwait(false);
        using var timeout = new CancellationTokenSource(_options.RequestTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
            if (validators?.ETag is { } etag)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            }

            if (validators?.LastModified is { } modified)
            {
                request.Headers.TryAddWithoutValidation("If-Modified-Since", modified);
            }

            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new Answer(true, null, null, null, null, null);
            }

            if (!response.IsSuccessStatusCode)
            {
                return Failure($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            var max = _options.MaxResponseBytes;
            if (response.Content.Headers.ContentLength is > 0 and var length && length > max)
            {
                return Failure($"{length:N0} bytes is larger than the {max:N0} bytes allowed");
            }

            using var body = await response.Content.ReadAsStreamAsync(linked.Token).ConfigureAwait(false);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(chunk, linked.Token).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > max)
                {
                    return Failure($"cut off: the answer is larger than the {max:N0} bytes allowed");
                }

                buffer.Write(chunk, 0, read);
            }

            return new Answer(false, null, buffer.ToArray(), response.Content.Headers.ContentType?.MediaType,
                response.Headers.ETag?.ToString(),
                response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failure($"timed out after {_options.RequestTimeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e)
        {
            return Failure(e.Message);
        }

        static Answer Failure(string message) => new(false, message, null, null, null, null);
    }

    private async Task WaitForHostAsync(Uri uri, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        if (_nextRequest.TryGetValue(uri.Authority, out var next) && next > now)
        {
            await Task.Delay(next - now, _time, cancellationToken).ConfigureAwait(false);
            now = next;
        }

        _nextRequest[uri.Authority] = now + _options.HostDelay;
    }
}
