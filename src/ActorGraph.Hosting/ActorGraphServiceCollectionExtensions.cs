using ActorGraph.Analytics.Neo4jGds;
using ActorGraph.Core.Storage;
using ActorGraph.Extraction;
using ActorGraph.Hosting;
using ActorGraph.Ingestion;
using ActorGraph.Ingestion.Feeds;
using ActorGraph.Query;
using ActorGraph.Storage.Embedded;
using ActorGraph.Storage.Neo4j;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers ActorGraph with a service collection: one store (<see cref="IGraphStore"/>), the readers of datasets,
/// articles and feeds, and an analysis engine (<see cref="IInfluenceEngine"/>). Every options class binds its own
/// configuration section and is validated when the host starts; code passed to <c>configure</c> wins over
/// configuration. HTTP goes through <see cref="IHttpClientFactory"/> (named clients <see cref="Neo4jHttp.ClientName"/>
/// and <see cref="FeedHttp.ClientName"/>). Needs an <c>IConfiguration</c> in the container, as every generic host has.
/// </summary>
public static class ActorGraphServiceCollectionExtensions
{
    /// <summary>
    /// Registers the store a connection string names: <c>sqlite:PATH</c> or
    /// <c>neo4j:http[s]://HOST:PORT[?database=NAME]</c>. Neo4j credentials never come from the string: they come from
    /// <c>ActorGraph:Neo4j:User</c> and <c>:Password</c>, or from <c>ACTORGRAPH_NEO4J_USER</c> and
    /// <c>ACTORGRAPH_NEO4J_PASSWORD</c> (or <c>_PASSWORD_FILE</c>), which win when set.
    /// </summary>
    /// <exception cref="ArgumentException">The string names no store; the message never repeats credentials.</exception>
    public static IServiceCollection AddActorGraphStore(this IServiceCollection services, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(connectionString);
        if (!StoreLocation.TryParse(connectionString, out var location, out var error))
        {
            throw new ArgumentException(error, nameof(connectionString));
        }

        return location switch
        {
            StoreLocation.SqliteLocation sqlite => services.AddActorGraphEmbeddedStore(o => o.Path = sqlite.Path),
            StoreLocation.Neo4jLocation neo4j => services.AddActorGraphNeo4jStore(o =>
            {
                o.Endpoint = neo4j.Endpoint;
                o.Database = neo4j.Database;
                if (Neo4jCredentials.FromEnvironment() is { User: not null } credentials)
                {
                    (o.User, o.Password) = credentials;
                }
            }),
            _ => throw new ArgumentException($"unknown store {location!.Display}", nameof(connectionString)),
        };
    }

    /// <summary>Registers the embedded store (one SQLite file), with <see cref="EmbeddedStoreOptions"/> from <see cref="EmbeddedStoreOptions.Section"/>.</summary>
    public static IServiceCollection AddActorGraphEmbeddedStore(this IServiceCollection services, Action<EmbeddedStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        AddValidatedOptions<EmbeddedStoreOptions, EmbeddedStoreOptionsValidator>(services, EmbeddedStoreOptions.Section, configure);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(services => EmbeddedGraphStore.Create(
            services.GetRequiredService<IOptions<EmbeddedStoreOptions>>().Value, services.GetRequiredService<TimeProvider>(), services.GetService<ILoggerFactory>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, StoreInitializer>());
        return services;
    }

    /// <summary>
    /// Registers the Neo4j store, with <see cref="Neo4jStoreOptions"/> from <see cref="Neo4jStoreOptions.Section"/>; it
    /// talks through the <see cref="Neo4jHttp.ClientName"/> client and retries transient failures by its own rules.
    /// The concrete <see cref="Neo4jGraphStore"/> is registered too, for the Graph Data Science engine.
    /// </summary>
    public static IServiceCollection AddActorGraphNeo4jStore(this IServiceCollection services, Action<Neo4jStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        AddValidatedOptions<Neo4jStoreOptions, Neo4jStoreOptionsValidator>(services, Neo4jStoreOptions.Section, configure);

        services.AddHttpClient(Neo4jHttp.ClientName).ConfigurePrimaryHttpMessageHandler(Neo4jHttp.CreateHandler);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(services => Neo4jGraphStore.Create(
            services.GetRequiredService<IOptions<Neo4jStoreOptions>>().Value,
            services.GetRequiredService<IHttpClientFactory>().CreateClient(Neo4jHttp.ClientName),
            services.GetRequiredService<TimeProvider>(),
            services.GetService<ILoggerFactory>()));
        services.TryAddSingleton<IGraphStore>(services => services.GetRequiredService<Neo4jGraphStore>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, StoreInitializer>());
        return services;
    }

    /// <summary>Registers the article <see cref="Extractor"/>, with <see cref="ExtractionOptions"/> from <see cref="ExtractionOptions.Section"/>.</summary>
    public static IServiceCollection AddActorGraphExtraction(this IServiceCollection services, Action<ExtractionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        AddValidatedOptions<ExtractionOptions, ExtractionOptionsValidator>(services, ExtractionOptions.Section, configure);

        services.TryAddSingleton(services => new Extractor(Lexicon.Load(services.GetRequiredService<IOptions<ExtractionOptions>>().Value.Lexicons)));
        return services;
    }

    /// <summary>
    /// Registers the readers of sources: <see cref="DatasetIngestor"/> for dataset files and articles and
    /// <see cref="FeedIngestor"/> for RSS and Atom feeds (through the <see cref="FeedHttp.ClientName"/> client), with
    /// <see cref="IngestionOptions"/> from <see cref="IngestionOptions.Section"/>; extraction too. Needs a store.
    /// </summary>
    public static IServiceCollection AddActorGraphIngestion(this IServiceCollection services, Action<IngestionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddActorGraphExtraction();
        AddValidatedOptions<IngestionOptions, IngestionOptionsValidator>(services, IngestionOptions.Section, configure);

        services.AddHttpClient(FeedHttp.ClientName).ConfigurePrimaryHttpMessageHandler(FeedHttp.CreateHandler).ConfigureHttpClient(FeedHttp.Configure);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddTransient(services => new DatasetIngestor(
            services.GetRequiredService<IGraphStore>(),
            services.GetService<ILogger<DatasetIngestor>>(),
            services.GetRequiredService<Extractor>(),
            services.GetRequiredService<IOptions<IngestionOptions>>().Value.Limits,
            services.GetRequiredService<TimeProvider>()));
        services.TryAddTransient(services =>
        {
            var options = services.GetRequiredService<IOptions<IngestionOptions>>().Value;
            return new FeedIngestor(
                services.GetRequiredService<IGraphStore>(),
                options.Feeds,
                services.GetRequiredService<Extractor>(),
                services.GetRequiredService<IHttpClientFactory>().CreateClient(FeedHttp.ClientName),
                services.GetRequiredService<TimeProvider>(),
                services.GetService<ILogger<FeedIngestor>>(),
                options.Limits);
        });
        return services;
    }

    /// <summary>
    /// Registers the analysis engine (<see cref="IInfluenceEngine"/>): <see cref="InfluenceEngineKind.Local"/> computes
    /// in this process over any registered store; <see cref="InfluenceEngineKind.Gds"/> computes inside Neo4j with Graph
    /// Data Science and needs <see cref="AddActorGraphNeo4jStore"/>.
    /// </summary>
    public static IServiceCollection AddActorGraphAnalytics(this IServiceCollection services, InfluenceEngineKind engine = InfluenceEngineKind.Local)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (engine == InfluenceEngineKind.Gds)
        {
            services.TryAddSingleton<IInfluenceEngine>(services => new GdsInfluenceEngine(
                services.GetService<Neo4jGraphStore>() ?? throw new InvalidOperationException("The Graph Data Science engine computes inside Neo4j: register the store with AddActorGraphNeo4jStore or a neo4j: connection string.")));
        }
        else
        {
            services.TryAddSingleton<IInfluenceEngine>(services => new LocalInfluenceEngine(services.GetRequiredService<IGraphStore>()));
        }

        return services;
    }

    /// <summary>Binds <typeparamref name="TOptions"/> from <paramref name="section"/>, validated at start, then applies <paramref name="configure"/>.</summary>
    private static void AddValidatedOptions<TOptions, TValidator>(IServiceCollection services, string section, Action<TOptions>? configure)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddOptionsWithValidateOnStart<TOptions, TValidator>().BindConfiguration(section);
        if (configure is not null)
        {
            services.Configure(configure);
        }
    }
}
