using System.Globalization;
using System.Text.RegularExpressions;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Core.Text;
using ActorGraph.Storage.Neo4j.Cypher;
using ActorGraph.Storage.Neo4j.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;

namespace ActorGraph.Storage.Neo4j;

/// <summary>
/// The Neo4j store, over Neo4j's HTTP Query API. Like every store it keeps what each source asserts
/// (<c>(:Source)-[:MENTIONS]-&gt;(:Actor)</c>, <c>(:Source)-[:STATES]-&gt;(:Role)</c>,
/// <c>(:Source)-[:CLAIMS]-&gt;(:Claim)</c>); in addition it keeps the combined graph that Neo4j Browser users query:
/// actors labelled by kind and one <c>LEADS</c>, <c>FACILITATES</c>, <c>ADVISES</c> or <c>SANCTIONS</c> relationship
/// per actor pair and type, with the merged weight, confidence, strength, dates, sources and evidence. A source is
/// written in one explicit transaction, and the combined elements it touches are recomputed in that transaction.
/// </summary>
public sealed partial class Neo4jGraphStore : IGraphStore
{
    private static readonly IReadOnlyDictionary<string, object?> NoParameters = new Dictionary<string, object?>();

    private readonly Neo4jStoreOptions _options;
    private readonly QueryApiClient _client;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline _retry;

    private Neo4jGraphStore(Neo4jStoreOptions options, QueryApiClient client, TimeProvider time, ILogger logger)
    {
        _options = options;
        _client = client;
        _time = time;
        _logger = logger;
        var builder = new ResiliencePipelineBuilder { TimeProvider = time };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<GraphStoreException>(e => e.IsTransient),
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                MaxDelay = TimeSpan.FromSeconds(30),
                OnRetry = args =>
                {
                    var error = args.Outcome.Exception as GraphStoreException;
                    Log.Retrying(logger, error?.Message ?? "Neo4j request", error?.Code, args.AttemptNumber + 1, options.MaxRetries, args.RetryDelay.TotalMilliseconds);
                    return default;
                },
            });
        }

        _retry = builder.Build();
    }

    /// <summary>
    /// Creates a store for the server in <paramref name="options"/>. Call <see cref="InitializeAsync"/> once to apply
    /// the schema (constraints and indexes) before the first write.
    /// </summary>
    /// <param name="options">Where the server is and how to talk to it.</param>
    /// <param name="handler">The HTTP handler to send requests through; null uses a pooled socket handler.</param>
    /// <param name="timeProvider">The clock for timestamps and retry delays.</param>
    /// <param name="loggerFactory">Where to log; credentials and parameters are never logged.</param>
    public static Neo4jGraphStore Create(Neo4jStoreOptions options, HttpMessageHandler? handler = null, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
#pragma warning disable CA2000 // The client owns the HttpClient it is given and disposes it with the store.
        var http = handler is null
            ? new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }, disposeHandler: true)
            : new HttpClient(handler, disposeHandler: false);
#pragma warning restore CA2000
        return Create(options, http, timeProvider, loggerFactory);
    }

    /// <summary>
    /// Creates a store that talks to the server through <paramref name="httpClient"/> (from <c>IHttpClientFactory</c>,
    /// say); the store disposes it with itself. Requests are timed and retried by the store's own rules.
    /// </summary>
    /// <exception cref="ArgumentException">A setting cannot work; the message names it, never the credentials.</exception>
    public static Neo4jGraphStore Create(Neo4jStoreOptions options, HttpClient httpClient, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClient);
        var problems = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        if (!System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), problems, validateAllProperties: true))
        {
            httpClient.Dispose();
            throw new ArgumentException(string.Join(" ", problems.Select(p => p.ErrorMessage)), nameof(options));
        }

        var logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<Neo4jGraphStore>();
        httpClient.Timeout = Timeout.InfiniteTimeSpan;
        return new Neo4jGraphStore(options, new QueryApiClient(httpClient, ownsHttp: true, options, logger), timeProvider ?? TimeProvider.System, logger);
    }

    /// <summary>The server and database this store writes to, without credentials.</summary>
    public override string ToString() => _options.ToString();

    /// <summary>
    /// Checks that the server runs Neo4j 5.26 or later (the Query API with explicit transactions), then applies
    /// <c>cypher/schema.cypher</c>, one statement per request. Idempotent.
    /// </summary>
    public Task InitializeAsync(CancellationToken cancellationToken = default) =>
        Retry(async ct =>
        {
            var version = await _client.ServerVersionAsync(ct).ConfigureAwait(false);
            if (version is not null && !SupportsQueryApiTransactions(version))
            {
                throw new GraphStoreException(
                    $"Neo4j store {_options}: the server runs Neo4j {version}; ActorGraph needs 5.26 or later (the HTTP Query API with explicit transactions).",
                    "UNSUPPORTED_VERSION", isTransient: false);
            }

            foreach (var statement in CypherCatalog.Schema)
            {
                await _client.RunAsync(statement, NoParameters, readOnly: false, ct).ConfigureAwait(false);
            }

            Log.SchemaApplied(_logger, CypherCatalog.Schema.Count, _options);
            return true;
        }, cancellationToken);

    /// <inheritdoc />
    public Task<UpsertOutcome> UpsertSourceAsync(SourceDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        // One batch: the statements are those of a document, each list sent in batches of the configured size.
        var source = SourceStream.FromDocument(document, int.MaxValue);
        return Retry(ct => UpsertOnceAsync(source, ct), cancellationToken);
    }

    /// <inheritdoc />
    public Task<UpsertOutcome> UpsertSourceAsync(SourceStream source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Retry(ct => UpsertOnceAsync(source, ct), cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> RetractSourceAsync(string sourceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sourceId);
        return Retry(ct => RetractOnceAsync(sourceId, ct), cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SourceRecord>> ListSourcesAsync(CancellationToken cancellationToken = default) =>
        Retry(async ct => (IReadOnlyList<SourceRecord>)await ReadSourcesAsync(ct).ConfigureAwait(false), cancellationToken);

    /// <summary>
    /// Reads every source's assertions and combines them with the same rules as every other store. Each part is
    /// read by one statement; Neo4j reads at read-committed isolation, so a snapshot taken while a source is being
    /// written may see some parts before that source's commit and others after it.
    /// </summary>
    public Task<GraphSnapshot> ReadSnapshotAsync(SnapshotFilter? filter = null, CancellationToken cancellationToken = default) =>
        Retry(async ct =>
        {
            var assembler = new SnapshotAssembler();
            foreach (var source in await ReadSourcesAsync(ct).ConfigureAwait(false))
            {
                assembler.AddSource(source);
            }

            var actors = await ReadAsync(CypherCatalog.Store("snapshot-actors"), NoParameters, ct).ConfigureAwait(false);
            foreach (var row in actors.Rows)
            {
                assembler.AddActor(actors.String(row, "sourceId"), ReadActor(actors, row, "actorId"));
            }

            var roles = await ReadAsync(CypherCatalog.Store("snapshot-roles"), NoParameters, ct).ConfigureAwait(false);
            foreach (var row in roles.Rows)
            {
                assembler.AddRole(roles.String(row, "sourceId"), ReadRole(roles, row));
            }

            var types = (filter?.Kinds ?? (IEnumerable<RelationKind>)Vocabulary.RelationKinds).Select(Vocabulary.Name).Order(StringComparer.Ordinal).ToList();
            var claims = await ReadAsync(CypherCatalog.Store("snapshot-claims"), new Dictionary<string, object?> { ["types"] = types }, ct).ConfigureAwait(false);
            foreach (var row in claims.Rows)
            {
                assembler.AddRelation(claims.String(row, "sourceId"), ReadClaim(claims, row));
            }

            return assembler.Build(filter);
        }, cancellationToken);

    /// <inheritdoc />
    public Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
        Retry(async ct =>
        {
            var result = await ReadAsync(CypherCatalog.Store("statistics"), NoParameters, ct).ConfigureAwait(false);
            var row = result.Rows.Count == 1 ? result.Rows[0] : throw new Neo4jProtocolException("statistics returned no row.");
            return new StoreStatistics(
                checked((int)result.Long(row, "actors")), checked((int)result.Long(row, "roles")),
                checked((int)result.Long(row, "relations")), checked((int)result.Long(row, "sources")));
        }, cancellationToken);

    /// <inheritdoc />
    public Task RecordRunAsync(RunRecord run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        return QueryAsync(CypherCatalog.Store("run-record"), new Dictionary<string, object?>
        {
            ["started"] = run.Started,
            ["ended"] = run.Ended,
            ["exitCode"] = run.ExitCode,
            ["added"] = run.Added,
            ["updated"] = run.Updated,
            ["unchanged"] = run.Unchanged,
            ["rejected"] = run.Rejected,
            ["failed"] = run.Failed,
            ["retracted"] = run.Retracted,
            ["errors"] = run.Errors,
            ["changes"] = RelationChange.Serialize(run.Changes),
            ["relationState"] = run.RelationState,
        }, readOnly: false, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<RunRecord>> ListRunsAsync(int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return Retry(async ct =>
        {
            var result = await ReadAsync(CypherCatalog.Store("runs-list"), new Dictionary<string, object?> { ["limit"] = limit }, ct).ConfigureAwait(false);
            int Int(System.Text.Json.JsonElement[] row, string column) => checked((int)result.Long(row, column));
            DateTimeOffset Moment(System.Text.Json.JsonElement[] row, string column) =>
                DateTimeOffset.Parse(result.String(row, column), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
            return (IReadOnlyList<RunRecord>)[.. result.Rows.Select(row => new RunRecord(
                Moment(row, "started"), Moment(row, "ended"), Int(row, "exitCode"), Int(row, "added"), Int(row, "updated"),
                Int(row, "unchanged"), Int(row, "rejected"), Int(row, "failed"), Int(row, "retracted"), result.Strings(row, "errors"))
            {
                // Runs recorded before numbering have no number, changes or state.
                Number = result.NullableLong(row, "number") ?? 0,
                Changes = RelationChange.Parse(result.NullableString(row, "changes")),
                RelationState = result.NullableString(row, "relationState"),
            })];
        }, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Runs one statement in its own transaction, retried when the failure is transient; used by the Graph Data
    /// Science engine and tests. Values go in <paramref name="parameters"/>, never into the statement's text.
    /// </summary>
    /// <param name="statement">The statement, from a catalog of shipped Cypher files.</param>
    /// <param name="parameters">The statement's parameters.</param>
    /// <param name="readOnly">Whether the statement only reads (sent as a read transaction).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<QueryResult> QueryAsync(Statement statement, IReadOnlyDictionary<string, object?> parameters, bool readOnly, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(parameters);
        return Retry(ct => _client.RunAsync(statement, parameters, readOnly, ct), cancellationToken);
    }

    /// <summary>Whether a version string such as <c>5.26.12</c> or <c>2025.10.1</c> is 5.26 or later.</summary>
    internal static bool SupportsQueryApiTransactions(string version)
    {
        var match = VersionPattern().Match(version);
        if (!match.Success)
        {
            return true;
        }

        var major = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var minor = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        return major > 5 || (major == 5 && minor >= 26);
    }

    internal static string RelationKey(ActorId from, RelationKind kind, ActorId to) => $"{from.Value}|{Vocabulary.Name(kind)}|{to.Value}";

    internal static string RoleId(ActorId person, string title, ActorId? of, DateOnly? since) =>
        $"{person.Value}|{NameKey.Fold(title)}|{of?.Value}|{IsoDate.Format(since)}";

    private async Task<bool> RetractOnceAsync(string sourceId, CancellationToken cancellationToken)
    {
        var (transaction, hash) = await _client.BeginAsync(CypherCatalog.Store("source-hash"), SourceParameter(sourceId), cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            if (hash.Rows.Count == 0 || hash.NullableString(hash.Rows[0], "contentHash") is null)
            {
                await transaction.RollbackAsync().ConfigureAwait(false);
                return false;
            }

            var touched = await ClearSourceAsync(transaction, sourceId, cancellationToken).ConfigureAwait(false);
            await transaction.RunAsync(CypherCatalog.Store("source-delete"), SourceParameter(sourceId), cancellationToken).ConfigureAwait(false);
            await RefreshAsync(transaction, touched, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            Log.SourceRetracted(_logger, sourceId);
            return true;
        }
    }

    /// <summary>Removes what the source asserted and returns what its assertions touched.</summary>
    private static async Task<Touched> ClearSourceAsync(QueryApiTransaction transaction, string sourceId, CancellationToken cancellationToken)
    {
        var touched = new Touched();
        var parameters = SourceParameter(sourceId);
        var claims = await transaction.RunAsync(CypherCatalog.Store("source-clear-claims"), parameters, cancellationToken).ConfigureAwait(false);
        touched.Relations.UnionWith(claims.Rows.Select(r => claims.String(r, "relationKey")));
        var mentions = await transaction.RunAsync(CypherCatalog.Store("source-clear-mentions"), parameters, cancellationToken).ConfigureAwait(false);
        touched.Actors.UnionWith(mentions.Rows.Select(r => mentions.String(r, "actorId")));
        var roles = await transaction.RunAsync(CypherCatalog.Store("source-clear-roles"), parameters, cancellationToken).ConfigureAwait(false);
        touched.Roles.UnionWith(roles.Rows.Select(r => roles.String(r, "roleId")));
        return touched;
    }

    /// <summary>
    /// Recomputes the combined actors, roles and relations the write touched from every source's assertions, with
    /// <see cref="SnapshotAssembler"/>: the same merge rules as snapshots and as the embedded store.
    /// </summary>
    private async Task RefreshAsync(QueryApiTransaction transaction, Touched touched, CancellationToken cancellationToken)
    {
        var assembler = new SnapshotAssembler();
        foreach (var batch in touched.Actors.Order(StringComparer.Ordinal).Chunk(_options.BatchSize))
        {
            var result = await transaction.RunAsync(CypherCatalog.Store("actors-read"), new Dictionary<string, object?> { ["ids"] = batch }, cancellationToken).ConfigureAwait(false);
            foreach (var row in result.Rows)
            {
                assembler.AddActor(result.String(row, "sourceId"), ReadActor(result, row, "actorId"));
            }
        }

        foreach (var batch in touched.Roles.Order(StringComparer.Ordinal).Chunk(_options.BatchSize))
        {
            var result = await transaction.RunAsync(CypherCatalog.Store("roles-read"), new Dictionary<string, object?> { ["ids"] = batch }, cancellationToken).ConfigureAwait(false);
            foreach (var row in result.Rows)
            {
                assembler.AddRole(result.String(row, "sourceId"), ReadRole(result, row));
            }
        }

        var sourcesSeen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var batch in touched.Relations.Order(StringComparer.Ordinal).Chunk(_options.BatchSize))
        {
            var result = await transaction.RunAsync(CypherCatalog.Store("claims-read"), new Dictionary<string, object?> { ["keys"] = batch }, cancellationToken).ConfigureAwait(false);
            foreach (var row in result.Rows)
            {
                var sourceId = result.String(row, "sourceId");
                assembler.AddRelation(sourceId, ReadClaim(result, row));
                if (sourcesSeen.Add(sourceId))
                {
                    // Publishers and story signatures decide how the claims combine.
                    assembler.AddSource(new SourceRecord(
                        new SourceInfo(sourceId, null, result.NullableString(row, "sourceUrl") is { } url ? new Uri(url, UriKind.Absolute) : null,
                            result.Date(row, "sourcePublished"), result.NullableString(row, "publisher"), result.NullableString(row, "fingerprint")),
                        string.Empty, DateTimeOffset.UnixEpoch));
                }
            }
        }

        var combined = assembler.Build();

        await RunBatchesAsync(transaction, CypherCatalog.Store("actors-refresh"), null, combined.Actors.Select(a => Row(
            ("id", a.Id.Value), ("name", a.Name), ("kind", Vocabulary.Name(a.Kind)), ("aliases", a.Aliases), ("sources", a.Sources))), cancellationToken).ConfigureAwait(false);

        await RunBatchesAsync(transaction, CypherCatalog.Store("roles-refresh"), null, combined.Roles.Select(r => Row(
            ("id", RoleId(r.Person, r.Title, r.Of, r.Since)), ("title", r.Title), ("until", r.Until), ("sources", r.Sources))), cancellationToken).ConfigureAwait(false);

        var kept = combined.Relations.ToDictionary(r => RelationKey(r.Source, r.Kind, r.Target), StringComparer.Ordinal);
        foreach (var kind in Vocabulary.RelationKinds)
        {
            var type = Vocabulary.Name(kind);
            var gone = touched.Relations.Where(k => !kept.ContainsKey(k)).Select(ParseRelationKey).Where(k => k.Type == type).OrderBy(k => k.From, StringComparer.Ordinal);
            await RunBatchesAsync(transaction, CypherCatalog.Store("relation-delete", kind), null,
                gone.Select(k => Row(("from", k.From), ("to", k.To))), cancellationToken).ConfigureAwait(false);

            await RunBatchesAsync(transaction, CypherCatalog.Store("relation-merge", kind), null, combined.Relations.Where(r => r.Kind == kind).Select(r => Row(
                ("from", r.Source.Value), ("to", r.Target.Value), ("weight", r.Weight), ("confidence", r.Confidence),
                ("strength", r.Strength), ("cost", -Math.Log(r.Strength)), ("since", r.Since), ("until", r.Until),
                ("sources", r.Provenance.Select(p => p.SourceId).Distinct(StringComparer.Ordinal).ToArray()),
                ("evidence", r.Provenance.Select(p => p.Evidence).OfType<string>().Distinct(StringComparer.Ordinal).ToArray()),
                ("corroborationSources", r.Corroboration.Sources), ("corroborationPublishers", r.Corroboration.Publishers),
                ("corroborationStories", r.Corroboration.Stories))), cancellationToken).ConfigureAwait(false);
        }

        var stated = combined.Roles.Select(r => RoleId(r.Person, r.Title, r.Of, r.Since)).ToHashSet(StringComparer.Ordinal);
        var orphanRoles = touched.Roles.Where(id => !stated.Contains(id)).Order(StringComparer.Ordinal);
        foreach (var batch in orphanRoles.Chunk(_options.BatchSize))
        {
            await transaction.RunAsync(CypherCatalog.Store("roles-delete-orphans"), new Dictionary<string, object?> { ["ids"] = batch }, cancellationToken).ConfigureAwait(false);
        }

        var present = combined.Actors.Select(a => a.Id.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var batch in touched.Actors.Where(id => !present.Contains(id)).Order(StringComparer.Ordinal).Chunk(_options.BatchSize))
        {
            await transaction.RunAsync(CypherCatalog.Store("actors-delete-orphans"), new Dictionary<string, object?> { ["ids"] = batch }, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task RunBatchesAsync(QueryApiTransaction transaction, Statement statement, string? sourceId, IEnumerable<IReadOnlyDictionary<string, object?>> rows, CancellationToken cancellationToken)
    {
        foreach (var batch in rows.Chunk(_options.BatchSize))
        {
            var parameters = new Dictionary<string, object?> { ["rows"] = batch };
            if (sourceId is not null)
            {
                parameters["sourceId"] = sourceId;
            }

            await transaction.RunAsync(statement, parameters, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task<QueryResult> ReadAsync(Statement statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        _client.RunAsync(statement, parameters, readOnly: true, cancellationToken);

    private async Task<List<SourceRecord>> ReadSourcesAsync(CancellationToken cancellationToken)
    {
        var result = await ReadAsync(CypherCatalog.Store("snapshot-sources"), NoParameters, cancellationToken).ConfigureAwait(false);
        return [.. result.Rows.Select(row => new SourceRecord(
            new SourceInfo(
                result.String(row, "id"),
                result.NullableString(row, "title"),
                result.NullableString(row, "url") is { } url ? new Uri(url, UriKind.Absolute) : null,
                result.Date(row, "published"),
                result.NullableString(row, "publisher"),
                result.NullableString(row, "fingerprint")),
            result.String(row, "contentHash"),
            DateTimeOffset.Parse(result.String(row, "ingestedAt"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            ReadOrigin(result, row)))];
    }

    private static SourceOrigin? ReadOrigin(QueryResult result, System.Text.Json.JsonElement[] row) =>
        SourceOrigin.Parse(result.NullableString(row, "originKind"), result.NullableString(row, "origin"));

    private static Dictionary<string, object?> OriginParameters(string sourceId, SourceOrigin? origin)
    {
        var parameters = SourceParameter(sourceId);
        parameters["originKind"] = origin is null ? null : SourceOrigin.Name(origin.Kind);
        parameters["origin"] = origin?.Location;
        return parameters;
    }

    private static Actor ReadActor(QueryResult result, System.Text.Json.JsonElement[] row, string idColumn) => new(
        ParseId(result.String(row, idColumn)),
        result.String(row, "name"),
        Vocabulary.TryParseKind(result.String(row, "kind"), out var kind) ? kind : throw Corrupt("actor kind", result.String(row, "kind")),
        result.Strings(row, "aliases"));

    private static Role ReadRole(QueryResult result, System.Text.Json.JsonElement[] row) => new(
        ParseId(result.String(row, "person")),
        result.String(row, "title"),
        result.NullableString(row, "of") is { } of ? ParseId(of) : null,
        result.Date(row, "since"),
        result.Date(row, "until"));

    private static Relation ReadClaim(QueryResult result, System.Text.Json.JsonElement[] row) => new(
        ParseId(result.String(row, "from")),
        Vocabulary.TryParseRelation(result.String(row, "type"), out var kind) ? kind : throw Corrupt("relation type", result.String(row, "type")),
        ParseId(result.String(row, "to")),
        result.Double(row, "weight"),
        result.Double(row, "confidence"),
        result.Date(row, "since"),
        result.Date(row, "until"),
        result.NullableString(row, "context"),
        result.NullableString(row, "evidence"));

    private static ActorId ParseId(string text) => ActorId.TryParse(text, out var id) ? id : throw Corrupt("actor id", text);

    private static GraphStoreException Corrupt(string what, string value) =>
        new($"The Neo4j database holds an {what} ActorGraph does not know: '{value}'.", "CORRUPT", isTransient: false);

    private static (string From, string Type, string To) ParseRelationKey(string key)
    {
        var parts = key.Split('|');
        return parts.Length == 3 ? (parts[0], parts[1], parts[2]) : throw Corrupt("relation key", key);
    }

    private static Dictionary<string, object?> SourceParameter(string sourceId) => new() { ["sourceId"] = sourceId };

    private static Dictionary<string, object?> Row(params (string Name, object? Value)[] fields)
    {
        var row = new Dictionary<string, object?>(fields.Length, StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            row[name] = value;
        }

        return row;
    }


    private Task<T> Retry<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken) =>
        _retry.ExecuteAsync(async ct => await operation(ct).ConfigureAwait(false), cancellationToken).AsTask();

    [GeneratedRegex(@"^(\d+)\.(\d+)")]
    private static partial Regex VersionPattern();

    /// <summary>What a write touched: the combined elements to recompute.</summary>
    private sealed class Touched
    {
        public HashSet<string> Actors { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Roles { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Relations { get; } = new(StringComparer.Ordinal);
    }
}
