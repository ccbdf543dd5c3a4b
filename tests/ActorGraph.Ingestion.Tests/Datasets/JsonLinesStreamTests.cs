using System.Text;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Ingestion.Datasets;
using ActorGraph.Testing;

namespace ActorGraph.Ingestion.Tests.Datasets;

/// <summary>A JSON Lines file checked in one reading and written, batch by batch, from a second.</summary>
public sealed class JsonLinesStreamTests : IAsyncLifetime
{
    private const string Head = "{\"source\": {\"id\": \"s\", \"title\": \"T\"}}\n";
    private TemporaryStore _temporary = null!;

    public async Task InitializeAsync() => _temporary = await TemporaryStore.CreateAsync("actorgraph-stream-");

    public async Task DisposeAsync() => await _temporary.DisposeAsync();

    public static TheoryData<string> BadFiles => new()
    {
        // Repeats by the fast path and by the general path, and a repeat of a repeat.
        Head + Actors(3) + Relation(0, 1) + Relation(1, 2) + Relation(0, 1) + "{\"relation\": {\"source\": \"a0\", \"type\": \"leads\", \"target\": \"A1\"}}\n" + Relation(0, 1),
        Head + Actors(2) + Relation(0, 1) + "{\"relation\": {\"source\": \"a9\", \"type\": \"LEADS\", \"target\": \"a1\"}}\n" + "{\"actor\": {\"name\": \"a0\", \"kind\": \"planet\"}}\n" + Relation(0, 1),
        Head + Actors(2) + "{\"relation\": {\"source\": \"a0\", \"type\": \"LEADS\", \"target\": \"a1\", \"weight\": 2}}\n" + "not json\n" + Relation(1, 0),
        Actors(2) + Relation(0, 1),
        string.Empty,
        // More repeats than errors are reported: reading stops at the thousandth.
        Head + Actors(2) + string.Concat(Enumerable.Repeat(Relation(0, 1), 1500)),
        // Other errors, then repeats, past the most errors reported.
        Head + Actors(2) + string.Concat(Enumerable.Repeat("[1]\n", 600)) + string.Concat(Enumerable.Repeat(Relation(1, 0), 600)),
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task CheckFileAsync_BadFile_ReportsTheErrorsOfAWholeRead(string text)
    {
        var file = await WriteAsync(text);

        var whole = await JsonLinesDatasetReader.ReadFileAsync(file, "default", null);
        var check = await JsonLinesDatasetReader.CheckFileAsync(file, "default", null);

        Assert.False(whole.Succeeded);
        Assert.Equal((null, null), (check.Document, check.Stream));
        Assert.Equal(whole.Errors.Select(e => e.ToString()), check.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public async Task CheckFileAsync_GoodFile_StreamsInBatchesWhatAWholeReadHolds()
    {
        // Batches are handed on between the reader's 64 KiB buffers: the file spans several.
        var text = Head + Actors(500) + "{\"role\": {\"person\": \"a0\", \"title\": \"Chair\", \"of\": \"a1\"}}\n"
            + string.Concat(Enumerable.Range(0, 500).Select(i => Relation(i, (i + 1) % 500) + Relation(i, (i + 2) % 500))) + Actors(700, from: 500)
            + string.Concat(Enumerable.Range(0, 1000).Select(i => Relation(500 + (i % 200), i % 500)));
        var file = await WriteAsync(text);
        var whole = (await JsonLinesDatasetReader.ReadFileAsync(file, "default", null)).Document!;

        var stream = (await JsonLinesDatasetReader.CheckFileAsync(file, "default", null, batchSize: 100)).Stream!;
        var batches = new List<SourceBatch>();
        await foreach (var batch in stream.ReadBatchesAsync())
        {
            batches.Add(batch);
        }

        Assert.Equal(whole.ContentHash, stream.ContentHash);
        Assert.Equal((700, 1, 2000), (stream.Actors, stream.Roles, stream.Relations));
        Assert.True(batches.Count > 3);
        Assert.Equal(whole.ContentHash, new SourceDocument(whole.Source, [.. batches.SelectMany(b => b.Actors)], [.. batches.SelectMany(b => b.Roles)], [.. batches.SelectMany(b => b.Relations)]).ContentHash);
        var declared = new HashSet<ActorId>();
        foreach (var batch in batches)
        {
            declared.UnionWith(batch.Actors.Select(a => a.Id));
            Assert.All(batch.Relations, r => Assert.True(declared.Contains(r.Source) && declared.Contains(r.Target)));
        }
    }

    [Fact]
    public async Task UpsertSourceAsync_FileChangedBetweenCheckAndWrite_FailsAndKeepsTheLastVersion()
    {
        var file = await WriteAsync(Head + Actors(3) + Relation(0, 1));
        var store = _temporary.Store;
        await store.UpsertSourceAsync((await JsonLinesDatasetReader.CheckFileAsync(file, "default", null)).Stream!);
        var before = Streams.Describe(await store.ReadSnapshotAsync());
        var stream = (await JsonLinesDatasetReader.CheckFileAsync(file, "default", null)).Stream!;
        await File.WriteAllTextAsync(file, Head + Actors(3) + Relation(0, 1) + Relation(1, 2));

        var added = (await JsonLinesDatasetReader.CheckFileAsync(file, "default", null)).Stream!;
        await File.WriteAllTextAsync(file, Head + Actors(3) + Relation(0, 2));
        var error = await Assert.ThrowsAsync<GraphStoreException>(() => store.UpsertSourceAsync(added));

        Assert.Equal("SOURCE_UNREADABLE", error.Code);
        Assert.Contains("changed since it was checked", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Streams.Describe(await store.ReadSnapshotAsync()));
        Assert.Equal(UpsertOutcome.Unchanged, await store.UpsertSourceAsync(stream));
    }

    [Fact]
    public async Task IngestAsync_JsonLines_WritesInBatchesAndReingestsAsUnchanged()
    {
        var file = await WriteAsync(Head + Actors(30) + string.Concat(Enumerable.Range(0, 29).Select(i => Relation(i, i + 1))));
        var ingestor = new DatasetIngestor(_temporary.Store) { BatchSize = 7 };

        var first = await ingestor.IngestAsync([file]);
        var second = await ingestor.IngestAsync([file]);

        Assert.Equal((SourceOutcome.Added, 30, 29), (first.Results[0].Outcome, first.Results[0].Actors, first.Results[0].Relations));
        Assert.Equal(SourceOutcome.Unchanged, second.Results[0].Outcome);
        Assert.Equal(new StoreStatistics(30, 0, 29, 1), await _temporary.Store.GetStatisticsAsync());
        var document = (await JsonLinesDatasetReader.ReadFileAsync(file, "default", null)).Document!;
        Assert.Equal(document.ContentHash, (await _temporary.Store.ListSourcesAsync()).Single().ContentHash);
    }

    private static string Actors(int count, int from = 0) =>
        string.Concat(Enumerable.Range(from, count - from).Select(i => $"{{\"actor\": {{\"id\": \"a{i}\", \"name\": \"Actor {i}\", \"kind\": \"person\"}}}}\n"));

    private static string Relation(int from, int to) =>
        $"{{\"relation\": {{\"source\": \"a{from}\", \"type\": \"LEADS\", \"target\": \"a{to}\", \"weight\": 0.5, \"confidence\": 1}}}}\n";

    private async Task<string> WriteAsync(string text)
    {
        var file = Path.Combine(_temporary.Folder, $"f{Guid.NewGuid():N}.jsonl");
        await File.WriteAllTextAsync(file, text, new UTF8Encoding(false));
        return file;
    }
}
