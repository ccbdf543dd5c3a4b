using System.Text.RegularExpressions;
using System.Xml.Linq;
using ActorGraph.Testing;
using Microsoft.Extensions.Configuration;
using YamlDotNet.RepresentationModel;

namespace ActorGraph.Cli.Tests;

/// <summary>What can be checked of the container setup without a Docker engine.</summary>
public sealed partial class DeploymentTests
{
    [Fact]
    public void Dockerfile_Restore_CoversEveryProjectTheCommandLineNeeds()
    {
        var dockerfile = File.ReadAllText(Repository.File("Dockerfile"));
        var copied = CopyLine().Matches(dockerfile).Select(m => m.Groups[1].Value).ToHashSet();

        var needed = ProjectClosure(Repository.File("src", "ActorGraph.Cli", "ActorGraph.Cli.csproj"))
            .Select(p => Path.GetRelativePath(Repository.Root, p).Replace('\\', '/'))
            .ToList();

        Assert.Contains("src/ActorGraph.Storage.Neo4j/ActorGraph.Storage.Neo4j.csproj", needed);
        Assert.All(needed, project => Assert.Contains(project, copied));
        Assert.Matches(@"(?m)^USER \$APP_UID$", dockerfile);
        Assert.Equal(2, Regex.Count(dockerfile, @"(?m)^FROM "));
    }

    [Fact]
    public void Compose_Worker_WaitsForAHealthyNeo4jAndGetsCredentialsFromTheEnvironment()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Repository.File("docker-compose.yml")))
        {
            yaml.Load(reader);
        }

        var services = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["services"];
        var neo4j = (YamlMappingNode)services["neo4j"];
        var worker = (YamlMappingNode)services["worker"];

        Assert.Equal("neo4j:5.26-community", neo4j["image"].ToString());
        Assert.Contains("graph-data-science", neo4j["environment"]["NEO4J_PLUGINS"].ToString(), StringComparison.Ordinal);
        Assert.True(((YamlMappingNode)neo4j).Children.ContainsKey("healthcheck"));
        Assert.All(((YamlSequenceNode)neo4j["volumes"]).Select(v => v.ToString()), v => Assert.Matches("^neo4j-[a-z]+:/", v));
        Assert.Equal("service_healthy", worker["depends_on"]["neo4j"]["condition"].ToString());
        Assert.Equal("neo4j:http://neo4j:7474", worker["environment"]["ACTORGRAPH_STORE"].ToString());
        Assert.StartsWith("${NEO4J_PASSWORD", worker["environment"]["ACTORGRAPH_NEO4J_PASSWORD"].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_WorkerSettings_AreValidWorkerOptions()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Repository.File("docker-compose.yml")))
        {
            yaml.Load(reader);
        }

        var environment = (YamlMappingNode)((YamlMappingNode)((YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["services"])["worker"])["environment"];
        var settings = environment.Children
            .Where(p => p.Key.ToString().StartsWith("ActorGraph__Worker__", StringComparison.Ordinal))
            .ToDictionary(p => p.Key.ToString().Replace("__", ":", StringComparison.Ordinal), p => (string?)p.Value.ToString());
        var options = new Microsoft.Extensions.Configuration.ConfigurationBuilder().AddInMemoryCollection(settings).Build()
            .GetSection(ActorGraph.Worker.WorkerOptions.Section).Get<ActorGraph.Worker.WorkerOptions>()!;

        Assert.Empty(options.Validate());
        Assert.Equal(["/app/samples"], options.Sources);
        Assert.Equal("0 * * * *", options.Schedule);
        Assert.Contains("ENTRYPOINT [\"dotnet\", \"/app/actorgraph.dll\", \"worker\"]", File.ReadAllText(Repository.File("Dockerfile")), StringComparison.Ordinal);
    }

    private static IEnumerable<string> ProjectClosure(string project)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([Path.GetFullPath(project)]);
        while (pending.TryPop(out var current))
        {
            if (!seen.Add(current))
            {
                continue;
            }

            foreach (var reference in XDocument.Load(current).Descendants("ProjectReference"))
            {
                pending.Push(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(current)!, reference.Attribute("Include")!.Value)));
            }
        }

        return seen;
    }

    [GeneratedRegex(@"(?m)^COPY (src/\S+\.csproj) ")]
    private static partial Regex CopyLine();
}
