using System.Text;
using ActorGraph.Ingestion.Datasets;

namespace ActorGraph.Ingestion.Tests.Datasets;

/// <summary>
/// The JSON Lines fast path for relation lines must read exactly what the general path reads: the same document when
/// it accepts a line, and the same errors when it declines one.
/// </summary>
public sealed class RelationLineTests
{
    private const string Header = """
        {"source": {"id": "s", "title": "T"}}
        {"actor": {"id": "a1", "name": "Alpha One", "kind": "person", "aliases": ["A. One"]}}
        {"actor": {"id": "b-2", "name": "Beta", "kind": "organization"}}
        {"actor": {"id": "c:3", "name": "Gamma", "kind": "country"}}

        """;

    // Each line holds a relation the fast path accepts, or one it declines and the general path reads the same.
    [Theory]
    [InlineData("""{"source": "a1", "type": "LEADS", "target": "b-2"}""")]
    [InlineData("""{"type": "ADVISES", "target": "c:3", "source": "b-2", "weight": 0.25, "confidence": 1}""")]
    [InlineData("""{"source": "a1", "type": "SANCTIONS", "target": "c:3", "weight": 1e-1, "since": "2024-01-02", "until": "2024-03-04", "context": " talks ", "evidence": "said \"so\" \u00e9"}""")]
    [InlineData("""{"source": "A1", "type": "LEADS", "target": "b-2"}""")]
    [InlineData("""{"source": "Alpha One", "type": "leads", "target": "Beta"}""")]
    [InlineData("""{"source": "a1", "type": "LEADS", "target": "b-2", "weight": "0.5", "confidence": null}""")]
    [InlineData("""{"source": "a\u0031", "type": "LEADS", "target": "b-2", "since": null}""")]
    [InlineData("""{"source": "a1", "type": "LEADS", "target": "b-2",}""")]
    [InlineData("""{"source": "a1", /* a comment */ "type": "FACILITATES", "target": "b-2"}""")]
    public async Task ReadAsync_RelationLine_ReadsTheSameDocumentAsTheJsonFormat(string relation)
    {
        var lines = await ReadAsync(Header + $"{{\"relation\": {relation}}}\n");
        var json = $$"""
            {"source": {"id": "s", "title": "T"},
             "actors": [{"id": "a1", "name": "Alpha One", "kind": "person", "aliases": ["A. One"]},
                        {"id": "b-2", "name": "Beta", "kind": "organization"},
                        {"id": "c:3", "name": "Gamma", "kind": "country"}],
             "relations": [{{relation}}]}
            """;
        var whole = DatasetReader.Read("t.json", Encoding.UTF8.GetBytes(json), "default");

        Assert.True(whole.Succeeded, string.Join('\n', whole.Errors));
        Assert.True(lines.Succeeded, string.Join('\n', lines.Errors));
        Assert.Equal(whole.Document!.ContentHash, lines.Document!.ContentHash);
        Assert.Equal(whole.Document.Relations, lines.Document.Relations);
    }

    [Theory]
    [InlineData("""{"source": "a1", "type": "LEADS", "target": "b-2", "weight": 1.5}""", "relations[0].weight")]
    [InlineData("""{"source": "a1", "type": "LEADS", "target": "b-2", "weight": 0}""", "relations[0].weight")]
    [InlineData("""{"source": "a1", "type": "LEADS", "target": "a1"}""", "relations[0].target")]
    [InlineData("""{"source": "a1", "type": "LEADS", "target": "b-2", "since": "2024-05-01", "until": "2024-01-01"}""", "relations[0].until")]
    [InlineData("""{"source": "a1", "type": "LEADS", "target": "b-2", "since": "2024-13-01"}""", "relations[0].since")]
    [InlineData("""{"source": "a1", "type": "LEADS", "target": "b-2", "evidence": "  "}""", "relations[0].evidence")]
    [InlineData("""{"source": "a1", "type": "LEADS", "target": "b-2", "colour": "red"}""", "relations[0].colour")]
    [InlineData("""{"source": "a1", "type": "OWNS", "target": "b-2"}""", "relations[0].type")]
    [InlineData("""{"source": "a1", "type": "LEADS", "target": "zz"}""", "relations[0].target")]
    [InlineData("""{"source": "a1", "type": "LEADS"}""", "relations[0].target")]
    [InlineData("""{"source": "a1", "type": "LEADS", "target": "b-2", "type": "LEADS"}""", "syntax")]
    public async Task ReadAsync_FaultyRelationLine_IsReportedByTheGeneralPath(string relation, string field)
    {
        var result = await ReadAsync(Header + $"{{\"relation\": {relation}}}\n");

        Assert.Null(result.Document);
        var error = Assert.Single(result.Errors);
        Assert.Equal((5, field), (error.Line, error.Field));
    }

    [Fact]
    public async Task ReadAsync_RepeatedRelationByIds_NamesTheFirstByItsIndexAndLine()
    {
        var result = await ReadAsync(Header + """
            {"relation": {"source": "a1", "type": "LEADS", "target": "b-2"}}
            {"relation": {"source": "b-2", "type": "LEADS", "target": "c:3"}}
            {"relation": {"source": "b-2", "type": "LEADS", "target": "c:3", "weight": 0.5}}
            """);

        var error = Assert.Single(result.Errors);
        Assert.Equal("t.jsonl:7: relations[2]: repeats relations[1] (line 6): one source states a relation between two actors once", error.ToString());
    }

    [Fact]
    public async Task ReadAsync_RelationsByIds_ShareTheDeclaredActorsIds()
    {
        var result = await ReadAsync(Header + """{"relation": {"source": "a1", "type": "LEADS", "target": "b-2"}}""");

        var relation = Assert.Single(result.Document!.Relations);
        Assert.Same(result.Document.Actors.Single(a => a.Id.Value == "a1").Id.Value, relation.Source.Value);
        Assert.Same(result.Document.Actors.Single(a => a.Id.Value == "b-2").Id.Value, relation.Target.Value);
    }

    private static async Task<DatasetReadResult> ReadAsync(string text, IngestLimits? limits = null)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return await JsonLinesDatasetReader.ReadAsync("t.jsonl", stream, "default", limits);
    }
}
