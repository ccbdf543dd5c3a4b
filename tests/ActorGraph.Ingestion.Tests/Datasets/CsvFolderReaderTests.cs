using System.Text;
using ActorGraph.Core.Model;
using ActorGraph.Ingestion.Datasets;
using CsCheck;

namespace ActorGraph.Ingestion.Tests.Datasets;

public sealed class CsvFolderReaderTests : IDisposable
{
    private const string Actors = "id:ID(Actor),name,kind,aliases:string[],sources:string[],cluster:int,influence:double,:LABEL\nrubio,Marco Rubio,person,Rubio;Secretary Rubio,a,0,0.5,Actor;Person\nus,\"United States, the\",country,,a,0,0.5,Actor;Country\nus-delegation,US delegation,group,,a,0,0.1,Actor;Group\n";
    private const string Relations = ":START_ID(Actor),:END_ID(Actor),:TYPE,weight:double,confidence:double,strength:double,since:date,until:date,sources:string[]\nrubio,us-delegation,LEADS,0.9,0.75,0.675,2025-02-18,,a\n";
    private const string Roles = "person,title,of,since:date,until:date\nrubio,Secretary of State,us,2025-01-21,\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("actorgraph-csv-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task ReadAsync_ExportLayout_ReadsEveryFileAsOneSource()
    {
        Write(Actors, Relations, Roles, "{\"source\": {\"id\": \"csv-export\", \"title\": \"Export\"}}");

        var result = await CsvFolderReader.ReadAsync(_folder, "default", null);

        var document = result.Document!;
        Assert.Equal(("csv-export", "Export"), (document.Source.Id, document.Source.Title));
        Assert.Equal(["Rubio", "Secretary Rubio"], document.Actors.Single(a => a.Id.Value == "rubio").Aliases);
        Assert.Equal("United States, the", document.Actors.Single(a => a.Id.Value == "us").Name);
        var relation = Assert.Single(document.Relations);
        Assert.Equal((RelationKind.Leads, 0.9, 0.75, new DateOnly(2025, 2, 18)), (relation.Kind, relation.Weight, relation.Confidence, relation.Since));
        Assert.Equal(new Role(ActorId.Parse("rubio"), "Secretary of State", ActorId.Parse("us"), new DateOnly(2025, 1, 21), null), Assert.Single(document.Roles));
    }

    [Fact]
    public async Task ReadAsync_WithoutSourceAndRoles_UsesTheDefaultSourceId()
    {
        Write(Actors, Relations, null, null);

        var result = await CsvFolderReader.ReadAsync(_folder, "folder-id", null);

        Assert.Equal("folder-id", result.Document!.Source.Id);
        Assert.Empty(result.Document.Roles);
    }

    [Theory]
    [InlineData("actors.csv", "id:ID(Actor),name,colour\n", 1, "header")]
    [InlineData("actors.csv", "id:ID(Actor),name,kind\na,\"A,person\n", 2, "syntax")]
    [InlineData("actors.csv", "id:ID(Actor),name,kind\na,A\n", 2, "actors[0]")]
    [InlineData("actors.csv", "id:ID(Actor),name,kind\na,A,planet\n", 2, "actors[0].kind")]
    [InlineData("relations.csv", ":START_ID(Actor),:END_ID(Actor),:TYPE\nrubio,nobody,LEADS\n", 2, "relations[0].target")]
    [InlineData("relations.csv", "", 1, "file")]
    public async Task ReadAsync_MalformedFile_RejectsTheFolderNamingTheFileLineAndField(string name, string text, int line, string field)
    {
        Write(Actors, Relations, null, null);
        await File.WriteAllTextAsync(Path.Combine(_folder, name), text);

        var result = await CsvFolderReader.ReadAsync(_folder, "d", null);

        Assert.Null(result.Document);
        Assert.Contains(result.Errors, e => e.File == Path.Combine(_folder, name) && e.Line == line && e.Field == field);
    }

    [Fact]
    public void ReadAsync_RandomRows_NeverThrowAndNeverHalfSucceed()
    {
        Write(Actors, Relations, null, null);
        Gen.Byte.Array[0, 200].Sample(bytes =>
        {
            File.WriteAllBytes(Path.Combine(_folder, "relations.csv"), [.. Encoding.UTF8.GetBytes(":START_ID(Actor),:END_ID(Actor),:TYPE,weight\n"), .. bytes]);
            var result = CsvFolderReader.ReadAsync(_folder, "d", null).GetAwaiter().GetResult();
            return result.Succeeded != (result.Errors.Count > 0) && result.Errors.All(e => e.Line >= 1);
        }, iter: 300, threads: 1);
    }

    [Theory]
    [InlineData("actors.csv", "id:ID(Actor),name,colour\n")]
    [InlineData("actors.csv", "id:ID(Actor),name,kind\na,A,planet\nb,B,person\nb,B,person\n")]
    [InlineData("relations.csv", ":START_ID(Actor),:END_ID(Actor),:TYPE\nrubio,us,LEADS\nrubio,nobody,LEADS\nrubio,us,LEADS\n")]
    [InlineData("source.json", "{\"source\": {\"url\": \"not a url\"}}")]
    [InlineData("relations.csv", "")]
    public async Task CheckAsync_MalformedFolder_ReportsTheErrorsOfAWholeRead(string name, string text)
    {
        Write(Actors, Relations, Roles, null);
        await File.WriteAllTextAsync(Path.Combine(_folder, name), text);

        var whole = await CsvFolderReader.ReadAsync(_folder, "d", null);
        var check = await CsvFolderReader.CheckAsync(_folder, "d", null);

        Assert.False(check.Succeeded);
        Assert.NotEmpty(whole.Errors);
        Assert.Equal(whole.Errors.Select(e => e.ToString()), check.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public async Task CheckAsync_ExportLayout_StreamsWhatAWholeReadHoldsAndRefusesAFolderChangedSince()
    {
        Write(Actors, Relations, Roles, "{\"source\": {\"id\": \"csv-export\", \"title\": \"Export\"}}");
        var document = (await CsvFolderReader.ReadAsync(_folder, "default", null)).Document!;

        var stream = (await CsvFolderReader.CheckAsync(_folder, "default", null, batchSize: 1)).Stream!;
        var batches = new List<SourceBatch>();
        await foreach (var batch in stream.ReadBatchesAsync())
        {
            batches.Add(batch);
        }

        Assert.Equal((document.ContentHash, 3, 1, 1), (stream.ContentHash, stream.Actors, stream.Roles, stream.Relations));
        Assert.Equal(document.ContentHash, new SourceDocument(document.Source, [.. batches.SelectMany(b => b.Actors)], [.. batches.SelectMany(b => b.Roles)], [.. batches.SelectMany(b => b.Relations)]).ContentHash);
        await File.WriteAllTextAsync(Path.Combine(_folder, "relations.csv"), Relations.Replace("0.9", "0.8", StringComparison.Ordinal));
        var error = await Assert.ThrowsAsync<ActorGraph.Core.Storage.GraphStoreException>(async () =>
        {
            await foreach (var _ in stream.ReadBatchesAsync())
            {
            }
        });
        Assert.Equal("SOURCE_CHANGED", error.Code);
    }

    private void Write(string actors, string relations, string? roles, string? source)
    {
        File.WriteAllText(Path.Combine(_folder, "actors.csv"), actors);
        File.WriteAllText(Path.Combine(_folder, "relations.csv"), relations);
        if (roles is not null)
        {
            File.WriteAllText(Path.Combine(_folder, "roles.csv"), roles);
        }

        if (source is not null)
        {
            File.WriteAllText(Path.Combine(_folder, "source.json"), source);
        }
    }
}
