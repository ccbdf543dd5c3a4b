using System.Text;
using ActorGraph.Core.Model;
using ActorGraph.Ingestion.Datasets;
using ActorGraph.Ingestion.Importers;
using CsCheck;

namespace ActorGraph.Ingestion.Tests.Importers;

/// <summary>Small entity streams written by hand after the FollowTheMoney schema (Person, Company, Sanction, Directorship, Occupancy, Position, Membership, …).</summary>
public sealed class FtmImporterTests
{
    private const string Sanctions = """
        {"id": "NK-putin", "schema": "Person", "properties": {"name": ["Vladimir Putin"], "alias": ["Vladimir Vladimirovich Putin"], "weakAlias": ["VVP"], "previousName": ["Volodya"]}, "referents": ["ofac-123", "eu-456"], "datasets": ["us_ofac_sdn", "eu_fsf"]}
        {"id": "NK-rosneft", "schema": "Company", "properties": {"name": ["Rosneft"], "alias": ["Rosneft Oil Company"]}, "datasets": ["us_ofac_sdn"]}
        {"id": "ofac-s-1", "schema": "Sanction", "properties": {"entity": ["ofac-123"], "authority": ["Office of Foreign Assets Control"], "program": ["RUSSIA-EO14024"], "startDate": ["2022-02-25"], "sourceUrl": ["https://example.org/ofac"]}, "datasets": ["us_ofac_sdn"]}
        {"id": "eu-s-1", "schema": "Sanction", "properties": {"entity": ["NK-rosneft"], "country": ["eu"], "listingDate": ["2022-03"]}, "datasets": ["eu_fsf"]}
        {"id": "xx-s-1", "schema": "Sanction", "properties": {"entity": ["NK-rosneft"], "authority": ["Ministry of Finance of Ruritania"], "endDate": ["2024"]}, "datasets": ["xx"]}
        {"id": "addr-1", "schema": "Address", "properties": {"full": ["Moscow"]}}
        """;

    private const string Roles = """
        {"id": "p1", "schema": "Person", "properties": {"name": ["Igor Sechin"]}}
        {"id": "p2", "schema": "Person", "properties": {"name": ["Anna Adviser"]}}
        {"id": "p3", "schema": "Person", "properties": {"name": ["Paul Minister"]}}
        {"id": "c1", "schema": "Company", "properties": {"name": ["Rosneft"]}}
        {"id": "o1", "schema": "PublicBody", "properties": {"name": ["Ministry of Energy"]}}
        {"id": "d1", "schema": "Directorship", "properties": {"director": ["p1"], "organization": ["c1"], "role": ["Chief Executive"], "startDate": ["2012-05-22"]}}
        {"id": "d2", "schema": "Directorship", "properties": {"director": ["p2"], "organization": ["c1"], "role": ["Company secretary"]}}
        {"id": "m1", "schema": "Membership", "properties": {"member": ["p2"], "organization": ["o1"], "role": ["Senior Adviser"], "startDate": ["2020"], "endDate": ["2021-06"]}}
        {"id": "pos1", "schema": "Position", "properties": {"name": ["Prime Minister of Ukraine"], "country": ["ua"]}}
        {"id": "pos2", "schema": "Position", "properties": {"name": ["Adviser to the Minister"], "organization": ["o1"]}}
        {"id": "occ1", "schema": "Occupancy", "properties": {"holder": ["p3"], "post": ["pos1"], "startDate": ["2020-03-04"], "endDate": ["2024-09-05"]}}
        {"id": "occ2", "schema": "Occupancy", "properties": {"holder": ["p2"], "post": ["pos2"], "startDate": ["2019"]}}
        {"id": "e1", "schema": "Employment", "properties": {"employee": ["p3"], "employer": ["c1"]}}
        {"id": "r1", "schema": "Representation", "properties": {"agent": ["c1"], "client": ["o1"], "role": ["consultant"]}}
        """;

    [Fact]
    public void Read_PeopleAndCompanies_AreActorsWithTheirFtmIdAndEveryKindOfAlias()
    {
        var document = Read(Sanctions).Document!;

        var putin = document.Actors.Single(a => a.Id == ActorId.Parse("ftm:NK-putin"));
        Assert.Equal(("Vladimir Putin", ActorKind.Person), (putin.Name, putin.Kind));
        Assert.Equal(["Vladimir Vladimirovich Putin", "VVP", "Volodya"], putin.Aliases);
        Assert.Equal(ActorKind.Organization, document.Actors.Single(a => a.Id == ActorId.Parse("ftm:NK-rosneft")).Kind);
    }

    [Fact]
    public void Read_Sanctions_GoFromTheResolvedAuthorityToTheEntityThroughReferents()
    {
        var relations = Read(Sanctions).Document!.Relations.ToDictionary(r => (r.Source.Value, r.Target.Value));

        var ofac = relations[("office-of-foreign-assets-control", "ftm:nk-putin")];
        Assert.Equal(RelationKind.Sanctions, ofac.Kind);
        Assert.Equal(new DateOnly(2022, 2, 25), ofac.Since);
        Assert.Equal("https://example.org/ofac", ofac.Evidence);
        Assert.Equal("FtM Sanction ofac-s-1 in us_ofac_sdn; program: RUSSIA-EO14024", ofac.Context);
        Assert.Equal(new DateOnly(2022, 3, 1), relations[("european-union", "ftm:nk-rosneft")].Since);
        Assert.Equal(new DateOnly(2024, 1, 1), relations[("ministry-of-finance-of-ruritania", "ftm:nk-rosneft")].Until);
        Assert.Equal(3, relations.Count);
    }

    [Fact]
    public void Read_DirectorshipsOccupanciesAndMemberships_BecomeRolesLeadsAndAdvises()
    {
        var document = Read(Roles).Document!;
        var relations = document.Relations.Select(r => $"{r.Source} {Vocabulary.Name(r.Kind)} {r.Target}").Order(StringComparer.Ordinal);
        var roles = document.Roles.Select(r => $"{r.Person}|{r.Title}|{r.Of}|{r.Since:yyyy-MM-dd}|{r.Until:yyyy-MM-dd}").Order(StringComparer.Ordinal);

        Assert.Equal(
            [
                "ftm:c1 ADVISES ftm:o1",
                "ftm:p1 LEADS ftm:c1",
                "ftm:p2 ADVISES ftm:o1",
                "ftm:p3 LEADS ukraine",
            ],
            relations);
        Assert.Equal(
            [
                "ftm:p2|Adviser to the Minister|ftm:o1|2019-01-01|",
                "ftm:p2|Company secretary|ftm:c1||",
                "ftm:p2|Senior Adviser|ftm:o1|2020-01-01|2021-06-01",
                "ftm:p3|Employee|ftm:c1||",
                "ftm:p3|Prime Minister of Ukraine|ukraine|2020-03-04|2024-09-05",
            ],
            roles);
    }

    [Theory]
    [InlineData("{\"id\": \"a\", \"schema\": \"Person\", \"properties\": {\"name\": [\"A\"]}}\nnot json\n", 2, "syntax")]
    [InlineData("{\"schema\": \"Person\", \"properties\": {\"name\": [\"A\"]}}\n", 1, "id")]
    [InlineData("{\"id\": \"a\", \"schema\": \"Person\", \"properties\": {}}\n", 1, "properties.name")]
    [InlineData("{\"id\": \"a\", \"schema\": \"Person\", \"properties\": {\"name\": \"A\"}}\n", 1, "properties.name")]
    [InlineData("[1]\n", 1, "entity")]
    public void Read_MalformedEntity_RejectsTheFileNamingLineAndField(string text, int line, string field)
    {
        var result = Read(text);

        Assert.Null(result.Document);
        Assert.Contains(result.Errors, e => e.Line == line && e.Field == field);
    }

    [Fact]
    public async Task IsFtmFile_JsonLinesStartingWithAnEntity_IsFtmAndADatasetIsNot()
    {
        var folder = Directory.CreateTempSubdirectory("actorgraph-ftm-").FullName;
        try
        {
            var (ftm, dataset, named) = (Path.Combine(folder, "a.jsonl"), Path.Combine(folder, "b.jsonl"), Path.Combine(folder, "c.ftm.json"));
            await File.WriteAllTextAsync(ftm, Roles);
            await File.WriteAllTextAsync(dataset, "{\"source\": {\"id\": \"b\"}}\n");

            Assert.Equal((true, false, true), (FtmImporter.IsFtmFile(ftm), FtmImporter.IsFtmFile(dataset), FtmImporter.IsFtmFile(named)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Read_RandomAndTruncatedStreams_NeverThrowAndNeverHalfSucceed()
    {
        var valid = Encoding.UTF8.GetBytes(Sanctions + "\n" + Roles);
        Gen.Int[0, valid.Length].Sample(cut =>
        {
            var result = Read(valid[..cut]);
            return result.Succeeded != (result.Errors.Count > 0);
        }, iter: 300);
        Gen.Byte.Array[0, 300].Sample(bytes =>
        {
            var result = Read(bytes);
            return result.Succeeded != (result.Errors.Count > 0) && result.Errors.All(e => e.Line >= 1);
        }, iter: 500);
    }

    private static DatasetReadResult Read(string text) => Read(Encoding.UTF8.GetBytes(text));

    private static DatasetReadResult Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return FtmImporter.ReadAsync("t.ftm.json", stream, "t", null).GetAwaiter().GetResult();
    }
}
