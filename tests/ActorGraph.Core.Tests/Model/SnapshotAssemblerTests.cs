using ActorGraph.Core.Model;
using ActorGraph.Testing;

namespace ActorGraph.Core.Tests.Model;

public sealed class SnapshotAssemblerTests
{
    [Fact]
    public void Build_TwoSourcesOnOneRelation_CombineConfidenceAsIndependentEvidenceAndKeepBothProvenances()
    {
        var assembler = new SnapshotAssembler();
        assembler.AddDocument(Documents.Riyadh(confidence: 0.6), DateTimeOffset.UnixEpoch);
        assembler.AddDocument(Documents.Corroboration(), DateTimeOffset.UnixEpoch);

        var relation = assembler.Build().Relations.Single(r => r.Source == Documents.Rubio);

        Assert.Equal(1 - (0.4 * 0.5), relation.Confidence, 12);
        Assert.Equal(0.9, relation.Weight, 12);
        Assert.Equal(["corroboration", "riyadh"], relation.Provenance.Select(p => p.SourceId));
        Assert.Equal(new DateOnly(2025, 2, 18), relation.Since);
    }

    [Fact]
    public void Build_ActorNamedBySeveralSources_UnionsAliasesAndSources()
    {
        var assembler = new SnapshotAssembler();
        assembler.AddDocument(Documents.Riyadh(), DateTimeOffset.UnixEpoch);
        assembler.AddDocument(Documents.Corroboration(), DateTimeOffset.UnixEpoch);

        var snapshot = assembler.Build();
        var rubio = snapshot.Get(Documents.Rubio);
        var delegation = snapshot.Resolve("American Delegation");

        Assert.Equal(["Rubio", "Secretary Rubio"], rubio.Aliases);
        Assert.Equal(["corroboration", "riyadh"], rubio.Sources);
        Assert.Equal(Documents.UsDelegation, delegation.Id);
    }

    [Fact]
    public void Resolve_AliasSharedByTwoActors_IsAmbiguous()
    {
        var assembler = new SnapshotAssembler();
        assembler.AddActor("s", Documents.Person(ActorId.FromName("Donald Trump"), "Donald Trump", "Trump"));
        assembler.AddActor("s", Documents.Person(ActorId.FromName("Melania Trump"), "Melania Trump", "Trump"));
        var snapshot = assembler.Build();

        var error = Assert.Throws<ActorNotFoundException>(() => snapshot.Resolve("trump"));

        Assert.True(error.IsAmbiguous);
        Assert.Equal("Donald Trump", snapshot.Resolve("DONALD TRUMP").Name);
        Assert.Equal("Melania Trump", snapshot.Resolve("melania-trump").Name);
    }

    [Fact]
    public void ContentHash_OfAKnownDocument_IsTheOneStoresRecorded()
    {
        // Stores compare this hash with the one they recorded to find unchanged sources: a change makes every source
        // look changed once. It changed once, when the hash became a sum of line hashes that can be computed while a
        // source streams past (docs/dataset-format.md).
        Assert.Equal("443db74abd1cd6cb645e105302c26aa6728fd4de17c94d718f8f8639feadf635", Documents.Riyadh().ContentHash);
    }

    [Fact]
    public void ContentHash_SameAssertionsInAnotherOrder_IsEqual()
    {
        var a = Documents.Riyadh();
        var b = new SourceDocument(a.Source, [.. a.Actors.Reverse()], a.Roles, [.. a.Relations.Reverse()]);
        var c = new SourceDocument(a.Source, a.Actors, a.Roles, [.. a.Relations.Skip(1)]);

        Assert.Equal(a.ContentHash, b.ContentHash);
        Assert.NotEqual(a.ContentHash, c.ContentHash);
    }

    [Fact]
    public void HoldsOn_OpenBounds_DoNotExclude()
    {
        var relation = new GraphRelation(Documents.Rubio, RelationKind.Leads, Documents.UsDelegation, 1, 1, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), []);

        Assert.True(relation.HoldsOn(new DateOnly(2025, 6, 1)));
        Assert.False(relation.HoldsOn(new DateOnly(2024, 12, 31)));
        Assert.False(relation.HoldsOn(new DateOnly(2026, 1, 1)));
        Assert.True((relation with { Since = null, Until = null }).HoldsOn(new DateOnly(1900, 1, 1)));
    }

    [Theory]
    [InlineData("Marco-Rubio", true, "marco-rubio")]
    [InlineData("wikidata:Q123", true, "wikidata:q123")]
    [InlineData("has space", false, "")]
    [InlineData("", false, "")]
    public void ActorIdTryParse_Text_AcceptsIdentifiersOnly(string text, bool ok, string value)
    {
        Assert.Equal(ok, ActorId.TryParse(text, out var id));
        Assert.Equal(value, id.ToString());
    }
}
