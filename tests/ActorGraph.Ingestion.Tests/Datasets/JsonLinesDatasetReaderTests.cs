using System.Text;
using ActorGraph.Core.Model;
using ActorGraph.Ingestion.Datasets;
using CsCheck;

namespace ActorGraph.Ingestion.Tests.Datasets;

public sealed class JsonLinesDatasetReaderTests
{
    private const string Valid = """
        {"source": {"id": "riyadh-talks-2025-02-18", "title": "Talks", "url": "https://example.org/a", "published": "2025-02-18"}}
        {"actor": {"name": "Marco Rubio", "kind": "person", "aliases": ["Rubio"]}}
        {"actor": {"name": "US delegation", "kind": "group"}}

        {"actor": {"name": "United States", "kind": "country", "aliases": ["US"]}}
        {"role": {"person": "Marco Rubio", "title": "Secretary of State", "of": "United States", "since": "2025-01-21"}}
        {"relation": {"source": "Marco Rubio", "type": "LEADS", "target": "US delegation", "weight": 0.9, "confidence": 1.0, "since": "2025-02-18", "evidence": "..."}}
        {"relation": {"source": "us", "type": "advises", "target": "rubio"}}
        """;

    [Fact]
    public async Task ReadAsync_EveryKindOfLine_ReadsTheSameDocumentAsTheJsonFormat()
    {
        const string Json = """
            {
              "source": {"id": "riyadh-talks-2025-02-18", "title": "Talks", "url": "https://example.org/a", "published": "2025-02-18"},
              "actors": [
                {"name": "Marco Rubio", "kind": "person", "aliases": ["Rubio"]},
                {"name": "US delegation", "kind": "group"},
                {"name": "United States", "kind": "country", "aliases": ["US"]}
              ],
              "roles": [{"person": "Marco Rubio", "title": "Secretary of State", "of": "United States", "since": "2025-01-21"}],
              "relations": [
                {"source": "Marco Rubio", "type": "LEADS", "target": "US delegation", "weight": 0.9, "confidence": 1.0, "since": "2025-02-18", "evidence": "..."},
                {"source": "us", "type": "advises", "target": "rubio"}
              ]
            }
            """;

        var lines = await ReadAsync(Valid);
        var whole = DatasetReader.Read("a.json", Encoding.UTF8.GetBytes(Json), "default");

        Assert.True(lines.Succeeded, string.Join('\n', lines.Errors));
        Assert.Equal(whole.Document!.ContentHash, lines.Document!.ContentHash);
        Assert.Equal(2, lines.Document.Relations.Count);
    }

    [Fact]
    public async Task ReadAsync_ReferenceBeforeTheActorLine_IsAnErrorOnThatLine()
    {
        var result = await ReadAsync("{\"source\": {\"id\": \"s\"}}\n{\"relation\": {\"source\": \"A\", \"type\": \"LEADS\", \"target\": \"B\"}}\n{\"actor\": {\"name\": \"A\", \"kind\": \"person\"}}\n{\"actor\": {\"name\": \"B\", \"kind\": \"person\"}}\n");

        Assert.Null(result.Document);
        Assert.Equal(["relations[0].source", "relations[0].target"], result.Errors.Select(e => e.Field));
        var error = result.Errors[0];
        Assert.Equal("t.jsonl:2: relations[0].source: unknown actor 'A': declare it on an actor line before this one, or use the id, name or alias of one declared there", error.ToString());
    }

    [Theory]
    [InlineData("{\"actor\": {\"name\": \"A\", \"kind\": \"person\"}}\n", 1, "source")]
    [InlineData("{\"source\": {}}\n{\"source\": {}}\n", 2, "source")]
    [InlineData("{\"source\": {}}\n{\"actor\": {\"name\": \"A\", \"kind\": \"person\"}, \"role\": {}}\n", 2, "line")]
    [InlineData("{\"source\": {}}\n[1, 2]\n", 2, "line")]
    [InlineData("{\"source\": {}}\n{\"actors\": []}\n", 2, "line")]
    [InlineData("{\"source\": {}}\n\n{\"actor\": {\"name\": \"A\", \"kind\": \"person\"\n", 3, "syntax")]
    [InlineData("{\"source\": {}}\n{\"actor\": {\"name\": \"A\", \"kind\": \"planet\"}}\n", 2, "actors[0].kind")]
    [InlineData("", 1, "file")]
    public async Task ReadAsync_MalformedLine_NamesItsLineAndField(string text, int line, string field)
    {
        var result = await ReadAsync(text);

        Assert.Null(result.Document);
        Assert.Contains(result.Errors, e => e.Line == line && e.Field == field);
    }

    [Fact]
    public async Task ReadAsync_LineLongerThanTheBound_IsRefusedWithoutBufferingIt()
    {
        var text = "{\"source\": {}}\n{\"actor\": {\"name\": \"" + new string('a', JsonLinesDatasetReader.MaxLineBytes) + "\", \"kind\": \"person\"}}\n{\"actor\": {\"name\": \"B\", \"kind\": \"planet\"}}\n";

        var result = await ReadAsync(text);

        Assert.Equal([(2, "line"), (3, "actors[0].kind")], result.Errors.Select(e => (e.Line, e.Field)));
    }

    [Fact]
    public async Task ReadAsync_MoreItemsThanTheLimit_StopsWithTheLimitNamed()
    {
        var text = "{\"source\": {}}\n" + string.Concat(Enumerable.Range(0, 5).Select(i => $"{{\"actor\": {{\"name\": \"A{i}\", \"kind\": \"person\"}}}}\n"));

        var result = await ReadAsync(text, new IngestLimits { MaxItems = 1, MaxStreamedItems = 3 });

        var error = Assert.Single(result.Errors);
        Assert.Equal((5, "file"), (error.Line, error.Field));
        Assert.Contains("--limit MaxStreamedItems=N", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_MoreItemsThanASourceReadWholeMayHave_IsReadUnderTheStreamedLimit()
    {
        var text = "{\"source\": {}}\n" + string.Concat(Enumerable.Range(0, 5).Select(i => $"{{\"actor\": {{\"id\": \"a{i}\", \"name\": \"A{i}\", \"kind\": \"person\"}}}}\n"))
            + string.Concat(Enumerable.Range(1, 4).Select(i => $"{{\"relation\": {{\"source\": \"a0\", \"type\": \"LEADS\", \"target\": \"a{i}\"}}}}\n"));

        var result = await ReadAsync(text, new IngestLimits { MaxItems = 2 });

        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
        Assert.Equal((5, 4), (result.Document!.Actors.Count, result.Document.Relations.Count));
    }

    [Fact]
    public async Task ReadAsync_ManyBadLines_StopsAfterTheMostErrorsReported()
    {
        var text = "{\"source\": {}}\n" + string.Concat(Enumerable.Repeat("nope\n", JsonLinesDatasetReader.MaxErrors * 2));

        var result = await ReadAsync(text);

        Assert.Equal(JsonLinesDatasetReader.MaxErrors + 1, result.Errors.Count);
        Assert.Contains("reading stopped here", result.Errors[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_CarriageReturnsAndByteOrderMark_AreNotPartOfTheLines()
    {
        var result = await ReadAsync("\uFEFF" + Valid.Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
        Assert.Equal(new DateOnly(2025, 2, 18), result.Document!.Source.Published);
    }

    [Fact]
    public void ReadAsync_RandomAndTruncatedFiles_NeverThrowAndNeverHalfSucceed()
    {
        var valid = Encoding.UTF8.GetBytes(Valid);
        Gen.Int[0, valid.Length].Sample(cut =>
        {
            var result = ReadAsync(valid.AsMemory(0, cut).ToArray()).GetAwaiter().GetResult();
            return result.Succeeded ? result.Errors.Count == 0 : result.Errors.Count > 0 && result.Document is null;
        }, iter: 500);

        Gen.Byte.Array[0, 300].Sample(bytes =>
        {
            var result = ReadAsync(bytes).GetAwaiter().GetResult();
            return result.Succeeded != (result.Errors.Count > 0) && result.Errors.All(e => e.Line >= 1);
        }, iter: 1000);
    }

    private static Task<DatasetReadResult> ReadAsync(string text, IngestLimits? limits = null) =>
        ReadAsync(Encoding.UTF8.GetBytes(text), limits);

    private static async Task<DatasetReadResult> ReadAsync(byte[] bytes, IngestLimits? limits = null)
    {
        using var stream = new MemoryStream(bytes);
        return await JsonLinesDatasetReader.ReadAsync("t.jsonl", stream, "default", limits);
    }
}
