using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

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
        builder.Services.AddActorGraphWorker();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
        configure?.Invoke(builder.Services);
        return builder.Build();
    }
}
