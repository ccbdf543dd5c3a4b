using ActorGraph.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ActorGraph.Worker;

/// <summary>
/// Builds the worker's host (Microsoft.Extensions.Hosting): configuration from <c>appsettings.json</c>, the
/// environment and the command line (later ones win), options validated at start, the store opened
/// from <see cref="WorkerOptions.Store"/>, <c>$ACTORGRAPH_STORE</c> or the embedded default.
/// </summary>
public static class WorkerHost
{
    /// <summary>Builds the host; <paramref name="configure"/> may replace services (tests replace the clock and the store).</summary>
    public static IHost Build(IReadOnlyDictionary<string, string?> overrides, Action<IServiceCollection>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = Environment.CurrentDirectory });
        builder.Configuration.AddInMemoryCollection(overrides);
        builder.Services.AddOptions<WorkerOptions>().Bind(builder.Configuration.GetSection(WorkerOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<WorkerOptions>, WorkerOptionsValidator>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<StoreOpener>(services =>
        {
            var options = services.GetRequiredService<IOptions<WorkerOptions>>().Value;
            var loggers = services.GetRequiredService<ILoggerFactory>();
            var text = options.Store ?? Environment.GetEnvironmentVariable(StoreLocation.EnvironmentVariable) ?? StoreLocation.Default;
            return cancellationToken => StoreLocation.TryParse(text, out var location, out var error)
                ? location!.OpenAsync(loggers, initialize: true, cancellationToken)
                : throw new InvalidOperationException(error);
        });
        builder.Services.AddSingleton<IngestWorker>();
        builder.Services.AddHostedService(services => services.GetRequiredService<IngestWorker>());
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
        configure?.Invoke(builder.Services);
        return builder.Build();
    }

    private sealed class WorkerOptionsValidator : IValidateOptions<WorkerOptions>
    {
        public ValidateOptionsResult Validate(string? name, WorkerOptions options)
        {
            var problems = options.Validate();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
