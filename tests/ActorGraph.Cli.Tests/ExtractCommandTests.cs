using System.Text.Json;
using ActorGraph.Testing;

namespace ActorGraph.Cli.Tests;

public sealed class ExtractCommandTests
{

    [Fact]
    public async Task Extract_JsonWithExplain_HasTheDocumentedShapeAndAddsTheRule()
    {
        var (code, output, _) = await Cli.Run("extract", Repository.File("tests", "corpus", "00-riyadh-talks.txt"), "--json");
        var (_, explained, _) = await Cli.Run("extract", Repository.File("tests", "corpus", "00-riyadh-talks.txt"), "--json", "--explain");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        var actor = root.GetProperty("actors").EnumerateArray().First(a => a.GetProperty("name").GetString() == "Sergey Lavrov");
        Assert.Equal("person", actor.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Array, actor.GetProperty("aliases").ValueKind);
        var role = root.GetProperty("roles").EnumerateArray().First(r => r.GetProperty("person").GetString() == "Sergey Lavrov");
        Assert.Equal(("Foreign Minister", "Russia"), (role.GetProperty("title").GetString(), role.GetProperty("of").GetString()));
        var relation = root.GetProperty("relations").EnumerateArray().First(r => r.GetProperty("source").GetString() == "Marco Rubio");
        Assert.Equal(("LEADS", "US delegation"), (relation.GetProperty("type").GetString(), relation.GetProperty("target").GetString()));
        Assert.InRange(relation.GetProperty("confidence").GetDouble(), 0.5, 1);
        Assert.StartsWith("US Secretary of State Marco Rubio led", relation.GetProperty("evidence").GetString(), StringComparison.Ordinal);
        Assert.False(relation.TryGetProperty("rule", out _));

        using var withRules = JsonDocument.Parse(explained);
        var explainedRelation = withRules.RootElement.GetProperty("relations").EnumerateArray().First(r => r.GetProperty("source").GetString() == "Marco Rubio");
        Assert.Equal("leads.verb", explainedRelation.GetProperty("rule").GetString());
        Assert.Equal(5, explainedRelation.GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Extract_BadFile_NamesFileLineAndFieldAndExits3()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(path, "Title: X\nDate: someday\n\nText.");
        try
        {
            var (code, _, error) = await Cli.Run("extract", path);

            Assert.Equal(3, code);
            Assert.Equal($"{path}:2: Date: 'someday' is not a date (use YYYY-MM-DD)", error.Trim());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Eval_JsonOverTheCorpus_ReportsPerTypeScores()
    {
        var (code, output, _) = await Cli.Run("eval", Repository.File("tests", "corpus"), "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.GetProperty("documents").GetInt32() >= 26);
        Assert.True(json.RootElement.GetProperty("relations").GetProperty("precision").GetDouble() >= 0.9);
        Assert.Equal(["LEADS", "FACILITATES", "ADVISES", "SANCTIONS"], json.RootElement.GetProperty("types").EnumerateObject().Select(p => p.Name));
        Assert.True(json.RootElement.GetProperty("roles").GetProperty("gold").GetInt32() > 0);

        var (missing, _, error) = await Cli.Run("eval", Path.Combine(Path.GetTempPath(), "no-such-corpus"));
        Assert.Equal(2, missing);
        Assert.Contains("no such folder", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_GoldFolderMissingOrWithoutMatches_IsAUsageError()
    {
        var noGold = Path.Combine(Path.GetTempPath(), "no-such-gold");
        var (missing, _, error) = await Cli.Run("eval", Repository.File("tests", "corpus"), "--gold", noGold);
        Assert.Equal(2, missing);
        Assert.Contains($"{noGold}: no such folder", error, StringComparison.Ordinal);

        // Gold kept apart that names none of the texts scores nothing, and says where it looked.
        var (unmatched, _, message) = await Cli.Run("eval", Repository.File("tests", "corpus"), "--gold", Repository.File("tests", "devset-blind"));
        Assert.Equal(2, unmatched);
        Assert.Contains("no article with a gold file", message, StringComparison.Ordinal);
        Assert.Contains("devset-blind", message, StringComparison.Ordinal);
    }
}
