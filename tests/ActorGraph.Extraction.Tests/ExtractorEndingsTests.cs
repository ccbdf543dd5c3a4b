using ActorGraph.Core.Model;

namespace ActorGraph.Extraction.Tests;

public sealed class ExtractorEndingsTests
{
    private static readonly DateOnly Published = new(2025, 5, 28);
    private static readonly Extractor Extractor = new();

    private static ExtractedRelation Single(string text, RelationKind kind, DateOnly? published = null)
    {
        var result = Extractor.Extract(new Article(null, null, published ?? Published, text, 1));
        return Assert.Single(result.Relations, r => r.Type == kind);
    }

    [Fact]
    public void Extract_LiftedSanctions_IsASanctionEndedTheDayBeforePublication()
    {
        var relation = Single("The European Union lifted sanctions on Syria on Tuesday, officials said.", RelationKind.Sanctions);

        Assert.Equal(("European Union", "Syria", (DateOnly?)Published.AddDays(-1), "ends.sanctions-lifted"), (relation.Source, relation.Target, relation.Until, relation.Rule));
    }

    [Fact]
    public void Extract_SanctionsEasedByAgent_IsAnEndingNotASanction()
    {
        var relation = Single("Sanctions against Belarus were eased by the United States.", RelationKind.Sanctions);

        Assert.Equal(("United States", "Belarus", (DateOnly?)Published.AddDays(-1)), (relation.Source, relation.Target, relation.Until));
    }

    [Fact]
    public void Extract_NoLongerAdvises_IsAnEnding()
    {
        var relation = Single("Yuri Ushakov no longer advises Vladimir Putin, the Kremlin said.", RelationKind.Advises);

        Assert.Equal(("Yuri Ushakov", "Vladimir Putin", (DateOnly?)Published.AddDays(-1), "ends.no-longer"), (relation.Source, relation.Target, relation.Until, relation.Rule));
    }

    [Fact]
    public void Extract_FormerAdviserTo_IsAnEnding()
    {
        var relation = Single("John Bolton, a former adviser to Donald Trump, criticised the talks.", RelationKind.Advises);

        Assert.Equal(("John Bolton", "Donald Trump", (DateOnly?)Published.AddDays(-1)), (relation.Source, relation.Target, relation.Until));
    }

    [Fact]
    public void Extract_CurrentRelation_HasNoLastDay()
    {
        var relation = Single("Yuri Ushakov advises Vladimir Putin on foreign policy.", RelationKind.Advises);

        Assert.Null(relation.Until);
    }

    [Fact]
    public void Extract_EndingWithoutPublicationDate_IsLeftOut()
    {
        var result = Extractor.Extract(new Article(null, null, null, "Yuri Ushakov no longer advises Vladimir Putin.", 1));

        Assert.DoesNotContain(result.Relations, r => r.Type == RelationKind.Advises);
    }

    [Fact]
    public void ToDocument_Ending_CarriesItsLastDay()
    {
        var result = Extractor.Extract(new Article(null, null, Published, "Yuri Ushakov no longer advises Vladimir Putin, the Kremlin said.", 1));

        var relation = Assert.Single(result.ToDocument("s").Relations, r => r.Kind == RelationKind.Advises);
        Assert.Equal(Published.AddDays(-1), relation.Until);
    }

    [Fact]
    public void IsSingleHolder_TitlesMarkedSingle_AreSingleHolderOffices()
    {
        Assert.True(Lexicon.Default.IsSingleHolder("President"));
        Assert.True(Lexicon.Default.IsSingleHolder("foreign minister"));
        Assert.False(Lexicon.Default.IsSingleHolder("adviser"));
        Assert.False(Lexicon.Default.IsSingleHolder("Vice President"));
    }
}
