using ActorGraph.Hosting;
using ActorGraph.Ingestion.Feeds;
using ActorGraph.Worker;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the scheduled re-ingestion worker.</summary>
public static class WorkerServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IngestWorker"/> as a hosted service, with <see cref="WorkerOptions"/> from
    /// <see cref="WorkerOptions.Section"/> validated at start, and the readers of sources (feeds through
    /// <see cref="IHttpClientFactory"/>). Each cycle opens the store <see cref="WorkerOptions.Store"/> names
    /// (else <c>$ACTORGRAPH_STORE</c>, else the embedded default) and closes it after the cycle.
    /// </summary>
    public static IServiceCollection AddActorGraphWorker(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptionsWithValidateOnStart<WorkerOptions, WorkerOptionsValidator>().BindConfiguration(WorkerOptions.Section);
        services.AddHttpClient(Neo4jHttp.ClientName).ConfigurePrimaryHttpMessageHandler(Neo4jHttp.CreateHandler);
        services.AddHttpClient(FeedHttp.ClientName).ConfigurePrimaryHttpMessageHandler(FeedHttp.CreateHandler).ConfigureHttpClient(FeedHttp.Configure);
        services.AddHttpClient(AlertDispatcher.ClientName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<StoreOpener>(services =>
        {
            var options = services.GetRequiredService<IOptions<WorkerOptions>>().Value;
            var loggers = services.GetRequiredService<ILoggerFactory>();
            var http = services.GetRequiredService<IHttpClientFactory>();
            var text = options.Store ?? Environment.GetEnvironmentVariable(StoreLocation.EnvironmentVariable) ?? StoreLocation.Default;
            return cancellationToken => StoreLocation.TryParse(text, out var location, out var error)
                ? location!.OpenAsync(loggers, http, initialize: true, cancellationToken)
                : throw new InvalidOperationException(error);
        });
        services.TryAddSingleton<IngestWorker>();
        services.AddHostedService(services => services.GetRequiredService<IngestWorker>());
        return services;
    }
}
