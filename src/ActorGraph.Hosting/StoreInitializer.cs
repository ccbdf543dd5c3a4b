using ActorGraph.Core.Storage;
using Microsoft.Extensions.Hosting;

namespace ActorGraph.Hosting;

/// <summary>Creates or checks the registered store's schema when the host starts.</summary>
internal sealed class StoreInitializer(IGraphStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
