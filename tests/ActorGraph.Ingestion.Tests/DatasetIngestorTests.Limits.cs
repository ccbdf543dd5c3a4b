using ActorGraph.Testing;

namespace ActorGraph.Ingestion.Tests;

public sealed partial class DatasetIngestorTests
{
    private const string CutFlowSequence = "actors:\n  - name: Vladimir Putin\n    kind: person\n    aliases: [Mosco\n  - w, the Kremlin] }\n";

    [Fact]
    public async Task Ingest_YamlThatCrashedTheParserBesideAGoodDataset_RejectsItAndIngestsTheOther()
    {
        var data = Directory.CreateDirectory(Path.Combine(Folder, "data")).FullName;
        await File.WriteAllTextAsync(Path.Combine(data, "a-cut.yaml"), CutFlowSequence);
        File.Copy(Repository.File("samples", "oil-sanctions-2025-10.yaml"), Path.Combine(data, "b-oil.yaml"));

        var report = await new DatasetIngestor(Store).IngestAsync([data]);

        Assert.Equal([SourceOutcome.Rejected, SourceOutcome.Added], report.Results.Select(r => r.Outcome));
        Assert.Equal(IngestStatus.SomeRejected, report.Status);
        Assert.Equal((4, "syntax"), (report.Results[0].Errors[0].Line, report.Results[0].Errors[0].Field));
        Assert.Equal(["oil-sanctions-2025-10"], (await Store.ListSourcesAsync()).Select(s => s.Info.Id));
    }

    [Fact]
    public async Task Ingest_HundredThousandNestedDivs_IsRejectedNamingTheLimitAndTheRestIngest()
    {
        var page = Path.Combine(Folder, "a-deep.html");
        await File.WriteAllTextAsync(page, "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "Vladimir Putin met Donald Trump." + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>");
        var article = Repository.File("samples", "articles", "us-sanctions-rosneft-2025-10-22.txt");

        var report = await new DatasetIngestor(Store).IngestAsync([page, article]);

        Assert.Equal([SourceOutcome.Rejected, SourceOutcome.Added], report.Results.Select(r => r.Outcome));
        var error = Assert.Single(report.Results[0].Errors);
        Assert.Equal(("html", "elements nested deeper than 256 levels (raise it with --limit MaxHtmlDepth=N)"), (error.Field, error.Message));
    }

    [Fact]
    public async Task Ingest_ArticleOverTheExtractionTimeout_IsRejectedNamingTheLimit()
    {
        // A tiny bound, so that any article goes over it: the product's watchdog, not the speed of this machine, is tested.
        var article = Path.Combine(Folder, "long.txt");
        var text = await File.ReadAllTextAsync(Repository.File("samples", "articles", "riyadh-talks-2025-02-18.txt"));
        await File.WriteAllTextAsync(article, string.Concat(Enumerable.Repeat(text + "\n\n", 200)));
        var limits = new IngestLimits { ExtractionTimeout = TimeSpan.FromTicks(1) };

        var report = await new DatasetIngestor(Store, limits: limits).IngestAsync([article]);

        var error = Assert.Single(Assert.Single(report.Results).Errors);
        Assert.Equal(("text", 1), (error.Field, error.Line));
        Assert.StartsWith("reading and extracting took longer than 0 s", error.Message, StringComparison.Ordinal);
        Assert.Contains("--limit ExtractionTimeout=SECONDS", error.Message, StringComparison.Ordinal);
        Assert.Empty(await Store.ListSourcesAsync());
    }

    [Fact]
    public async Task Ingest_ArticleWithMoreItemsThanTheLimit_IsRejectedOnItsTextLine()
    {
        var article = Repository.File("samples", "articles", "riyadh-talks-2025-02-18.txt");

        var report = await new DatasetIngestor(Store, limits: new IngestLimits { MaxItems = 3 }).IngestAsync([article]);

        var error = Assert.Single(Assert.Single(report.Results).Errors);
        Assert.Equal("text", error.Field);
        Assert.Contains("more than the 3 items a source may have", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_MutatedSamples_ExitZeroOrThreeAndARejectedOneChangesNothing()
    {
        var samples = Directory.CreateDirectory(Path.Combine(Folder, "samples")).FullName;
        foreach (var (name, bytes) in Mutants.Datasets)
        {
            await File.WriteAllBytesAsync(Path.Combine(samples, name), bytes);
        }

        var ingestor = new DatasetIngestor(Store);
        Assert.Equal(IngestStatus.Succeeded, (await ingestor.IngestAsync([samples])).Status);
        var before = await StateAsync();
        var mutants = Directory.CreateDirectory(Path.Combine(Folder, "mutants")).FullName;
        var rejected = 0;
        foreach (var mutant in Mutants.Make(Mutants.Datasets, 1500, seed: 20261130))
        {
            var file = Path.Combine(mutants, mutant.Name);
            await File.WriteAllBytesAsync(file, mutant.Bytes);

            var report = await ingestor.IngestAsync([file]);

            var result = Assert.Single(report.Results);
            Assert.True(report.Status is IngestStatus.Succeeded or IngestStatus.SomeRejected, $"{mutant}: {report.Status}");
            var after = await StateAsync();
            if (result.Outcome == SourceOutcome.Rejected)
            {
                rejected++;
                Assert.NotEmpty(result.Errors);
                Assert.All(result.Errors, e => Assert.True(e.Line >= 1 && e.Field.Length > 0 && e.File == file, $"{mutant}: {e}"));
                Assert.Equal(before, after);
                continue;
            }

            // An accepted mutant changes its own source only; the sample it came from is put back.
            Assert.Equal(before.Where(s => s.Key != result.SourceId), after.Where(s => s.Key != result.SourceId));
            await Store.RetractSourceAsync(result.SourceId!);
            await ingestor.IngestAsync([samples]);
            before = await StateAsync();
        }

        // Most mutants are rejected, and some are not: both ways are exercised.
        Assert.InRange(rejected, 750, 1499);
    }

    [Fact]
    public async Task Ingest_JsonDatasetOverTheSizeCap_IsRejectedSayingHowToGoPastItAndReadUnderARaisedCap()
    {
        var file = Path.Combine(Folder, "big.json");
        await File.WriteAllTextAsync(file, "{\"source\": {\"id\": \"big\"}, \"actors\": [{\"name\": \"A\", \"kind\": \"person\"}]}" + new string(' ', 2000));

        var refused = await new DatasetIngestor(Store, limits: new IngestLimits { MaxDatasetFileBytes = 1000 }).IngestAsync([file]);
        var read = await new DatasetIngestor(Store, limits: new IngestLimits { MaxDatasetFileBytes = 4000 }).IngestAsync([file]);

        var error = Assert.Single(refused.Results.Single().Errors);
        Assert.Equal("file", error.Field);
        Assert.Contains("--max-file-size", error.Message, StringComparison.Ordinal);
        Assert.Contains("JSON Lines (.jsonl)", error.Message, StringComparison.Ordinal);
        Assert.Equal(SourceOutcome.Added, read.Results.Single().Outcome);
    }

    [Fact]
    public async Task Ingest_JsonLinesFile_IsOneSourceAndABadOneWritesNothing()
    {
        var good = Path.Combine(Folder, "good.jsonl");
        var bad = Path.Combine(Folder, "bad.ndjson");
        await File.WriteAllTextAsync(good, "{\"source\": {\"id\": \"g\"}}\n{\"actor\": {\"name\": \"A\", \"kind\": \"person\"}}\n{\"actor\": {\"name\": \"B\", \"kind\": \"group\"}}\n{\"relation\": {\"source\": \"A\", \"type\": \"LEADS\", \"target\": \"B\"}}\n");
        await File.WriteAllTextAsync(bad, "{\"source\": {\"id\": \"b\"}}\n{\"actor\": {\"name\": \"C\", \"kind\": \"person\"}}\n{\"relation\": {\"source\": \"C\", \"type\": \"LEADS\", \"target\": \"D\"}}\n");

        var report = await new DatasetIngestor(Store).IngestAsync([Folder]);

        Assert.Equal([SourceOutcome.Rejected, SourceOutcome.Added], report.Results.Select(r => r.Outcome));
        Assert.Equal((3, "relations[0].target"), (report.Results[0].Errors.Single().Line, report.Results[0].Errors.Single().Field));
        var snapshot = await Store.ReadSnapshotAsync();
        Assert.Equal(["g"], snapshot.Sources.Select(s => s.Info.Id));
        Assert.Single(snapshot.Relations);
    }

    private async Task<Dictionary<string, (string Hash, DateTimeOffset At)>> StateAsync() =>
        (await Store.ListSourcesAsync()).ToDictionary(s => s.Info.Id, s => (s.ContentHash, s.IngestedAt));
}
