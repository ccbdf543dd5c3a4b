using ActorGraph.Core.Model;
using ActorGraph.Ingestion.Importers;

namespace ActorGraph.Ingestion.Tests;

public sealed partial class DatasetIngestorTests
{
    private const string FtmSanction = """
        {"id": "NK-rosneft", "schema": "Company", "properties": {"name": ["Rosneft"]}, "datasets": ["us_ofac_sdn"]}
        {"id": "s-1", "schema": "Sanction", "properties": {"entity": ["NK-rosneft"], "authority": ["OFAC"], "startDate": ["2022-02-24"]}, "datasets": ["us_ofac_sdn"]}
        """;

    [Fact]
    public async Task Ingest_GdeltAndFtmFilesByName_AreSourcesWhoseCountriesAreTheActorsArticlesUse()
    {
        var data = Directory.CreateDirectory(Path.Combine(Folder, "sources")).FullName;
        await File.WriteAllTextAsync(Path.Combine(data, "20250301000000.export.CSV"), GdeltRow("USAGOV", "RUS", "163") + "\n");
        await File.WriteAllTextAsync(Path.Combine(data, "entities.ftm.json"), FtmSanction);
        await File.WriteAllTextAsync(Path.Combine(data, "opensanctions.jsonl"), FtmSanction);
        await File.WriteAllTextAsync(Path.Combine(data, "a.yaml"), "source: { id: a }\nactors:\n  - { name: United States, kind: country }\n  - { name: Russia, kind: country }\nrelations:\n  - { source: United States, type: ADVISES, target: Russia }\n");

        var report = await new DatasetIngestor(Store).IngestAsync([data]);

        Assert.Equal(IngestStatus.Succeeded, report.Status);
        Assert.Equal(4, report.Count(SourceOutcome.Added));
        var snapshot = await Store.ReadSnapshotAsync();
        var unitedStates = snapshot.Get(ActorId.FromName("United States"));
        Assert.Equal(2, unitedStates.Sources.Count);
        Assert.Contains("a", unitedStates.Sources);
        Assert.Contains(unitedStates.Sources, s => s.EndsWith("/20250301000000.export.CSV", StringComparison.Ordinal));
        Assert.Contains(snapshot.Relations, r => r.Source == ActorId.FromName("Office of Foreign Assets Control") && r.Kind == RelationKind.Sanctions && r.Target == ActorId.Parse("ftm:NK-rosneft"));
    }

    [Fact]
    public async Task Ingest_FormatGiven_ReadsEveryFileInItWhateverItsName()
    {
        var file = Path.Combine(Folder, "events.tsv");
        await File.WriteAllTextAsync(file, GdeltRow("QAT", "UKR", "045") + "\n");

        var auto = await new DatasetIngestor(Store).IngestAsync([file]);
        var gdelt = await new DatasetIngestor(Store) { Format = IngestFormat.Gdelt }.IngestAsync([file]);

        Assert.Equal(SourceOutcome.Rejected, auto.Results.Single().Outcome);
        Assert.Equal(SourceOutcome.Added, gdelt.Results.Single().Outcome);
        Assert.Single((await Store.ReadSnapshotAsync()).Relations, r => r.Kind == RelationKind.Facilitates);
    }

    private static string GdeltRow(string actor1, string actor2, string eventCode)
    {
        var columns = Enumerable.Repeat(string.Empty, GdeltImporter.ColumnCount).ToArray();
        (columns[0], columns[1], columns[5], columns[15], columns[26], columns[32], columns[33], columns[60]) =
            ("1", "20250301", actor1, actor2, eventCode, "2", "3", "https://example.org/e");
        return string.Join('\t', columns);
    }
}
