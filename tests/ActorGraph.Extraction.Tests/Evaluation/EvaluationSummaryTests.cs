using ActorGraph.Core.Model;
using ActorGraph.Extraction.Evaluation;

namespace ActorGraph.Extraction.Tests.Evaluation;

public sealed class EvaluationSummaryTests
{
    [Fact]
    public void Measures_TwoArticles_AddsUpInReportOrder()
    {
        var evaluation = new CorpusEvaluation(
        [
            Document("a", leads: new Score(2, 2, 1), roles: new Score(1, 1, 1)),
            Document("b", leads: new Score(1, 0, 0), roles: new Score(3, 1, 1)),
        ]);

        var measures = EvaluationSummary.Measures(evaluation);

        Assert.Equal(["relations", .. Vocabulary.RelationKinds.Select(Vocabulary.Name), "roles", "actors"], measures.Select(m => m.Measure));
        Assert.Equal(new Score(3, 2, 1), measures[0].Score);
        Assert.Equal(new Score(3, 2, 1), measures.Single(m => m.Type == RelationKind.Leads).Score);
        Assert.Equal(new Score(4, 2, 2), measures[^2].Score);
        Assert.Null(measures[^1].Type);
    }

    [Fact]
    public void Round_Thirds_KeepsFourDigitsAndTheCounts()
    {
        var rounded = EvaluationSummary.Round(new Score(3, 3, 1));

        Assert.Equal(new RoundedScore(0.3333, 0.3333, 0.3333, 3, 3, 1), rounded);
    }

    private static DocumentScore Document(string name, Score leads, Score roles) =>
        new(name, Score.Zero, roles, Vocabulary.RelationKinds.ToDictionary(k => k, k => k == RelationKind.Leads ? leads : Score.Zero), []);
}
