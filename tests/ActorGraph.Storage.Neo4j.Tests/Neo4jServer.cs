using System.Net;
using System.Text;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Configurations;
using DotNet.Testcontainers.Containers;

namespace ActorGraph.Storage.Neo4j.Tests;

/// <summary>
/// A real Neo4j for the contract tests: the server in <c>ACTORGRAPH_NEO4J_URI</c> when set (its user and password
/// from <c>ACTORGRAPH_NEO4J_USER</c> / <c>ACTORGRAPH_NEO4J_PASSWORD</c>), else the official
/// <c>neo4j:5.26-community</c> image started with Testcontainers. Where neither exists, <see cref="SkipReason"/> says so.
/// </summary>
public sealed class Neo4jServer : IAsyncLifetime
{
    public const string Image = "neo4j:5.26-community";
    private const string ContainerPassword = "actorgraph-test";
    private IContainer? _container;

    public Neo4jStoreOptions? Options { get; private set; }

    public string? SkipReason { get; private set; }

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("ACTORGRAPH_NEO4J_URI") is { Length: > 0 } uri)
        {
            Options = new Neo4jStoreOptions
            {
                Endpoint = new Uri(uri),
                User = Environment.GetEnvironmentVariable("ACTORGRAPH_NEO4J_USER") ?? "neo4j",
                Password = Environment.GetEnvironmentVariable("ACTORGRAPH_NEO4J_PASSWORD"),
            };
            return;
        }

        if (TestcontainersSettings.OS.DockerEndpointAuthConfig is null)
        {
            SkipReason = $"No Docker engine here and ACTORGRAPH_NEO4J_URI is not set: the Neo4j contract tests need {Image} or a Neo4j 5.26+ server.";
            return;
        }

        try
        {
            _container = new ContainerBuilder(Image)
                .WithPortBinding(7474, true)
                .WithEnvironment("NEO4J_AUTH", $"neo4j/{ContainerPassword}")
                .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(
                    request => request
                        .ForPort(7474)
                        .ForPath("/db/neo4j/query/v2")
                        .WithMethod(HttpMethod.Post)
                        .WithBasicAuthentication("neo4j", ContainerPassword)
                        .WithContent(() => new StringContent("{\"statement\":\"RETURN 1\"}", Encoding.UTF8, "application/json"))
                        .ForStatusCode(HttpStatusCode.Accepted),
                    wait => wait.WithTimeout(TimeSpan.FromMinutes(3))))
                .Build();
            await _container.StartAsync();
            Options = new Neo4jStoreOptions
            {
                Endpoint = new UriBuilder("http", _container.Hostname, _container.GetMappedPublicPort(7474)).Uri,
                User = "neo4j",
                Password = ContainerPassword,
            };
        }
        catch (DockerUnavailableException e)
        {
            SkipReason = $"Docker is not usable here ({e.Message}); the Neo4j contract tests need {Image}.";
        }
    }

    public async Task DisposeAsync()
    {
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }
}
