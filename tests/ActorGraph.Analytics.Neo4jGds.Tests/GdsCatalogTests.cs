using ActorGraph.Storage.Neo4j.Cypher;
using ActorGraph.Testing;

namespace ActorGraph.Analytics.Neo4jGds.Tests;

/// <summary>Every Graph Data Science statement the engine sends goes through Neo4j's own front end.</summary>
public sealed class GdsCatalogTests
{
    private static readonly CypherSchema Model = new(Neo4jModel.Labels, Neo4jModel.RelationshipTypes, Neo4jModel.PropertyKeys);

    [Fact]
    public async Task All_EveryStatementTheEngineSends_PassesNeo4jsFrontEnd()
    {
        var diagnostics = await CypherLinter.LintAsync(Model, GdsCatalog.All.Select(s => (s.Name, s.Text)));

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void All_EveryFileOfCypherGds_IsEmbeddedAsOneStatement()
    {
        var onDisk = Directory.GetFiles(Repository.File("cypher", "gds"), "*.cypher")
            .Select(f => $"cypher/gds/{Path.GetFileName(f)}")
            .Order(StringComparer.Ordinal);

        Assert.Equal(onDisk, GdsCatalog.All.Select(s => s.Name));
        Assert.All(GdsCatalog.All, s => Assert.Single(CypherScript.Split(s.Text)));
        Assert.Contains(GdsCatalog.All, s => s.Name == "cypher/gds/pagerank.cypher" && s.Text.Contains("$top", StringComparison.Ordinal));
    }
}
