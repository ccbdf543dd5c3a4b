using ActorGraph.Analytics.Neo4jGds;
using ActorGraph.Core.Storage;
using ActorGraph.Storage.Embedded;
using ActorGraph.Storage.Neo4j;
using Microsoft.Extensions.Logging;

namespace ActorGraph.Hosting;

/// <summary>
/// The <c>--store</c> value: <c>sqlite:PATH</c> (the embedded default) or <c>neo4j:http[s]://HOST:PORT[?database=NAME]</c>.
/// Neo4j credentials come from the environment only, never from the command line.
/// </summary>
public abstract record StoreLocation
{
    /// <summary>The environment variable that names the store when no option does.</summary>
    public const string EnvironmentVariable = "ACTORGRAPH_STORE";
    /// <summary>The store used when nothing names one.</summary>
    public const string Default = "sqlite:actorgraph.db";
    /// <summary>The environment variable holding the Neo4j user.</summary>
    public const string UserVariable = "ACTORGRAPH_NEO4J_USER";
    /// <summary>The environment variable holding the Neo4j password.</summary>
    public const string PasswordVariable = "ACTORGRAPH_NEO4J_PASSWORD";
    /// <summary>The environment variable naming a file that holds the Neo4j password (Docker secrets).</summary>
    public const string PasswordFileVariable = "ACTORGRAPH_NEO4J_PASSWORD_FILE";

    /// <summary>How the store is named in messages; never with credentials.</summary>
    public abstract string Display { get; }

    /// <summary>Whether an analysis engine of <paramref name="kind"/> can compute on this store (Graph Data Science needs Neo4j).</summary>
    public virtual bool Supports(InfluenceEngineKind kind) => kind == InfluenceEngineKind.Local;

    /// <summary>Reads a <c>--store</c> value; on failure <paramref name="error"/> says why, without echoing credentials.</summary>
    public static bool TryParse(string text, out StoreLocation? location, out string? error)
    {
        location = null;
        error = null;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var scheme = colon > 0 ? text[..colon].ToLowerInvariant() : string.Empty;
        var target = colon > 0 ? text[(colon + 1)..] : text;
        switch (scheme)
        {
            case "sqlite" when string.IsNullOrWhiteSpace(target):
                error = "--store sqlite: needs a file path, for example sqlite:actorgraph.db";
                return false;
            case "sqlite":
                location = new SqliteLocation(target);
                return true;
            case "neo4j":
                return Neo4jLocation.TryParseTarget(target, out location, out error);
            default:
                // The value may be a mistyped URI with a password in it: do not echo it.
                error = $"unknown store scheme '{(scheme.Length > 0 ? scheme : "(none)")}': expected sqlite:PATH (for example {Default}) or neo4j:http://HOST:7474[?database=NAME]";
                return false;
        }
    }

    /// <summary>Opens the store; <paramref name="initialize"/> also creates or checks its schema.</summary>
    public Task<IGraphStore> OpenAsync(ILoggerFactory loggerFactory, bool initialize, CancellationToken cancellationToken) =>
        OpenAsync(loggerFactory, null, initialize, cancellationToken);

    /// <summary>
    /// Opens the store, talking HTTP through <paramref name="httpClients"/> (the <see cref="Neo4jHttp.ClientName"/>
    /// client) when given; <paramref name="initialize"/> also creates or checks its schema.
    /// </summary>
    public async Task<IGraphStore> OpenAsync(ILoggerFactory loggerFactory, IHttpClientFactory? httpClients, bool initialize, CancellationToken cancellationToken) =>
        (await ConnectAsync(loggerFactory, httpClients, initialize, cancellationToken).ConfigureAwait(false)).Store;

    /// <summary>
    /// Opens the store together with the analysis engines that work on it; <paramref name="initialize"/> also
    /// creates or checks its schema. Disposing the connection closes the store.
    /// </summary>
    public Task<GraphConnection> ConnectAsync(ILoggerFactory loggerFactory, bool initialize, CancellationToken cancellationToken) =>
        ConnectAsync(loggerFactory, null, initialize, cancellationToken);

    /// <summary>
    /// Opens the store together with the analysis engines that work on it, talking HTTP through
    /// <paramref name="httpClients"/> when given; <paramref name="initialize"/> also creates or checks its schema.
    /// </summary>
    public abstract Task<GraphConnection> ConnectAsync(ILoggerFactory loggerFactory, IHttpClientFactory? httpClients, bool initialize, CancellationToken cancellationToken);

    /// <summary>The embedded store in one SQLite file.</summary>
    public sealed record SqliteLocation(string Path) : StoreLocation
    {
        /// <inheritdoc />
        public override string Display => $"sqlite:{Path}";

        /// <inheritdoc />
        public override async Task<GraphConnection> ConnectAsync(ILoggerFactory loggerFactory, IHttpClientFactory? httpClients, bool initialize, CancellationToken cancellationToken)
        {
            var store = EmbeddedGraphStore.Create(new EmbeddedStoreOptions { Path = Path }, TimeProvider.System, loggerFactory);

            // The embedded schema is cheap to check, and a store must exist before it can be read.
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
            return new GraphConnection(this, store, gds: null);
        }
    }

    /// <summary>A Neo4j server's HTTP endpoint and database.</summary>
    public sealed record Neo4jLocation(Uri Endpoint, string Database) : StoreLocation
    {
        /// <inheritdoc />
        public override string Display => $"neo4j:{Endpoint.Scheme}://{Endpoint.Host}:{Endpoint.Port} (database {Database})";

        /// <inheritdoc />
        public override bool Supports(InfluenceEngineKind kind) => kind is InfluenceEngineKind.Local or InfluenceEngineKind.Gds;

        /// <summary>Reads what follows <c>neo4j:</c>.</summary>
        public static bool TryParseTarget(string target, out StoreLocation? location, out string? error)
        {
            location = null;
            error = null;
            if (!Uri.TryCreate(target, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                error = "--store neo4j: needs the server's HTTP address, for example neo4j:http://localhost:7474 or neo4j:https://HOST:7473?database=NAME";
                return false;
            }

            if (uri.UserInfo.Length > 0)
            {
                error = $"--store neo4j: credentials do not belong on the command line; set {UserVariable} and {PasswordVariable} (or {PasswordFileVariable}) instead";
                return false;
            }

            var database = "neo4j";
            foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = pair.Split('=', 2);
                if (parts[0] != "database" || parts.Length != 2 || parts[1].Length == 0)
                {
                    error = $"--store neo4j: unknown option '{parts[0]}'; the only one is ?database=NAME";
                    return false;
                }

                database = Uri.UnescapeDataString(parts[1]);
            }

            location = new Neo4jLocation(new UriBuilder(uri.Scheme, uri.Host, uri.Port, uri.AbsolutePath).Uri, database);
            return true;
        }

        /// <inheritdoc />
        public override async Task<GraphConnection> ConnectAsync(ILoggerFactory loggerFactory, IHttpClientFactory? httpClients, bool initialize, CancellationToken cancellationToken)
        {
            var (user, password) = Neo4jCredentials.FromEnvironment();
            var options = new Neo4jStoreOptions { Endpoint = Endpoint, Database = Database, User = user, Password = password };
            var validation = new Neo4jStoreOptionsValidator().Validate(null, options);
            if (validation.Failed)
            {
                throw new GraphStoreException($"--store {Display}: {validation.FailureMessage}", "CONFIGURATION", isTransient: false);
            }

            var store = httpClients is null
                ? Neo4jGraphStore.Create(options, loggerFactory: loggerFactory)
                : Neo4jGraphStore.Create(options, httpClients.CreateClient(Neo4jHttp.ClientName), loggerFactory: loggerFactory);
            if (initialize)
            {
                try
                {
                    await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
                }
                catch
                {
                    await store.DisposeAsync().ConfigureAwait(false);
                    throw;
                }
            }

            return new GraphConnection(this, store, () => new GdsInfluenceEngine(store));
        }
    }
}
