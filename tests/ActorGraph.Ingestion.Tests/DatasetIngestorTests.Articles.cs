using ActorGraph.Core.Model;

namespace ActorGraph.Ingestion.Tests;

/// <summary>Articles next to datasets: the same ingestor, store and folder as the dataset tests.</summary>
public sealed partial class DatasetIngestorTests
{
    [Fact]
    public async Task IngestAsync_ArticlesAndDatasets_MergeOnTheSameActors()
    {
        var data = Directory.CreateDirectory(Path.Combine(Folder, "articles")).FullName;
        await File.WriteAllTextAsync(Path.Combine(data, "curated.yaml"), "source: { id: curated }\nactors:\n  - { name: Sergey Lavrov, kind: person }\n  - { name: Russia, kind: country }\nroles:\n  - { person: Sergey Lavrov, title: Foreign Minister, of: Russia }\n");
        await File.WriteAllTextAsync(Path.Combine(data, "report.txt"), "Title: Lavrov in Ankara\nDate: 2025-05-02\nURL: https://example.org/ankara\n\nRussian Foreign Minister Sergei Lavrov headed the Russian delegation at talks hosted by Turkey.\n");
        await File.WriteAllTextAsync(Path.Combine(data, "page.html"), "<html><body><article><p>Qatar mediated talks between Israel and Hamas.</p></article></body></html>");

        var report = await new DatasetIngestor(Store).IngestAsync([data]);

        Assert.Equal(IngestStatus.Succeeded, report.Status);
        Assert.All(report.Results, r => Assert.Equal(SourceOutcome.Added, r.Outcome));
        var snapshot = await Store.ReadSnapshotAsync();
        var lavrov = snapshot.Find(ActorId.FromName("Sergey Lavrov"));
        Assert.NotNull(lavrov);
        Assert.Equal(3, snapshot.Sources.Count);
        var article = Assert.Single(snapshot.Sources, s => s.Info.Id.EndsWith("report.txt", StringComparison.Ordinal));
        Assert.Equal("Lavrov in Ankara", article.Info.Title);
        Assert.Equal(new DateOnly(2025, 5, 2), article.Info.Published);
        var led = Assert.Single(snapshot.Relations, r => r.Source == lavrov.Id && r.Kind == RelationKind.Leads);
        Assert.Contains("Sergei Lavrov headed", Assert.Single(led.Provenance).Evidence, StringComparison.Ordinal);
        Assert.Contains(snapshot.Relations, r => r.Source == ActorId.FromName("Qatar") && r.Target == ActorId.FromName("Hamas") && r.Kind == RelationKind.Facilitates);

        var again = await new DatasetIngestor(Store).IngestAsync([data]);
        Assert.All(again.Results, r => Assert.Equal(SourceOutcome.Unchanged, r.Outcome));
    }

    [Fact]
    public async Task IngestAsync_BadArticles_AreRejectedWithFileLineAndFieldAndTheRestIngest()
    {
        var data = Directory.CreateDirectory(Path.Combine(Folder, "mixed-articles")).FullName;
        await File.WriteAllBytesAsync(Path.Combine(data, "a-binary.txt"), [0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01]);
        await File.WriteAllTextAsync(Path.Combine(data, "b-empty.md"), string.Empty);
        await File.WriteAllTextAsync(Path.Combine(data, "c-bad-date.txt"), "Title: X\nDate: soon\n\nTurkey hosted talks between Russia and Ukraine.\n");
        await File.WriteAllTextAsync(Path.Combine(data, "d-good.txt"), "Turkey hosted talks between Russia and Ukraine.\n");

        var report = await new DatasetIngestor(Store).IngestAsync([data]);

        Assert.Equal(IngestStatus.SomeRejected, report.Status);
        Assert.Equal([SourceOutcome.Rejected, SourceOutcome.Rejected, SourceOutcome.Rejected, SourceOutcome.Added], report.Results.Select(r => r.Outcome));
        Assert.Equal("file", report.Results[0].Errors.Single().Field);
        Assert.Equal("text", report.Results[1].Errors.Single().Field);
        Assert.Equal((2, "Date"), (report.Results[2].Errors.Single().Line, report.Results[2].Errors.Single().Field));
        var snapshot = await Store.ReadSnapshotAsync();
        Assert.Single(snapshot.Sources);
        Assert.Equal(2, snapshot.Relations.Count(r => r.Kind == RelationKind.Facilitates));
    }
}
