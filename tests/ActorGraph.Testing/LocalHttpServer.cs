using System.Net;
using System.Net.Sockets;

namespace ActorGraph.Testing;

/// <summary>A real HTTP server on 127.0.0.1 for tests that go through the network stack; one handler answers all requests.</summary>
public sealed class LocalHttpServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<HttpListenerContext, Task> _handle;
    private readonly Task _loop;

    public LocalHttpServer(Func<HttpListenerContext, Task> handle)
    {
        _handle = handle;
        var port = FreePort();
        Address = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Address.ToString());
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>The server's address, ending with '/'.</summary>
    public Uri Address { get; }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(async () =>
            {
                try
                {
                    await _handle(context);
                }
                catch (Exception e) when (e is HttpListenerException or IOException)
                {
                    // The client went away; nothing to answer.
                }
                finally
                {
                    context.Response.Close();
                }
            });
        }
    }
}
