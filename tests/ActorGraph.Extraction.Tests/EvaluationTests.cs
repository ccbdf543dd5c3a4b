using ActorGraph.Core.Model;
using ActorGraph.Extraction.Evaluation;

namespace ActorGraph.Extraction.Tests;

/// <summary>
/// The level extraction has reached on the development set of real reports (docs/extraction.md), held so that no
/// change goes back below it. The floors are precision 0.85, recall 0.70 and F1 0.60 for every type; the
/// whole set (128 reports) now meets them, and is held a little above them, where it stands. The set grew in batches
/// annotated before the rules of the time had seen them: f (16 reports, recall 0.29 when added), h (16, 0.41), i and
/// j (32, 0.30). The first 96 reports (a-h) are held higher still.
/// </summary>
internal static class DevelopmentFloors
{
    public const double TypeF1 = 0.60;

    public const double WholeSetPrecision = 0.92;
    public const double WholeSetRecall = 0.71;
    public const double WholeSetTypeF1 = 0.75;

    public const double FirstPrecision = 0.93;
    public const double FirstRecall = 0.75;
}

public sealed class EvaluationTests
{
    [Fact]
    public async Task EvaluateAsync_OwnCorpus_MeetsPrecisionRecallAndPerTypeFloors()
    {
        var evaluation = await CorpusEvaluation.EvaluateAsync(new Extractor(), Testing.Repository.File("tests", "corpus"));

        Assert.True(evaluation.Documents.Count >= 26, $"{evaluation.Documents.Count} annotated reports");
        Assert.True(evaluation.Relations.Precision >= 0.90, $"relation precision {evaluation.Relations.Precision:F3}");
        Assert.True(evaluation.Relations.Recall >= 0.80, $"relation recall {evaluation.Relations.Recall:F3}");
        foreach (var (kind, score) in evaluation.Types)
        {
            Assert.True(score.F1 >= 0.75, $"{Vocabulary.Name(kind)} F1 {score.F1:F3}");
        }
    }

    /// <summary>
    /// The development set: real reports from many outlets, whose gold is committed in tests/devset and whose texts
    /// are kept out of the repository in .devset/texts (see docs/extraction.md for how to fetch them again).
    /// </summary>
    [SkippableFact]
    public async Task EvaluateAsync_DevelopmentSet_MeetsItsFloors()
    {
        var evaluation = await RealReportsAsync("texts", "devset", minimumReports: 128);

        Assert.True(evaluation.Relations.Precision >= DevelopmentFloors.WholeSetPrecision, $"relation precision {evaluation.Relations.Precision:F3}");
        Assert.True(evaluation.Relations.Recall >= DevelopmentFloors.WholeSetRecall, $"relation recall {evaluation.Relations.Recall:F3}");
        foreach (var (kind, score) in evaluation.Types)
        {
            Assert.True(score.F1 >= DevelopmentFloors.WholeSetTypeF1, $"{Vocabulary.Name(kind)} F1 {score.F1:F3}");
        }

        // The first 96 reports, a to h.
        var first = new CorpusEvaluation([.. evaluation.Documents.Where(d => d.Document[0] is >= 'a' and <= 'h')]);
        Assert.Equal(96, first.Documents.Count);
        Assert.True(first.Relations.Precision >= DevelopmentFloors.FirstPrecision, $"a-h relation precision {first.Relations.Precision:F3}");
        Assert.True(first.Relations.Recall >= DevelopmentFloors.FirstRecall, $"a-h relation recall {first.Relations.Recall:F3}");
        foreach (var (kind, score) in first.Types)
        {
            Assert.True(score.F1 >= DevelopmentFloors.TypeF1, $"a-h {Vocabulary.Name(kind)} F1 {score.F1:F3}");
        }
    }

    /// <summary>The blind slice: real reports scored only, never read to write a rule; held at its measured level.</summary>
    [SkippableFact]
    public async Task EvaluateAsync_BlindSlice_KeepsItsPrecisionAndRecall()
    {
        var evaluation = await RealReportsAsync("blind-texts", "devset-blind", minimumReports: 16);

        Assert.True(evaluation.Relations.Precision >= 0.90, $"relation precision {evaluation.Relations.Precision:F3}");
        Assert.True(evaluation.Relations.Recall >= 0.46, $"relation recall {evaluation.Relations.Recall:F3}");
    }

    /// <summary>
    /// The held-out slice (g01-g16): annotated at the start of the stop that added it, from 16 further outlets, and
    /// only scored since, never read to write a rule; held at its measured level.
    /// </summary>
    [SkippableFact]
    public async Task EvaluateAsync_HoldoutSlice_KeepsItsPrecisionAndRecall()
    {
        var evaluation = await RealReportsAsync("holdout-texts", "devset-holdout", minimumReports: 16);

        Assert.True(evaluation.Relations.Precision >= 0.70, $"relation precision {evaluation.Relations.Precision:F3}");
        Assert.True(evaluation.Relations.Recall >= 0.43, $"relation recall {evaluation.Relations.Recall:F3}");
    }

    /// <summary>Scores the real reports whose texts are in .devset/TEXTS against tests/GOLD, or skips saying why.</summary>
    private static async Task<CorpusEvaluation> RealReportsAsync(string texts, string gold, int minimumReports)
    {
        var folder = Testing.Repository.File(".devset", texts);
        Skip.IfNot(Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.txt").Any(),
            $"the texts of tests/{gold} are not on this machine (.devset/{texts} is kept out of the repository; docs/extraction.md says how to fetch them)");

        var evaluation = await CorpusEvaluation.EvaluateAsync(new Extractor(), folder, Testing.Repository.File("tests", gold));
        Assert.True(evaluation.Documents.Count >= minimumReports, $"{evaluation.Documents.Count} reports with gold");
        return evaluation;
    }

    [Fact]
    public async Task EvaluateAsync_GoldInAnotherFolder_ScoresTextsAgainstIt()
    {
        var root = Directory.CreateTempSubdirectory("actorgraph-eval-");
        try
        {
            var texts = Directory.CreateDirectory(Path.Combine(root.FullName, "texts"));
            var gold = Directory.CreateDirectory(Path.Combine(root.FullName, "gold", "nested"));
            await File.WriteAllTextAsync(Path.Combine(texts.FullName, "a.txt"), "Britain sanctioned Rosneft on Friday.\n");
            await File.WriteAllTextAsync(Path.Combine(texts.FullName, "unannotated.txt"), "Turkey hosted talks between Russia and Ukraine.\n");
            await File.WriteAllTextAsync(Path.Combine(gold.FullName, "a.gold.json"),
                """{"url":"https://example.org/a","outlet":"Example","actors":[{"name":"United Kingdom","kind":"country","aliases":["Britain"]}],"relations":[{"source":"United Kingdom","type":"SANCTIONS","target":"Rosneft"},{"source":"United Kingdom","type":"SANCTIONS","target":"Lukoil"}]}""");

            var evaluation = await CorpusEvaluation.EvaluateAsync(new Extractor(), texts.FullName, Path.Combine(root.FullName, "gold"));

            var document = Assert.Single(evaluation.Documents);
            Assert.Equal("a.txt", document.Document);
            Assert.Equal(new Score(2, 1, 1), evaluation.Types[RelationKind.Sanctions]);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public void Score_MatchesThroughAliases_CountAndReportMissesAndFalseFinds()
    {
        var result = new Extractor().Extract("Britain sanctioned Rosneft on Friday. Turkey hosted talks between Russia and Ukraine.");
        var gold = new GoldDocument(
            [new GoldActor("United Kingdom", "country", ["Britain"]), new GoldActor("Rosneft", "organization", null)],
            [],
            [new GoldRelation("Britain", "SANCTIONS", "Rosneft", null), new GoldRelation("Britain", "SANCTIONS", "Lukoil", null)]);

        var score = Scorer.Score("doc", result, gold);

        Assert.Equal(new Score(2, 1, 1), score.Relations[RelationKind.Sanctions]);
        Assert.Equal(new Score(0, 2, 0), score.Relations[RelationKind.Facilitates]);
        Assert.Contains(score.Differences, d => d.Missed && d.Text == "Britain SANCTIONS Lukoil");
        Assert.Contains(score.Differences, d => !d.Missed && d.Text.StartsWith("Turkey FACILITATES Russia", StringComparison.Ordinal));
        Assert.Equal(0.5, score.Relations[RelationKind.Sanctions].Recall);
    }

    [Fact]
    public void Load_MalformedGoldFile_NamesItsLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gold-{Guid.NewGuid():N}.gold.json");
        File.WriteAllText(path, "{\n  \"actors\": [\n    {\"name\": \"X\", \"kind\": \"person\"}\n  ],\n  \"relations\": [ {\"source\": 1 ]\n}");
        try
        {
            var e = Assert.Throws<FormatException>(() => GoldDocument.Read(path));
            Assert.StartsWith($"{path}:5:", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
