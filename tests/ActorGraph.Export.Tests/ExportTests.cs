using System.Diagnostics;
using System.Text.Json;
using System.Xml.Linq;
using ActorGraph.Core.Model;
using ActorGraph.Storage.Neo4j.Cypher;
using ActorGraph.Testing;

namespace ActorGraph.Export.Tests;

/// <summary>Every export re-read by an independent parser: XML, JSON, Graphviz, CSV header rules, Neo4j's Cypher front end.</summary>
public sealed class ExportTests
{
    private const string Hostile = "x'}) DETACH DELETE n // \"quoted\", <b>&amp;</b>; back\\slash\nnew line";
    private static readonly ActorId HostileId = ActorId.FromName("hostile");

    private static ExportedGraph Graph()
    {
        var riyadh = Documents.Riyadh();
        var corroboration = Documents.Corroboration();
        var hostile = new SourceDocument(
            new SourceInfo("hostile", null, null, null),
            [new Actor(HostileId, Hostile, ActorKind.Organization, [Hostile + " alias"]), Documents.Person(Documents.Rubio, "Marco Rubio")],
            [],
            [new Relation(HostileId, RelationKind.Sanctions, Documents.Rubio, 1.0, 0.5, new DateOnly(2025, 3, 1), null, null, Hostile)]);
        var assembler = new SnapshotAssembler();
        assembler.AddDocument(riyadh, DateTimeOffset.UnixEpoch);
        assembler.AddDocument(hostile, DateTimeOffset.UnixEpoch);
        assembler.AddDocument(corroboration, DateTimeOffset.UnixEpoch);
        return ExportedGraph.From(assembler.Build());
    }

    private static string Export(ExportFormat format)
    {
        using var text = new StringWriter();
        GraphWriters.Write(Graph(), format, text);
        return text.ToString();
    }

    [Fact]
    public void GraphMl_ReadBack_HasEveryKeyAndTheExactNames()
    {
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var xml = XDocument.Parse(Export(ExportFormat.GraphMl));
        var graph = Graph();

        var keys = xml.Root!.Elements(ns + "key").Select(k => (string)k.Attribute("id")!).ToList();
        var nodes = xml.Descendants(ns + "node").ToList();
        var edges = xml.Descendants(ns + "edge").ToList();

        Assert.Equal(["name", "kind", "aliases", "sources", "cluster", "influence", "type", "weight", "confidence", "strength", "since", "until", "evidence",
            "corroborationSources", "corroborationPublishers", "corroborationStories"], keys);
        Assert.Equal(graph.Actors.Count, nodes.Count);
        Assert.Equal(graph.Relations.Count, edges.Count);
        var hostile = nodes.Single(n => (string)n.Attribute("id")! == HostileId.Value);
        Assert.Equal(Hostile, hostile.Elements(ns + "data").Single(d => (string)d.Attribute("key")! == "name").Value.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.All(edges, e => Assert.Contains(nodes, n => (string)n.Attribute("id")! == (string)e.Attribute("target")!));
        Assert.Contains(edges, e => e.Elements(ns + "data").Any(d => (string)d.Attribute("key")! == "type" && d.Value == "SANCTIONS"));
    }

    [Fact]
    public void Gexf_ReadBack_HasAttributesAndWeights()
    {
        XNamespace ns = "http://gexf.net/1.3";
        var xml = XDocument.Parse(Export(ExportFormat.Gexf));

        var attributes = xml.Descendants(ns + "attribute").Select(a => (string)a.Attribute("id")!).ToList();
        var edges = xml.Descendants(ns + "edge").ToList();

        Assert.Equal("1.3", (string)xml.Root!.Attribute("version")!);
        Assert.Equal(["kind", "aliases", "cluster", "influence", "type", "confidence", "strength", "since", "until",
            "corroborationSources", "corroborationPublishers", "corroborationStories"], attributes);
        Assert.Equal(Graph().Relations.Count, edges.Count);
        Assert.All(edges, e => Assert.InRange(double.Parse((string)e.Attribute("weight")!, System.Globalization.CultureInfo.InvariantCulture), 0.0, 1.0));
        Assert.Contains(xml.Descendants(ns + "node"), n => (string)n.Attribute("label")! == Hostile.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_NodesAndLinks_ReferToEachOther()
    {
        using var json = JsonDocument.Parse(Export(ExportFormat.Json));

        var ids = json.RootElement.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToHashSet();
        var links = json.RootElement.GetProperty("links").EnumerateArray().ToList();

        Assert.Equal(Graph().Actors.Count, ids.Count);
        Assert.All(links, l => Assert.Contains(l.GetProperty("source").GetString(), ids));
        Assert.All(links, l => Assert.Contains(l.GetProperty("target").GetString(), ids));
        Assert.Contains(json.RootElement.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("name").GetString() == Hostile);
    }

    [Fact]
    public void Json_EveryLink_CarriesItsCorroboration()
    {
        using var json = JsonDocument.Parse(Export(ExportFormat.Json));

        var links = json.RootElement.GetProperty("links").EnumerateArray().ToList();
        var leads = links.Single(l => l.GetProperty("source").GetString() == Documents.Rubio.Value && l.GetProperty("type").GetString() == "LEADS");
        var corroboration = leads.GetProperty("corroboration");

        Assert.All(links, l => Assert.True(l.GetProperty("corroboration").GetProperty("stories").GetInt32() >= 1));
        Assert.Equal((2, 2, 2), (corroboration.GetProperty("sources").GetInt32(), corroboration.GetProperty("publishers").GetInt32(), corroboration.GetProperty("stories").GetInt32()));
    }

    [SkippableFact]
    public async Task Dot_GivenToGraphviz_IsRead()
    {
        var program = Executables.Find("ACTORGRAPH_DOT", "dot");
        Skip.If(program is null, Executables.Missing("Graphviz's dot", "ACTORGRAPH_DOT", "apt-get install graphviz"));
        using var dot = Process.Start(new ProcessStartInfo(program, ["-Tplain"]) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true })!;
        var plainTask = dot.StandardOutput.ReadToEndAsync();
        var errorTask = dot.StandardError.ReadToEndAsync();
        await dot.StandardInput.WriteAsync(Export(ExportFormat.Dot));
        dot.StandardInput.Close();
        await dot.WaitForExitAsync();
        var plain = await plainTask;

        Assert.True(dot.ExitCode == 0, await errorTask);
        Assert.Equal(Graph().Actors.Count, plain.Split('\n').Count(l => l.StartsWith("node ", StringComparison.Ordinal)));
        Assert.Equal(Graph().Relations.Count, plain.Split('\n').Count(l => l.StartsWith("edge ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Csv_Headers_FollowTheNeo4jAdminRules()
    {
        using var actors = new StringWriter();
        using var relations = new StringWriter();
        GraphWriters.WriteCsv(Graph(), actors, relations);

        var actorRows = ParseCsv(actors.ToString());
        var relationRows = ParseCsv(relations.ToString());

        Assert.Equal(["id:ID(Actor)", "name", "kind", "aliases:string[]", "sources:string[]", "cluster:int", "influence:double", ":LABEL"], actorRows[0]);
        Assert.Equal([":START_ID(Actor)", ":END_ID(Actor)", ":TYPE", "weight:double", "confidence:double", "strength:double", "since:date", "until:date", "sources:string[]",
            "corroborationSources:int", "corroborationPublishers:int", "corroborationStories:int"], relationRows[0]);
        Assert.All(actorRows, r => Assert.Equal(actorRows[0].Count, r.Count));
        Assert.All(relationRows, r => Assert.Equal(relationRows[0].Count, r.Count));
        var ids = actorRows.Skip(1).Select(r => r[0]).ToHashSet();
        Assert.All(relationRows.Skip(1), r => Assert.True(ids.Contains(r[0]) && ids.Contains(r[1])));
        Assert.Contains(actorRows, r => r[7] == "Actor;Organization" && r[1] == Hostile.Replace('\n', ' '));
        Assert.All(relationRows.Skip(1), r => Assert.Contains(r[2], Vocabulary.RelationKinds.Select(Vocabulary.Name)));
    }

    [Fact]
    public async Task Cypher_HostileNames_PassNeo4jsFrontEndAndStayText()
    {
        var script = Export(ExportFormat.Cypher);
        var statements = CypherScript.Split(script);

        var diagnostics = await CypherLinter.LintAsync(
            new CypherSchema(Neo4jModel.Labels, Neo4jModel.RelationshipTypes, [.. Neo4jModel.PropertyKeys, "cluster", "influence"]),
            statements.Select((s, i) => ($"export#{i + 1}", s)));

        Assert.Empty(diagnostics);
        var graph = Graph();
        Assert.Equal(1 + graph.Actors.Count + graph.Relations.Count, statements.Count);
        Assert.DoesNotContain(statements, s => s.Contains('$', StringComparison.Ordinal));
        Assert.Contains(@"'x\'}) DETACH DELETE n // ""quoted"", <b>&amp;</b>; back\\slash\nnew line'", script, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ExportFormat.Dataset, "export.json")]
    [InlineData(ExportFormat.JsonLines, "export.jsonl")]
    public async Task Dataset_ExportThenIngestIntoAFreshStore_GivesTheSameGraph(ExportFormat format, string name)
    {
        var folder = Directory.CreateTempSubdirectory("actorgraph-export-").FullName;
        try
        {
            var file = Path.Combine(folder, name);
            await File.WriteAllTextAsync(file, Export(format));
            await using var store = ActorGraph.Storage.Embedded.EmbeddedGraphStore.Create(new ActorGraph.Storage.Embedded.EmbeddedStoreOptions { Path = Path.Combine(folder, "fresh.db") });
            await store.InitializeAsync();

            var report = await new ActorGraph.Ingestion.DatasetIngestor(store).IngestAsync([file]);
            var back = await store.ReadSnapshotAsync();
            var original = Graph();

            Assert.Equal(Ingestion.IngestStatus.Succeeded, report.Status);
            Assert.Equal(
                original.Actors.Select(a => $"{a.Actor.Id}|{a.Actor.Name}|{a.Actor.Kind}|{string.Join(";", a.Actor.Aliases)}"),
                back.Actors.Select(a => $"{a.Id}|{a.Name}|{a.Kind}|{string.Join(";", a.Aliases)}"));
            Assert.Equal(
                original.Relations.Select(r => $"{r.Source}|{r.Kind}|{r.Target}|{r.Weight:R}|{r.Confidence:R}|{r.Since}|{r.Until}"),
                back.Relations.Select(r => $"{r.Source}|{r.Kind}|{r.Target}|{r.Weight:R}|{r.Confidence:R}|{r.Since}|{r.Until}"));
            Assert.Equal(
                original.Roles.Select(r => $"{r.Person}|{r.Title}|{r.Of}|{r.Since}|{r.Until}"),
                back.Roles.Select(r => $"{r.Person}|{r.Title}|{r.Of}|{r.Since}|{r.Until}"));
            Assert.Equal(Hostile, back.Get(HostileId).Name);
            if (format == ExportFormat.JsonLines)
            {
                Assert.Equal(1 + original.Actors.Count + original.Roles.Count + original.Relations.Count, File.ReadLines(file).Count());
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>RFC 4180: fields separated by commas, quoted fields may hold commas and doubled quotes.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = new List<string>();
            var field = new System.Text.StringBuilder();
            var quoted = false;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = !quoted;
                }
                else if (c == ',' && !quoted)
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else
                {
                    field.Append(c);
                }
            }

            Assert.False(quoted, $"unbalanced quotes in: {line}");
            fields.Add(field.ToString());
            rows.Add(fields);
        }

        return rows;
    }
}
