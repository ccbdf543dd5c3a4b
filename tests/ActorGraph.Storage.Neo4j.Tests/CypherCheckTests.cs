using ActorGraph.Storage.Neo4j.Cypher;
using ActorGraph.Testing;

namespace ActorGraph.Storage.Neo4j.Tests;

/// <summary>Every Cypher statement ActorGraph ships or sends goes through Neo4j's own front end.</summary>
public sealed class CypherCheckTests
{
    private static readonly CypherSchema Model = new(Neo4jModel.Labels, Neo4jModel.RelationshipTypes, Neo4jModel.PropertyKeys);

    [Fact]
    public async Task Check_EveryStatementTheStoreSends_PassesNeo4jsFrontEnd()
    {
        var diagnostics = await CypherLinter.LintAsync(Model, CypherCatalog.All.Select(s => (s.Name, s.Text)));

        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task Check_EveryQueryForBrowserUsers_PassesNeo4jsFrontEnd()
    {
        var files = Directory.GetFiles(Repository.File("cypher", "queries"), "*.cypher");
        var statements = files.SelectMany(f => CypherScript.Split(File.ReadAllText(f))
            .Select((text, i) => ($"{Path.GetRelativePath(Repository.Root, f)}#{i + 1}", text))).ToList();

        var diagnostics = await CypherLinter.LintAsync(Model, statements);

        Assert.True(files.Length >= 8, $"only {files.Length} queries in cypher/queries");
        Assert.Equal(files.Length, statements.Count);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task Check_BrokenStatements_AreCaught()
    {
        var diagnostics = await CypherLinter.LintAsync(Model,
        [
            ("syntax", "MATCH (a:Actor RETURN a"),
            ("undefined-variable", "MATCH (a:Actor) RETURN b"),
            ("misspelt-label", "MATCH (a:Actr) RETURN a.name"),
            ("misspelt-type", "MATCH (a:Actor)-[:LEDS]->(b:Actor) RETURN b.name"),
            ("misspelt-property", "MATCH (a:Actor) RETURN a.nmae"),
            ("old-constraint-syntax", "CREATE CONSTRAINT ON (a:Actor) ASSERT a.id IS UNIQUE"),
            ("parameter-only", "MATCH (a:Actor {id: $id}) RETURN a.name"),
        ]);

        var flagged = diagnostics.Select(d => d.Statement).ToHashSet();
        Assert.Equal(["misspelt-label", "misspelt-property", "misspelt-type", "old-constraint-syntax", "syntax", "undefined-variable"], flagged.Order());
        Assert.Contains(diagnostics, d => d.Statement == "syntax" && d.Severity == "error" && d.Line == 1);
    }

    [Fact]
    public void Resources_EveryCypherFileOfTheStore_IsEmbedded()
    {
        var onDisk = Directory.GetFiles(Repository.File("cypher", "store"), "*.cypher")
            .Select(f => $"cypher/store/{Path.GetFileName(f)}")
            .Order(StringComparer.Ordinal);
        var embedded = CypherCatalog.All.Select(s => s.Name.Split(':')[0]).Where(n => !n.StartsWith("cypher/schema", StringComparison.Ordinal))
            .Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(onDisk, embedded);
        Assert.Equal(CypherScript.Split(File.ReadAllText(Repository.File("cypher", "schema.cypher"))), CypherCatalog.Schema.Select(s => s.Text));
    }

    [Fact]
    public void Statements_RelationStatements_AreExpandedForEveryAllowlistedTypeOnly()
    {
        var merges = CypherCatalog.All.Where(s => s.Name.StartsWith("cypher/store/relation-merge", StringComparison.Ordinal)).ToList();

        Assert.Equal(["cypher/store/relation-merge.cypher:ADVISES", "cypher/store/relation-merge.cypher:FACILITATES", "cypher/store/relation-merge.cypher:LEADS", "cypher/store/relation-merge.cypher:SANCTIONS"],
            merges.Select(s => s.Name).Order(StringComparer.Ordinal));
        Assert.All(merges, s => Assert.DoesNotContain(Neo4jModel.RelationTypeToken, s.Text, StringComparison.Ordinal));
        Assert.Contains("[r:SANCTIONS]", merges.Single(s => s.Name.EndsWith(":SANCTIONS", StringComparison.Ordinal)).Text, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => CypherCatalog.Store("relation-merge"));
    }

    [Fact]
    public void Split_ScriptWithComments_SeparatesStatementsAtLineEndSemicolonsAndDropsTrailingComments()
    {
        var statements = CypherScript.Split("// header\n\nMATCH (n)\nRETURN n;\n// only a comment;\nRETURN 'a;b' AS x;\n\n// trailing\n");

        Assert.Equal(["// header\n\nMATCH (n)\nRETURN n", "// only a comment;\nRETURN 'a;b' AS x"], statements);
    }
}
