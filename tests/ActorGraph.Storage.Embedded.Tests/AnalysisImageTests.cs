using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Testing;

namespace ActorGraph.Storage.Embedded.Tests;

/// <summary>
/// The analysis image gives exactly the snapshot that merging the sources gives: one store over the file reads through
/// the image, another over the same file merges every time, and the two must agree after every kind of write.
/// </summary>
public sealed class AnalysisImageTests : IDisposable
{
    private static readonly SnapshotFilter[] Filters =
    [
        SnapshotFilter.All,
        new() { Kinds = new HashSet<RelationKind> { RelationKind.Facilitates } },
        new() { MinConfidence = 0.7 },
        new() { AsOf = new DateOnly(2025, 2, 18) },
        new() { AsOf = new DateOnly(2024, 1, 1), MinConfidence = 0.5, Kinds = new HashSet<RelationKind> { RelationKind.Leads, RelationKind.Sanctions } },
    ];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ReadSnapshot_AfterWritesReplacementsAndRetractions_EqualsTheMergedSourcesUnderEveryFilter()
    {
        var (imaged, merged) = await OpenAsync("steps.db");
        var image = AnalysisImage.PathFor(_folder.File("steps.db"));
        var steps = new Func<Task>[]
        {
            () => imaged.UpsertSourceAsync(Documents.Riyadh()),
            () => imaged.UpsertSourceAsync(Documents.Corroboration()),
            () => imaged.UpsertSourceAsync(Sanctions()),
            // Copies of one story: the merge counts them as one, and so must the image.
            () => imaged.UpsertSourceAsync(Stories.Report("wire", Stories.Wire, "https://www.reuters.com/a")),
            () => imaged.UpsertSourceAsync(Stories.Report("copy", Stories.Republished, "https://www.outlet.com/b")),
            () => imaged.UpsertSourceAsync(Documents.Riyadh(confidence: 0.4)),
            () => merged.UpsertSourceAsync(Documents.Corroboration("written-by-another-process")),
            () => imaged.RetractSourceAsync("corroboration"),
            () => imaged.UpsertSourceAsync(Documents.Riyadh().WithOrigin(SourceOrigin.FromFile(_folder.File("moved.yaml")))),
            () => imaged.RetractSourceAsync("sanctions"),
            () => imaged.RetractSourceAsync("riyadh"),
            () => imaged.RetractSourceAsync("copy"),
        };

        foreach (var step in steps)
        {
            await step();
            foreach (var filter in Filters)
            {
                Assert.Equal(Describe(await merged.ReadSnapshotAsync(filter)), Describe(await imaged.ReadSnapshotAsync(filter)));
            }

            // The reads above went through an image of this very state.
            var sources = await imaged.ListSourcesAsync();
            var loaded = AnalysisImage.TryLoad(image, AnalysisImage.Fingerprint(sources), sources, SnapshotFilter.All);
            Assert.NotNull(loaded);
            Assert.Equal(Describe(await merged.ReadSnapshotAsync()), Describe(loaded));
            var columns = Assert.IsAssignableFrom<IRelationColumns>(loaded.Relations);
            for (var i = 0; i < loaded.Relations.Count; i++)
            {
                var r = loaded.Relations[i];
                Assert.Equal(
                    (loaded.Actors.ToList().FindIndex(a => a.Id == r.Source), loaded.Actors.ToList().FindIndex(a => a.Id == r.Target), r.Strength, r.Kind),
                    (columns.SourceIndexes[i], columns.TargetIndexes[i], columns.Strengths[i], columns.Kinds[i]));
            }
        }
    }

    [Fact]
    public async Task ReadSnapshot_RelationsNamingUndeclaredActorsAndStatedThrice_AreMergedAndOrderedAsTheAssemblerDoes()
    {
        var (imaged, merged) = await OpenAsync("undeclared.db");
        ActorId Id(string id) => ActorId.Parse(id);
        SourceDocument Document(string source, double weight) => new(
            new SourceInfo(source, null, null, null),
            [new Actor(Id("m"), "M", ActorKind.Person, []), new Actor(Id("b"), "B", ActorKind.Group, [])],
            [],
            [
                new Relation(Id("z"), RelationKind.Advises, Id("b"), weight, 0.5, null, null, null, source),
                new Relation(Id("m"), RelationKind.Sanctions, Id("a"), 0.3, weight, new DateOnly(2024, 1, 1), null, "ctx", null),
                new Relation(Id("b"), RelationKind.Leads, Id("m"), 0.9, 1, null, new DateOnly(2025, 1, 1), null, null),
                new Relation(Id("a"), RelationKind.Leads, Id("z"), 0.2, 0.9, null, null, null, null),
            ]);
        await imaged.UpsertSourceAsync(Document("s1", 0.4));
        await imaged.UpsertSourceAsync(Document("s2", 0.6));
        await imaged.UpsertSourceAsync(new SourceDocument(
            new SourceInfo("s3", null, null, null), [], [],
            [new Relation(Id("z"), RelationKind.Advises, Id("b"), 0.8, 0.7, null, null, null, null), new Relation(Id("c"), RelationKind.Facilitates, Id("a"), 0.5, 0.5, null, null, null, null)]));

        foreach (var filter in Filters)
        {
            Assert.Equal(Describe(await merged.ReadSnapshotAsync(filter)), Describe(await imaged.ReadSnapshotAsync(filter)));
        }

        var relations = (await imaged.ReadSnapshotAsync()).Relations;
        Assert.Equal(3, relations.Single(r => r.Source == Id("z")).Provenance.Count);
        Assert.Equal(["b", "m", "a", "c", "z"], relations.Select(r => r.Source.Value));
    }

    [Fact]
    public async Task ReadSnapshot_StaleOrDamagedImage_IsRebuiltNeverRead()
    {
        var (imaged, merged) = await OpenAsync("stale.db");
        var image = AnalysisImage.PathFor(_folder.File("stale.db"));
        await imaged.UpsertSourceAsync(Documents.Riyadh());
        await imaged.ReadSnapshotAsync();
        var old = await File.ReadAllBytesAsync(image);
        await imaged.UpsertSourceAsync(Documents.Corroboration());
        var expected = Describe(await merged.ReadSnapshotAsync());

        await File.WriteAllBytesAsync(image, old);
        var afterStale = Describe(await imaged.ReadSnapshotAsync());
        var rebuilt = await File.ReadAllBytesAsync(image);
        await File.WriteAllBytesAsync(image, rebuilt[..(rebuilt.Length / 2)]);
        var afterCut = Describe(await imaged.ReadSnapshotAsync());
        await File.WriteAllBytesAsync(image, [.. rebuilt[..^1], (byte)(rebuilt[^1] ^ 0xFF), 0]);
        var afterExtraByte = Describe(await imaged.ReadSnapshotAsync());

        Assert.NotEqual(old, rebuilt);
        Assert.Equal(expected, afterStale);
        Assert.Equal(expected, afterCut);
        Assert.Equal(expected, afterExtraByte);
        Assert.Equal(rebuilt, await File.ReadAllBytesAsync(image));
    }

    [Fact]
    public async Task ReadSnapshot_ImageInAFolderThatCannotBeWritten_StillReadsTheGraph()
    {
        var (imaged, merged) = await OpenAsync("blocked.db");
        await imaged.UpsertSourceAsync(Documents.Riyadh());
        // A folder where the image file should be: it can be neither written nor read.
        Directory.CreateDirectory(AnalysisImage.PathFor(_folder.File("blocked.db")));

        var snapshot = await imaged.ReadSnapshotAsync();

        Assert.Equal(Describe(await merged.ReadSnapshotAsync()), Describe(snapshot));
    }

    private async Task<(IGraphStore Imaged, IGraphStore Merged)> OpenAsync(string name)
    {
        var imaged = EmbeddedGraphStore.Create(new EmbeddedStoreOptions { Path = _folder.File(name) });
        await imaged.InitializeAsync();
        var merged = EmbeddedGraphStore.Create(new EmbeddedStoreOptions { Path = _folder.File(name), AnalysisImage = false });
        return (imaged, merged);
    }

    private static SourceDocument Sanctions() => new(
        new SourceInfo("sanctions", "Sanctions", null, new DateOnly(2025, 10, 22)),
        [
            new Actor(Documents.UnitedStates, "United States", ActorKind.Country, ["USA"]),
            new Actor(ActorId.Parse("rosneft"), "Rosneft", ActorKind.Organization, []),
            Documents.Person(Documents.Lavrov, "Sergei Lavrov", "Lavrov"),
        ],
        [new Role(Documents.Lavrov, "Foreign Minister", null, new DateOnly(2004, 3, 9), new DateOnly(2030, 1, 1))],
        [
            new Relation(Documents.UnitedStates, RelationKind.Sanctions, ActorId.Parse("rosneft"), 0.9, 0.95, new DateOnly(2025, 10, 22), null, "oil", "The Treasury sanctioned Rosneft — «ёмкость» 🚢."),
            new Relation(Documents.UnitedStates, RelationKind.Leads, Documents.UsDelegation, 0.7, 0.3, new DateOnly(2023, 1, 1), new DateOnly(2024, 6, 1), null, null),
        ]);

    /// <summary>Every field of a snapshot, provenance included, as text.</summary>
    private static string Describe(GraphSnapshot s) => string.Join('\n', [
        .. s.Sources.Select(x => $"source {x.Info} {x.ContentHash} {x.Origin}"),
        .. s.Actors.Select(a => $"actor {a.Id}|{a.Name}|{a.Kind}|{string.Join(';', a.Aliases)}|{string.Join(';', a.Sources)}"),
        .. s.Roles.Select(r => $"role {r.Person}|{r.Title}|{r.Of}|{r.Since}|{r.Until}|{string.Join(';', r.Sources)}"),
        .. s.Relations.Select(r => $"relation {r.Source}|{r.Kind}|{r.Target}|{r.Weight:R}|{r.Confidence:R}|{r.Since}|{r.Until}|"
            + $"{r.Corroboration}|" + string.Join(';', r.Provenance.Select(p => $"{p.SourceId},{p.Weight:R},{p.Confidence:R},{p.Evidence},{p.Context},{p.Since},{p.Until}"))),
    ]);
}
