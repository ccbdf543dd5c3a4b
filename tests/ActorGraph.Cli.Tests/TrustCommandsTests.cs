using System.Text.Json;
using ActorGraph.Testing;

namespace ActorGraph.Cli.Tests;

public sealed class TrustCommandsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("actorgraph-trust-").FullName;

    private string Store => $"sqlite:{Path.Combine(_folder, "trust.db")}";

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, "in", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Article(string title, string url, string text) => $"Title: {title}\nDate: 2025-02-18\nURL: {url}\n\n{text}\n";

    private const string Ending = """
        Title: Kremlin reshuffle
        Date: 2025-05-28
        URL: https://www.example-news.com/reshuffle

        Yuri Ushakov no longer advises Vladimir Putin, the Kremlin said.
        """;

    private const string Dataset = """
        source: { id: tass-2025-06-03, published: 2025-06-03, publisher: TASS }
        actors:
          - { name: Yuri Ushakov, kind: person }
          - { name: Vladimir Putin, kind: person }
          - { name: Dmitry Medvedev, kind: person }
          - { name: Russia, kind: country }
        roles:
          - { person: Vladimir Putin, title: President, of: Russia, since: 2012-05-07 }
          - { person: Dmitry Medvedev, title: President, of: Russia, since: 2024-01-01 }
          - { person: Yuri Ushakov, title: aide, of: Russia }
        relations:
          - { source: Yuri Ushakov, type: ADVISES, target: Vladimir Putin, evidence: "Ushakov, Putin's adviser, said." }
        """;

    [Fact]
    public async Task Actor_SyndicatedCopiesAndAnIndependentReport_GivesCorroborationByStory()
    {
        Write("wire.txt", Article("Rubio leads US team in Riyadh", "https://www.reuters.com/world/riyadh", Stories.Wire));
        Write("copy-1.txt", Article("US and Russia meet in Saudi Arabia", "https://www.outlet-one.com/news/1", Stories.Republished));
        Write("copy-2.txt", Article("Talks in Riyadh", "https://news.outlet-two.co.uk/a/2", Stories.Wire));
        Write("own.txt", Article("A businesslike day in Riyadh", "https://www.economist.com/europe/riyadh", Stories.Independent));
        await Cli.Run("--store", Store, "ingest", Path.Combine(_folder, "in"));

        var (code, output, _) = await Cli.Run("--store", Store, "actor", "Marco Rubio", "--json");
        var (_, sourcesOut, _) = await Cli.Run("--store", Store, "sources", "--json");

        Assert.Equal(0, code);
        using var sources = JsonDocument.Parse(sourcesOut);
        var byFile = sources.RootElement.GetProperty("sources").EnumerateArray()
            .ToDictionary(s => Path.GetFileName(s.GetProperty("id").GetString()!), s => (Publisher: s.GetProperty("publisher").GetString(), Story: s.GetProperty("story").GetString()));
        Assert.Equal(("outlet-two.co.uk", byFile["wire.txt"].Story), byFile["copy-2.txt"]);
        Assert.Equal(byFile["wire.txt"].Story, byFile["copy-1.txt"].Story);
        Assert.NotEqual(byFile["wire.txt"].Story, byFile["own.txt"].Story);
        Assert.Equal("reuters.com", byFile["wire.txt"].Publisher);
        using var json = JsonDocument.Parse(output);
        var leads = json.RootElement.GetProperty("outgoing").EnumerateArray().First(r => r.GetProperty("type").GetString() == "LEADS");
        var corroboration = leads.GetProperty("corroboration");
        Assert.Equal(4, corroboration.GetProperty("sources").GetInt32());
        Assert.Equal(4, corroboration.GetProperty("publishers").GetInt32());
        Assert.Equal(2, corroboration.GetProperty("stories").GetInt32());
    }

    [Fact]
    public async Task Disputes_EndingAndLaterAssertionAndTwoPresidents_ListsBothSidesInTheDocumentedShape()
    {
        Write("reshuffle.txt", Ending);
        Write("tass.yaml", Dataset);
        await Cli.Run("--store", Store, "ingest", Path.Combine(_folder, "in"));

        var (code, output, _) = await Cli.Run("--store", Store, "disputes", "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var disputes = json.RootElement.GetProperty("disputes").EnumerateArray().ToList();
        var ended = Assert.Single(disputes, d => d.GetProperty("kind").GetString() == "relation-ended");
        Assert.Equal(["Yuri Ushakov", "Vladimir Putin"], ended.GetProperty("actors").EnumerateArray().Select(a => a.GetString()));
        var claims = ended.GetProperty("claims").EnumerateArray().ToList();
        Assert.Equal(2, claims.Count);
        Assert.EndsWith("reshuffle.txt", claims[0].GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.Equal("tass-2025-06-03", claims[1].GetProperty("source").GetString());
        Assert.Equal("Yuri Ushakov no longer advises Vladimir Putin, the Kremlin said.", claims[0].GetProperty("evidence").GetString());
        Assert.Equal("Ushakov, Putin's adviser, said.", claims[1].GetProperty("evidence").GetString());
        Assert.All(claims, c => Assert.False(string.IsNullOrEmpty(c.GetProperty("says").GetString())));
        var office = Assert.Single(disputes, d => d.GetProperty("kind").GetString() == "single-holder-office");
        Assert.Equal(["Dmitry Medvedev", "Vladimir Putin", "Russia"], office.GetProperty("actors").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(2, office.GetProperty("claims").GetArrayLength());
    }

    [Fact]
    public async Task Timeline_Actor_ListsDatedFactsInOrderAndUndatedLast()
    {
        Write("reshuffle.txt", Ending);
        Write("tass.yaml", Dataset);
        await Cli.Run("--store", Store, "ingest", Path.Combine(_folder, "in"));

        var (code, output, _) = await Cli.Run("--store", Store, "timeline", "Yuri Ushakov", "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("Yuri Ushakov", json.RootElement.GetProperty("actor").GetString());
        var entries = json.RootElement.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(
            ["2025-05-27 ended relation Yuri Ushakov ADVISES Vladimir Putin", "undated undated role Yuri Ushakov: aide of Russia"],
            entries.Select(e => $"{(e.GetProperty("undated").GetBoolean() ? "undated" : e.GetProperty("date").GetString())} {e.GetProperty("change").GetString()} {e.GetProperty("kind").GetString()} {e.GetProperty("text").GetString()}"));
        Assert.Equal(2, entries[0].GetProperty("sources").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, entries[1].GetProperty("date").ValueKind);
    }

    [Fact]
    public async Task Changes_SinceRun_ShowsWhatEachWorkerCycleChanged()
    {
        var data = Path.Combine(_folder, "in");
        Write("tass.yaml", Dataset);
        var alerts = Path.Combine(_folder, "alerts.jsonl");
        string[] worker = ["--store", Store, "worker", "--source", data, "--once", "--watch", "Vladimir Putin", "--alerts", alerts];
        Assert.Equal(0, (await Cli.Run(worker)).Code);
        Write("reshuffle.txt", Ending);
        Assert.Equal(0, (await Cli.Run(worker)).Code);

        var (code, output, _) = await Cli.Run("--store", Store, "changes", "--since-run", "2", "--json");
        var (allCode, all, _) = await Cli.Run("--store", Store, "changes", "--since-run", "1", "--json");

        Assert.Equal((0, 0), (code, allCode));
        using var json = JsonDocument.Parse(output);
        Assert.Equal(2, json.RootElement.GetProperty("sinceRun").GetInt64());
        var change = Assert.Single(json.RootElement.GetProperty("changes").EnumerateArray());
        Assert.Equal((2L, "ended", "Yuri Ushakov", "ADVISES", "Vladimir Putin"), (
            change.GetProperty("run").GetInt64(), change.GetProperty("change").GetString(),
            change.GetProperty("relation").GetProperty("source").GetString(), change.GetProperty("relation").GetProperty("type").GetString(),
            change.GetProperty("relation").GetProperty("target").GetString()));
        using var everything = JsonDocument.Parse(all);
        Assert.Equal(2, everything.RootElement.GetProperty("changes").GetArrayLength());
        var lines = File.ReadAllLines(alerts);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("""{"run":1,"change":"added","relation":{"source":"Yuri Ushakov","type":"ADVISES","target":"Vladimir Putin"}""", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("""{"run":2,"change":"ended",""", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changes_SinceRunWithDays_IsAUsageError()
    {
        var (code, _, error) = await Cli.Run("--store", Store, "changes", "--since-run", "1", "--from", "2025-01-01");

        Assert.Equal(2, code);
        Assert.Contains("--since-run takes no --from or --to", error, StringComparison.Ordinal);
    }
}
