using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using ActorGraph.Core.Model;
using ActorGraph.Export.Report;
using ActorGraph.Ingestion;
using ActorGraph.Storage.Embedded;
using ActorGraph.Testing;
using Xunit.Abstractions;

namespace ActorGraph.Export.Tests;

/// <summary>The HTML report: self-contained and safe as a file, and what a user sees in real headless Chromium.</summary>
public sealed partial class ReportTests(ITestOutputHelper output)
{
    private const string Xss = "<img src=x onerror=alert(1)>";
    private static readonly string Tool = Repository.File("tools", "report");
    private static readonly string? Chromium = Executables.Find("ACTORGRAPH_CHROMIUM", "chromium", "chromium-browser");

    private static async Task<(ExportedGraph Graph, GraphSnapshot Snapshot)> SampleGraphAsync(string folder)
    {
        var hostile = Path.Combine(folder, "hostile.yaml");
        await File.WriteAllTextAsync(hostile, $"source: {{ id: hostile, title: \"</script><script>alert(2)</script>\", url: \"javascript:alert(3)\" }}\nactors:\n  - {{ name: \"{Xss}\", kind: organization }}\n  - {{ name: Marco Rubio, kind: person }}\nrelations:\n  - {{ source: \"{Xss}\", type: SANCTIONS, target: Marco Rubio, evidence: \"{Xss} sanctioned <b>Rubio</b>\" }}\n");
        await using var store = EmbeddedGraphStore.Create(new EmbeddedStoreOptions { Path = Path.Combine(folder, "report.db") });
        await store.InitializeAsync();
        var report = await new DatasetIngestor(store).IngestAsync([Repository.File("samples"), hostile]);
        Assert.Equal(IngestStatus.Succeeded, report.Status);
        var snapshot = await store.ReadSnapshotAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return (ExportedGraph.From(snapshot), snapshot);
    }

    private static async Task<string> WriteAsync(ExportedGraph graph, GraphSnapshot snapshot, string path)
    {
        await using (var file = new StreamWriter(path))
        {
            await HtmlReportWriter.WriteAsync(graph, snapshot, "Sample <graph>", file);
        }

        return await File.ReadAllTextAsync(path);
    }

    [Fact]
    public async Task Write_Report_IsOneFileThatLoadsNothingAndCarriesNamesOnlyAsEscapedData()
    {
        var folder = Directory.CreateTempSubdirectory("actorgraph-report-").FullName;
        try
        {
            var (graph, snapshot) = await SampleGraphAsync(folder);
            var html = await WriteAsync(graph, snapshot, Path.Combine(folder, "report.html"));

            Assert.DoesNotMatch(ExternalReference(), html);
            Assert.DoesNotContain(Xss, html, StringComparison.Ordinal);
            Assert.DoesNotContain("</script><script>alert(2)", html, StringComparison.Ordinal);
            Assert.Contains("<title>Sample &lt;graph&gt; · ActorGraph</title>", html, StringComparison.Ordinal);
            Assert.Contains("cytoscape.js 3.35.0 (MIT)", html, StringComparison.Ordinal);
            Assert.Contains("Permission is hereby granted", html, StringComparison.Ordinal);
            Assert.Equal(3, Regex.Count(html, "</script>"));

            var json = Regex.Match(html, "<script id=\"actorgraph-data\" type=\"application/json\">(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
            using var data = JsonDocument.Parse(json);
            var actors = data.RootElement.GetProperty("actors").EnumerateArray().ToList();
            Assert.Equal(snapshot.Actors.Count, actors.Count);
            Assert.Contains(actors, a => a.GetProperty("name").GetString() == Xss);
            Assert.Equal(snapshot.Relations.Count, data.RootElement.GetProperty("relations").GetArrayLength());
            var points = actors.Select(a => (a.GetProperty("x").GetDouble(), a.GetProperty("y").GetDouble())).ToList();
            Assert.Equal(points.Count, points.Distinct().Count());
            Assert.All(points, p => Assert.True(double.IsFinite(p.Item1) && double.IsFinite(p.Item2)));
            var hostileEvidence = data.RootElement.GetProperty("relations").EnumerateArray()
                .Single(r => actors[r.GetProperty("s").GetInt32()].GetProperty("name").GetString() == Xss)
                .GetProperty("evidence")[0];
            Assert.False(hostileEvidence.TryGetProperty("url", out _));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [SkippableFact]
    public void BundledLibrary_ComparedWithNpm_IsThePackagePinnedInToolsReport()
    {
        var installed = Path.Combine(Tool, "node_modules", "cytoscape", "dist", "cytoscape.min.js");
        Skip.IfNot(File.Exists(installed), "tools/report is not installed (npm ci --prefix tools/report; scripts/test.sh does it)");
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(Tool, "package.json")));

        Assert.Equal(File.ReadAllBytes(installed), File.ReadAllBytes(Repository.File("src", "ActorGraph.Export", "Report", "cytoscape.min.js")));
        Assert.Equal("3.35.0", package.RootElement.GetProperty("dependencies").GetProperty("cytoscape").GetString());
        Assert.Contains("3.35.0", HtmlReportWriter.LibraryName, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Report_InHeadlessChromium_DrawsShowsEvidenceHighlightsPathsAndRunsNoScript()
    {
        SkipWithoutBrowser();
        var folder = Directory.CreateTempSubdirectory("actorgraph-report-").FullName;
        try
        {
            var (graph, snapshot) = await SampleGraphAsync(folder);
            var page = Path.Combine(folder, "report.html");
            await WriteAsync(graph, snapshot, page);
            var screenshot = Artifact("report-samples.png");

            var seen = await CheckAsync(page, screenshot, "--click", "Marco Rubio", "--path", "Yuri Ushakov", "Russia", "--xss", Xss);

            Assert.False(seen.TryGetProperty("failure", out var failure), failure.ToString());
            Assert.Equal(snapshot.Actors.Count, seen.GetProperty("nodes").GetInt32());
            Assert.Equal(snapshot.Relations.Count, seen.GetProperty("edges").GetInt32());
            Assert.True(seen.GetProperty("paintedPixels").GetInt32() > 500, "the canvas drew the graph");
            Assert.Equal("Marco Rubio", seen.GetProperty("detailsTitle").GetString());
            Assert.Contains(seen.GetProperty("quotes").EnumerateArray(), q => q.GetString()!.StartsWith("US Secretary of State Marco Rubio led", StringComparison.Ordinal));
            Assert.Contains("Yuri Ushakov → Vladimir Putin → Russia", seen.GetProperty("pathText").GetString(), StringComparison.Ordinal);
            Assert.True(seen.GetProperty("pathEdges").GetInt32() >= 2);
            Assert.True(seen.GetProperty("fadedEdges").GetInt32() > 0);
            Assert.Equal(Xss, seen.GetProperty("xssTitle").GetString());
            Assert.Equal(0, seen.GetProperty("images").GetInt32());
            Assert.Empty(seen.GetProperty("dialogs").EnumerateArray());
            Assert.Empty(seen.GetProperty("requests").EnumerateArray());
            Assert.Empty(seen.GetProperty("errors").EnumerateArray());
            Assert.True(new FileInfo(screenshot).Length > 10_000);
            output.WriteLine($"screenshot: {screenshot}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [SkippableFact]
    public async Task Report_LargeGraphOf5000ActorsAnd20000Relations_OpensAndAnswersAClick()
    {
        SkipWithoutBrowser();
        var folder = Directory.CreateTempSubdirectory("actorgraph-report-").FullName;
        try
        {
            var random = new Random(7);
            var ids = Enumerable.Range(0, 5000).Select(i => ActorId.Parse($"actor-{i}")).ToArray();
            var actors = ids.Select((id, i) => new Actor(id, $"Actor {i}", (ActorKind)(i % 4), [])).ToList();
            var relations = new HashSet<(int, int, int)>();
            while (relations.Count < 20_000)
            {
                // Communities of 100 with most relations inside them, as real graphs have.
                var a = random.Next(5000);
                var b = random.NextDouble() < 0.9 ? a / 100 * 100 + random.Next(100) : random.Next(5000);
                if (a != b)
                {
                    relations.Add((a, random.Next(4), b));
                }
            }

            var document = new SourceDocument(new SourceInfo("large", "Large", null, null), actors, [],
                [.. relations.Select(r => new Relation(ids[r.Item1], (RelationKind)r.Item2, ids[r.Item3], 0.8, 0.9, null, null, null, "evidence"))]);
            var assembler = new SnapshotAssembler();
            assembler.AddDocument(document, DateTimeOffset.UnixEpoch);
            var snapshot = assembler.Build();
            var page = Path.Combine(folder, "large.html");
            var watch = Stopwatch.StartNew();
            await WriteAsync(ExportedGraph.From(snapshot), snapshot, page);
            var written = watch.Elapsed;

            var seen = await CheckAsync(page, Artifact("report-5000.png"), "--click", "Actor 42", "--path", "Actor 1", "Actor 2");

            Assert.False(seen.TryGetProperty("failure", out var failure), failure.ToString());
            Assert.Equal(5000, seen.GetProperty("nodes").GetInt32());
            Assert.Equal(20_000, seen.GetProperty("edges").GetInt32());
            Assert.Equal("Actor 42", seen.GetProperty("detailsTitle").GetString());
            Assert.Empty(seen.GetProperty("errors").EnumerateArray());
            output.WriteLine($"written in {written.TotalSeconds:F1} s ({new FileInfo(page).Length / 1e6:F1} MB); ready in {seen.GetProperty("readyMs")} ms; click answered in {seen.GetProperty("clickMs")} ms; page timings {seen.GetProperty("timings")}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void SkipWithoutBrowser()
    {
        Skip.If(Chromium is null, Executables.Missing("Chromium", "ACTORGRAPH_CHROMIUM", "Debian package chromium; .ci/run installs it"));
        Skip.IfNot(Directory.Exists(Path.Combine(Tool, "node_modules", "playwright-core")), "tools/report is not installed (npm ci --prefix tools/report; scripts/test.sh does it)");
    }

    private static string Artifact(string name)
    {
        var folder = Directory.CreateDirectory(Repository.File(".artifacts")).FullName;
        return Path.Combine(folder, name);
    }

    private static async Task<JsonElement> CheckAsync(string page, string screenshot, params string[] options)
    {
        using var process = Process.Start(new ProcessStartInfo("node", [Path.Combine(Tool, "check.mjs"), page, screenshot, .. options])
        {
            WorkingDirectory = Tool,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["ACTORGRAPH_CHROMIUM"] = Chromium },
        }) ?? throw new InvalidOperationException("node could not be started");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var text = await stdout;
        Assert.True(process.ExitCode == 0, $"check.mjs exited with {process.ExitCode}: {text} {await stderr}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [GeneratedRegex("<(script|link|img|iframe)[^>]*\\s(src|href)\\s*=|@import|url\\(\\s*['\"]?https?:", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
