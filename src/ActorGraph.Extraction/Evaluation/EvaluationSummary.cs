using ActorGraph.Core.Model;

namespace ActorGraph.Extraction.Evaluation;

/// <summary>One line of an evaluation report: a measure and its counts.</summary>
/// <param name="Measure">relations, a relation type's name (LEADS, …), roles or actors.</param>
/// <param name="Type">The relation type the line is about; null for the totals, roles and actors.</param>
/// <param name="Score">The counts over every article.</param>
public sealed record MeasureScore(string Measure, RelationKind? Type, Score Score);

/// <summary>A score's precision, recall and F1 rounded for reports, with the counts they come from.</summary>
/// <param name="Precision">Correct finds over finds, rounded.</param>
/// <param name="Recall">Correct finds over gold facts, rounded.</param>
/// <param name="F1">Their harmonic mean, rounded.</param>
/// <param name="Gold">Facts in the gold files.</param>
/// <param name="Extracted">Facts extraction found.</param>
/// <param name="Correct">Finds that are in the gold.</param>
public sealed record RoundedScore(double Precision, double Recall, double F1, int Gold, int Extracted, int Correct);

/// <summary>How a corpus evaluation is reported: the measures in order, and scores rounded alike everywhere.</summary>
public static class EvaluationSummary
{
    /// <summary>The digits reports round precision, recall and F1 to.</summary>
    public const int Digits = 4;

    /// <summary>
    /// The measures of <paramref name="evaluation"/> in report order: all relations, then each relation type, then
    /// roles, then actors.
    /// </summary>
    public static IReadOnlyList<MeasureScore> Measures(CorpusEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return
        [
            new MeasureScore("relations", null, evaluation.Relations),
            .. evaluation.Types.Select(t => new MeasureScore(Vocabulary.Name(t.Key), t.Key, t.Value)),
            new MeasureScore("roles", null, evaluation.Roles),
            new MeasureScore("actors", null, evaluation.Actors),
        ];
    }

    /// <summary><paramref name="score"/> with precision, recall and F1 rounded to <see cref="Digits"/> digits.</summary>
    public static RoundedScore Round(Score score)
    {
        ArgumentNullException.ThrowIfNull(score);
        return new(Math.Round(score.Precision, Digits), Math.Round(score.Recall, Digits), Math.Round(score.F1, Digits), score.Gold, score.Extracted, score.Correct);
    }
}
