using ActorGraph.Hosting;
using System.Text.Json;
using ActorGraph.Testing;

namespace ActorGraph.Cli.Tests;

public sealed class CliAppTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("actorgraph-cli-").FullName;

    private string Store => $"sqlite:{Path.Combine(_folder, "cli.db")}";

    /// <summary>The sources in samples/: its datasets and its articles, one source each.</summary>
    private static int SampleSources => ActorGraph.Ingestion.DatasetIngestor.FindFiles([Repository.File("samples")]).Count;

    [Fact]
    public async Task Ingest_Samples_ThenQueryCommandsAnswerInTheDocumentedJsonShapes()
    {
        var (ingestCode, ingestOut, _) = await Cli.Run("ingest", Repository.File("samples"), "--store", Store);
        var (_, statsOut, _) = await Cli.Run("--store", Store, "stats", "--json");
        var (_, pathsOut, _) = await Cli.Run("paths", "Yuri Ushakov", "Russia", "--k", "3", "--json", "--store", Store);
        var (_, clustersOut, _) = await Cli.Run("clusters", "--seed", "1", "--json", "--store", Store);
        var (_, rankOut, _) = await Cli.Run("rank", "--top", "5", "--json", "--store", Store);

        Assert.Equal(0, ingestCode);
        Assert.Contains("0 rejected", ingestOut, StringComparison.Ordinal);
        using var stats = JsonDocument.Parse(statsOut);
        Assert.Equal(SampleSources, stats.RootElement.GetProperty("sources").GetInt32());
        Assert.True(stats.RootElement.GetProperty("actors").GetInt32() > 30);

        using var paths = JsonDocument.Parse(pathsOut);
        var first = paths.RootElement.GetProperty("paths")[0];
        Assert.Equal(["Yuri Ushakov", "Vladimir Putin", "Russia"], first.GetProperty("actors").EnumerateArray().Select(a => a.GetString()));
        var step = first.GetProperty("steps")[0];
        Assert.Equal(("Yuri Ushakov", "ADVISES", "Vladimir Putin"), (step.GetProperty("source").GetString(), step.GetProperty("type").GetString(), step.GetProperty("target").GetString()));
        var product = first.GetProperty("steps").EnumerateArray().Aggregate(1.0, (s, x) => s * x.GetProperty("strength").GetDouble());
        Assert.Equal(product, first.GetProperty("strength").GetDouble(), 12);

        using var clusters = JsonDocument.Parse(clustersOut);
        Assert.Equal("leiden", clusters.RootElement.GetProperty("algorithm").GetString());
        Assert.InRange(clusters.RootElement.GetProperty("modularity").GetDouble(), 0.3, 1);
        Assert.Equal(stats.RootElement.GetProperty("actors").GetInt32(), clusters.RootElement.GetProperty("clusters").EnumerateArray().Sum(c => c.GetProperty("members").GetArrayLength()));

        using var rank = JsonDocument.Parse(rankOut);
        Assert.Equal("influence", rank.RootElement.GetProperty("by").GetString());
        var scores = rank.RootElement.GetProperty("actors").EnumerateArray().Select(a => a.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(5, scores.Count);
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [Fact]
    public async Task QueryCommands_Json_AnswerInTheirDocumentedShapes()
    {
        await Cli.Run("--store", Store, "ingest", Repository.File("samples"));

        var (reachCode, reachOut, _) = await Cli.Run("--store", Store, "reach", "Donald Trump", "--min-strength", "0.5", "--json");
        var (_, neighborsOut, _) = await Cli.Run("--store", Store, "neighbors", "lavrov", "--depth", "2", "--json");
        var (_, changesOut, _) = await Cli.Run("--store", Store, "changes", "--from", "2025-02-17", "--to", "2025-02-18", "--json");
        var (_, betweennessOut, _) = await Cli.Run("--store", Store, "rank", "--by", "betweenness", "--top", "3", "--json");
        var (_, degreeOut, _) = await Cli.Run("--store", Store, "rank", "--by", "degree", "--top", "3", "--json");
        var (_, louvainOut, _) = await Cli.Run("--store", Store, "clusters", "--algorithm", "louvain", "--json");
        var (_, componentsOut, _) = await Cli.Run("--store", Store, "clusters", "--algorithm", "components", "--json");
        var (_, connectOut, _) = await Cli.Run("--store", Store, "paths", "Rosneft", "Donald Trump", "--ignore-direction", "--json");

        Assert.Equal(0, reachCode);
        using var reach = JsonDocument.Parse(reachOut);
        var reached = reach.RootElement.GetProperty("actors").EnumerateArray().ToList();
        Assert.Contains(reached, a => a.GetProperty("name").GetString() == "Rosneft" && Math.Abs(a.GetProperty("strength").GetDouble() - 0.72) < 1e-9);
        Assert.All(reached, a => Assert.InRange(a.GetProperty("strength").GetDouble(), 0.5, 1));

        using var neighbors = JsonDocument.Parse(neighborsOut);
        Assert.Equal("Sergey Lavrov", neighbors.RootElement.GetProperty("center").GetString());
        Assert.Contains(neighbors.RootElement.GetProperty("actors").EnumerateArray(), a => a.GetProperty("distance").GetInt32() == 2);

        using var changes = JsonDocument.Parse(changesOut);
        Assert.Contains(changes.RootElement.GetProperty("relationsBegun").EnumerateArray(), r => r.GetProperty("source").GetString() == "Marco Rubio");

        using var betweenness = JsonDocument.Parse(betweennessOut);
        Assert.Equal("betweenness", betweenness.RootElement.GetProperty("by").GetString());
        using var degree = JsonDocument.Parse(degreeOut);
        var top = degree.RootElement.GetProperty("actors")[0];
        Assert.Equal(top.GetProperty("score").GetDouble(), top.GetProperty("in").GetInt32() + top.GetProperty("out").GetInt32());

        using var louvain = JsonDocument.Parse(louvainOut);
        Assert.Equal("louvain", louvain.RootElement.GetProperty("algorithm").GetString());
        Assert.False(string.IsNullOrEmpty(louvain.RootElement.GetProperty("clusters")[0].GetProperty("label").GetString()));
        Assert.True(louvain.RootElement.GetProperty("brokers").GetArrayLength() > 0);
        using var components = JsonDocument.Parse(componentsOut);
        Assert.Equal("components", components.RootElement.GetProperty("algorithm").GetString());

        using var connect = JsonDocument.Parse(connectOut);
        Assert.True(connect.RootElement.GetProperty("paths")[0].GetProperty("steps")[0].GetProperty("againstDirection").GetBoolean());
    }

    [Fact]
    public async Task Worker_Once_IngestsAndRecordsTheRunThatRunsLists()
    {
        var (code, _, _) = await Cli.Run("--store", Store, "worker", "--once", "--source", Repository.File("samples"));
        var (again, _, _) = await Cli.Run("--store", Store, "worker", "--once", "--source", Repository.File("samples"));
        var (runsCode, runsOut, _) = await Cli.Run("--store", Store, "runs", "--json");
        var (badCode, _, badError) = await Cli.Run("--store", Store, "worker", "--schedule", "every hour", "--source", Repository.File("samples"));

        Assert.Equal((0, 0, 0), (code, again, runsCode));
        using var runs = JsonDocument.Parse(runsOut);
        var list = runs.RootElement.GetProperty("runs").EnumerateArray().ToList();
        Assert.Equal(2, list.Count);
        Assert.Equal(SampleSources, list[0].GetProperty("unchanged").GetInt32());
        Assert.Equal(SampleSources, list[1].GetProperty("added").GetInt32());
        Assert.Equal(2, badCode);
        Assert.Contains("ActorGraph:Worker:Schedule 'every hour'", badError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("clusters", "--algorithm", "kmeans")]
    [InlineData("rank", "--by", "charisma")]
    [InlineData("reach", "A", "--min-strength", "0")]
    [InlineData("changes", "--from", "2025-02-01", "--to", "2025-01-01")]
    [InlineData("changes", "--from", "2025-02-01")]
    [InlineData("neighbors", "A", "--depth", "-1")]
    [InlineData("export", "--format", "csv")]
    [InlineData("export", "--format", "pdf", "-o", "graph.pdf")]
    public async Task QueryLibraryCommands_BadOptions_ExitTwo(params string[] args)
    {
        var (code, _, error) = await Cli.Run(["--store", Store, .. args]);

        Assert.Equal(2, code);
        Assert.StartsWith("actorgraph: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_BadFile_ExitsThreeAndPrintsFileLineField()
    {
        var good = Path.Combine(_folder, "good.yaml");
        var bad = Path.Combine(_folder, "bad.yaml");
        await File.WriteAllTextAsync(good, "actors:\n  - { name: A, kind: person }\n");
        await File.WriteAllTextAsync(bad, "actors:\n  - { name: B, kind: person }\nrelations:\n  - { source: B, type: LEADS, target: Z }\n");

        var (code, _, error) = await Cli.Run("--store", Store, "ingest", good, bad);
        var (_, statsOut, _) = await Cli.Run("--store", Store, "stats", "--json");

        Assert.Equal(3, code);
        Assert.Contains($"{bad}:4: relations[0].target: unknown actor 'Z'", error, StringComparison.Ordinal);
        Assert.Equal(1, JsonDocument.Parse(statsOut).RootElement.GetProperty("sources").GetInt32());
    }

    [Theory]
    [InlineData("paths", "A")]
    [InlineData("rank", "--top", "0")]
    [InlineData("clusters", "--type", "BRIBES")]
    [InlineData("paths", "a", "b", "--as-of", "2025-13-01")]
    [InlineData("nonsense")]
    [InlineData("stats", "--store", "postgres:x")]
    [InlineData("stats", "--store", "neo4j:ftp://localhost")]
    [InlineData("stats", "--store", "neo4j:http://localhost:7474?db=actors")]
    [InlineData("stats", "--store", "neo4j:")]
    [InlineData("rank", "--engine", "gds")]
    [InlineData("rank", "--engine", "spark")]
    public async Task Run_UsageError_ExitsTwo(params string[] args)
    {
        var (code, _, error) = await Cli.Run(args);

        Assert.Equal(2, code);
        Assert.StartsWith("actorgraph: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Actor_UnknownName_ExitsOneWithSuggestion()
    {
        await Cli.Run("--store", Store, "ingest", Repository.File("samples"));

        var (code, _, error) = await Cli.Run("--store", Store, "actor", "Lavro");
        var (okCode, output, _) = await Cli.Run("--store", Store, "actor", "lawrow", "--json");

        Assert.Equal(1, code);
        Assert.Contains("Did you mean: Sergey Lavrov", error, StringComparison.Ordinal);
        Assert.Equal(0, okCode);
        using var actor = JsonDocument.Parse(output);
        Assert.Equal("Sergey Lavrov", actor.RootElement.GetProperty("name").GetString());
        Assert.Contains(actor.RootElement.GetProperty("outgoing").EnumerateArray(), r => r.GetProperty("type").GetString() == "LEADS");
    }

    [Fact]
    public async Task Store_FromEnvironment_IsUsedWhenNoOptionIsGiven()
    {
        Environment.SetEnvironmentVariable("ACTORGRAPH_STORE", Store);
        try
        {
            await Cli.Run("ingest", Repository.File("samples"));
            var (code, output, _) = await Cli.Run("stats", "--json");

            Assert.Equal(0, code);
            Assert.Equal(SampleSources, JsonDocument.Parse(output).RootElement.GetProperty("sources").GetInt32());
        }
        finally
        {
            Environment.SetEnvironmentVariable("ACTORGRAPH_STORE", null);
        }
    }

    [Fact]
    public async Task Store_Neo4jUriWithCredentials_IsRefusedWithoutEchoingThem()
    {
        var (code, _, error) = await Cli.Run("stats", "--store", "neo4j:http://neo4j:Hunter2-secret@localhost:7474");

        Assert.Equal(2, code);
        Assert.Contains("ACTORGRAPH_NEO4J_PASSWORD", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Hunter2-secret", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Store_Neo4jLocation_ReadsEndpointAndDatabase()
    {
        Assert.True(StoreLocation.TryParse("neo4j:https://graph.example.org:7473?database=actors", out var location, out _));

        var neo4j = Assert.IsType<StoreLocation.Neo4jLocation>(location);
        Assert.Equal(new Uri("https://graph.example.org:7473/"), neo4j.Endpoint);
        Assert.Equal("actors", neo4j.Database);
        Assert.True(StoreLocation.TryParse("neo4j:http://localhost:7474", out var plain, out _));
        Assert.Equal("neo4j", Assert.IsType<StoreLocation.Neo4jLocation>(plain).Database);
    }

    [Fact]
    public async Task SchemaApply_OnTheEmbeddedStore_ReportsTheStore()
    {
        var (code, output, _) = await Cli.Run("--store", Store, "schema", "apply", "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(Store, json.RootElement.GetProperty("store").GetString());
        Assert.True(json.RootElement.GetProperty("applied").GetBoolean());
        Assert.True(File.Exists(Store["sqlite:".Length..]));
    }

    [Fact]
    public async Task Stats_AgainstNeo4jOverHttp_SendsCredentialsFromTheEnvironmentOnly()
    {
        string? authorization = null;
        string? path = null;
        await using var server = new LocalHttpServer(async context =>
        {
            authorization = context.Request.Headers["Authorization"];
            path = context.Request.Url!.AbsolutePath;
            context.Response.StatusCode = 202;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync("""{"data":{"fields":["actors","roles","relations","sources"],"values":[[44,24,45,4]]}}"""u8.ToArray());
        });
        Environment.SetEnvironmentVariable("ACTORGRAPH_NEO4J_USER", "analyst");
        Environment.SetEnvironmentVariable("ACTORGRAPH_NEO4J_PASSWORD", "Hunter2-secret");
        try
        {
            var (code, output, error) = await Cli.Run("--store", $"neo4j:{server.Address}?database=actors", "stats", "--json");

            Assert.Equal(0, code);
            Assert.Equal("", error);
            Assert.Equal(45, JsonDocument.Parse(output).RootElement.GetProperty("relations").GetInt32());
            Assert.Equal("/db/actors/query/v2", path);
            Assert.Equal("Basic " + Convert.ToBase64String("analyst:Hunter2-secret"u8.ToArray()), authorization);
        }
        finally
        {
            Environment.SetEnvironmentVariable("ACTORGRAPH_NEO4J_USER", null);
            Environment.SetEnvironmentVariable("ACTORGRAPH_NEO4J_PASSWORD", null);
        }
    }

    [Fact]
    public async Task Stats_Neo4jRefusesTheCredentials_ExitsOneWithAHint()
    {
        await using var server = new LocalHttpServer(async context =>
        {
            context.Response.StatusCode = 401;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync("""{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"The client is unauthorized due to authentication failure."}]}"""u8.ToArray());
        });
        Environment.SetEnvironmentVariable("ACTORGRAPH_NEO4J_PASSWORD", "Hunter2-secret");
        try
        {
            var (code, _, error) = await Cli.Run("--store", $"neo4j:{server.Address}", "stats", "--verbose");

            Assert.Equal(1, code);
            Assert.Contains("401", error, StringComparison.Ordinal);
            Assert.Contains("ACTORGRAPH_NEO4J_USER", error, StringComparison.Ordinal);
            Assert.DoesNotContain("Hunter2-secret", error, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("ACTORGRAPH_NEO4J_PASSWORD", null);
        }
    }

    [Fact]
    public async Task Rank_EngineGds_AsksNeo4jAndDropsTheProjection()
    {
        var statements = new List<string>();
        await using var server = new LocalHttpServer(async context =>
        {
            using var body = await JsonDocument.ParseAsync(context.Request.InputStream);
            var statement = body.RootElement.GetProperty("statement").GetString()!;
            lock (statements)
            {
                statements.Add(statement);
            }

            var answer = statement.Contains("gds.pageRank.stream", StringComparison.Ordinal)
                ? """{"data":{"fields":["id","name","kind","score"],"values":[["donald-trump","Donald Trump","person",0.25]]}}"""
                : """{"data":{"fields":[],"values":[]}}""";
            context.Response.StatusCode = 202;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(answer));
        });

        var (code, output, error) = await Cli.Run("--store", $"neo4j:{server.Address}", "rank", "--engine", "gds", "--top", "1", "--json");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        using var rank = JsonDocument.Parse(output);
        Assert.Equal("Donald Trump", rank.RootElement.GetProperty("actors")[0].GetProperty("name").GetString());
        Assert.Equal(3, statements.Count);
        Assert.Contains("gds.graph.project", statements[0], StringComparison.Ordinal);
        Assert.Contains("gds.graph.drop", statements[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sources_AfterIngest_ShowEachSourcesOriginInTextAndJson()
    {
        var oil = Path.Combine(_folder, "oil.yaml");
        File.Copy(Repository.File("samples", "oil-sanctions-2025-10.yaml"), oil);
        await Cli.Run("--store", Store, "ingest", oil);

        var (textCode, text, _) = await Cli.Run("--store", Store, "sources");
        var (_, json, _) = await Cli.Run("--store", Store, "sources", "--json");

        Assert.Equal(0, textCode);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["SOURCE", "PUBLISHED", "TITLE", "ORIGIN"], lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("oil-sanctions-2025-10  2025-10-23", lines[2], StringComparison.Ordinal);
        Assert.EndsWith("  " + oil, lines[2], StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        var source = document.RootElement.GetProperty("sources").EnumerateArray().Single();
        Assert.Equal(("oil-sanctions-2025-10", oil, "file"), (source.GetProperty("id").GetString(), source.GetProperty("origin").GetString(), source.GetProperty("originKind").GetString()));
        Assert.Equal("2025-10-23", source.GetProperty("published").GetString());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
