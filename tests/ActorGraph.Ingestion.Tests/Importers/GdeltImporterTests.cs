using System.IO.Compression;
using System.Text;
using ActorGraph.Core.Model;
using ActorGraph.Ingestion.Datasets;
using ActorGraph.Ingestion.Importers;
using CsCheck;

namespace ActorGraph.Ingestion.Tests.Importers;

public sealed class GdeltImporterTests
{
    private static readonly ActorId UnitedStates = ActorId.FromName("United States");
    private static readonly ActorId Russia = ActorId.FromName("Russia");
    private static readonly ActorId Qatar = ActorId.FromName("Qatar");
    private static readonly ActorId Ukraine = ActorId.FromName("Ukraine");

    [Fact]
    public async Task ReadAsync_Cameo163_IsSanctionsFromActor1ToActor2WithDateAndUrl()
    {
        var result = await ReadAsync(Row(1, "20250301", "USAGOV", "UNITED STATES", "RUS", "RUSSIA", "163", sources: 3, articles: 7, url: "https://example.org/a"));

        var relation = Assert.Single(result.Document!.Relations);
        Assert.Equal((UnitedStates, RelationKind.Sanctions, Russia), (relation.Source, relation.Kind, relation.Target));
        Assert.Equal(new DateOnly(2025, 3, 1), relation.Since);
        Assert.Equal("https://example.org/a", relation.Evidence);
        Assert.Contains("CAMEO 163", relation.Context, StringComparison.Ordinal);
        Assert.Equal(GdeltImporter.Confidence(3, 7), relation.Confidence);
        Assert.Equal(["Russia", "United States"], result.Document.Actors.Select(a => a.Name).Order());
        Assert.All(result.Document.Actors, a => Assert.Equal(ActorKind.Country, a.Kind));
    }

    [Fact]
    public async Task ReadAsync_Cameo045_IsFacilitatesAndRelatedCodesAreRefused()
    {
        var result = await ReadAsync(
            Row(1, "20250301", "QAT", "QATAR", "UKR", "UKRAINE", "045"),
            Row(2, "20250301", "USA", "UNITED STATES", "RUS", "RUSSIA", "1312"),
            Row(3, "20250301", "USA", "UNITED STATES", "RUS", "RUSSIA", "039"),
            Row(4, "20250301", "USA", "UNITED STATES", "RUS", "RUSSIA", "1621"),
            Row(5, "20250301", "USA", "UNITED STATES", "RUS", "RUSSIA", "45"));

        var relation = Assert.Single(result.Document!.Relations);
        Assert.Equal((Qatar, RelationKind.Facilitates, Ukraine), (relation.Source, relation.Kind, relation.Target));
    }

    [Fact]
    public async Task ReadAsync_Cameo043_FacilitatesOnlyWhenTheVisitorMetAThirdActorThatDay()
    {
        var result = await ReadAsync(
            // Qatar hosts Ukraine, and Ukraine meets Russia that day: Qatar hosted talks it was not a party to.
            Row(1, "20250301", "QAT", "QATAR", "UKR", "UKRAINE", "043"),
            Row(2, "20250301", "UKR", "UKRAINE", "RUS", "RUSSIA", "046"),
            // The next day the United States hosts Russia, who meets nobody else that day: a bilateral visit.
            Row(3, "20250302", "USA", "UNITED STATES", "RUS", "RUSSIA", "043"));

        var relation = Assert.Single(result.Document!.Relations);
        Assert.Equal((Qatar, RelationKind.Facilitates, Ukraine), (relation.Source, relation.Kind, relation.Target));
    }

    [Theory]
    [InlineData("USA", "UNITED STATES", "", true)]
    [InlineData("USAGOV", "UNITED STATES", "", true)]
    [InlineData("USAMIL", "PENTAGON", "", true)]
    [InlineData("USABUS", "COMPANY", "", false)]
    [InlineData("USAOPP", "OPPOSITION", "", false)]
    [InlineData("", "", "", false)]
    [InlineData("IGOUNO", "UNITED NATIONS", "UNO", true)]
    [InlineData("IGO", "UNITED NATIONS", "", true)]
    public async Task ReadAsync_ActorCodes_ResolveToTheStateOrAKnownGroupOnly(string code, string name, string knownGroup, bool resolved)
    {
        var result = await ReadAsync(Row(1, "20250301", code, name, "RUS", "RUSSIA", "163", knownGroup1: knownGroup));

        Assert.Equal(resolved ? 1 : 0, result.Document!.Relations.Count);
        if (code.StartsWith("IGO", StringComparison.Ordinal))
        {
            Assert.Equal(ActorId.FromName("United Nations"), result.Document.Relations[0].Source);
        }
    }

    [Fact]
    public async Task ReadAsync_RepeatedEvents_AreOneRelationWhoseConfidenceRisesWithTheReports()
    {
        var once = await ReadAsync(Row(1, "20250302", "USA", "", "RUS", "", "163", sources: 1, articles: 1));
        var thrice = await ReadAsync(
            Row(1, "20250302", "USA", "", "RUS", "", "163", sources: 1, articles: 1),
            Row(2, "20250301", "USAGOV", "", "RUSGOV", "", "163", sources: 2, articles: 4, url: "https://example.org/most"),
            Row(3, "20250303", "USA", "", "RUS", "", "163", sources: 1, articles: 2));

        var (one, merged) = (Assert.Single(once.Document!.Relations), Assert.Single(thrice.Document!.Relations));
        Assert.True(merged.Confidence > one.Confidence);
        Assert.Equal(new DateOnly(2025, 3, 1), merged.Since);
        Assert.Equal("https://example.org/most", merged.Evidence);
        Assert.InRange(GdeltImporter.Confidence(1000, 100_000), 0.9, 0.95);
    }

    [Theory]
    [InlineData("1\t2\t3", "columns")]
    [InlineData(null, "SQLDATE")]
    public async Task ReadAsync_MalformedRow_RejectsTheFileNamingLineAndField(string? text, string field)
    {
        var bad = text ?? Row(2, "2025-03-01", "USA", "", "RUS", "", "163");

        var result = await ReadAsync(Row(1, "20250301", "USA", "", "RUS", "", "163"), bad);

        Assert.Null(result.Document);
        var error = Assert.Single(result.Errors);
        Assert.Equal((2, field), (error.Line, error.Field));
    }

    [Fact]
    public async Task ReadFileAsync_ZippedExport_ReadsTheEntry()
    {
        var folder = Directory.CreateTempSubdirectory("actorgraph-gdelt-").FullName;
        try
        {
            var zip = Path.Combine(folder, "20250301000000.export.CSV.zip");
            using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
            await using (var entry = new StreamWriter(archive.CreateEntry("20250301000000.export.CSV").Open()))
            {
                await entry.WriteAsync(Row(1, "20250301", "USA", "", "RUS", "", "163") + "\n");
            }

            var result = await GdeltImporter.ReadFileAsync(zip, "g", null);

            Assert.True(GdeltImporter.IsGdeltFile(zip));
            Assert.Single(result.Document!.Relations);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void ReadAsync_RandomBytes_NeverThrowAndNeverHalfSucceed()
    {
        var valid = Encoding.UTF8.GetBytes(Row(1, "20250301", "USA", "", "RUS", "", "163") + "\n" + Row(2, "20250301", "QAT", "", "UKR", "", "045"));
        Gen.Int[0, valid.Length].Sample(cut =>
        {
            var result = Read(valid[..cut]);
            return result.Succeeded != (result.Errors.Count > 0);
        }, iter: 300);
        Gen.Byte.Array[0, 400].Sample(bytes =>
        {
            var result = Read(bytes);
            return result.Succeeded != (result.Errors.Count > 0) && result.Errors.All(e => e.Line >= 1);
        }, iter: 500);
    }

    /// <summary>A GDELT 2.0 event row: 61 tab-separated columns.</summary>
    private static string Row(int id, string date, string code1, string name1, string code2, string name2, string eventCode, int sources = 1, int articles = 1, string url = "https://example.org/x", string knownGroup1 = "")
    {
        var columns = Enumerable.Repeat(string.Empty, GdeltImporter.ColumnCount).ToArray();
        columns[0] = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        columns[1] = date;
        (columns[5], columns[6], columns[8]) = (code1, name1, knownGroup1);
        (columns[15], columns[16]) = (code2, name2);
        (columns[26], columns[27], columns[28]) = (eventCode, eventCode[..Math.Min(3, eventCode.Length)], eventCode[..Math.Min(2, eventCode.Length)]);
        (columns[31], columns[32], columns[33]) = ((sources * 2).ToString(System.Globalization.CultureInfo.InvariantCulture), sources.ToString(System.Globalization.CultureInfo.InvariantCulture), articles.ToString(System.Globalization.CultureInfo.InvariantCulture));
        columns[60] = url;
        return string.Join('\t', columns);
    }

    private static Task<DatasetReadResult> ReadAsync(params string[] rows) =>
        Task.FromResult(Read(Encoding.UTF8.GetBytes(string.Join('\n', rows) + "\n")));

    private static DatasetReadResult Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return GdeltImporter.ReadAsync("t.export.CSV", stream, "t", null).GetAwaiter().GetResult();
    }
}
