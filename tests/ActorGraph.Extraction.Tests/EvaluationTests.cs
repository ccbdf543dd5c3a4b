using ActorGraph.Core.Model;
using ActorGraph.Extraction.Evaluation;

namespace ActorGraph.Extraction.Tests;

public sealed class EvaluationTests
{
    [Fact]
    public void The_corpus_meets_the_precision_recall_and_per_type_floors()
    {
        var folder = Testing.Repository.File("tests", "corpus");
        var extractor = new Extractor();
        var scores = new List<DocumentScore>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var gold = GoldDocument.Read(Path.ChangeExtension(path, null) + GoldDocument.FileEnding);
            var article = ArticleReader.Read(path, File.ReadAllBytes(path), isHtml: false).Article!;
            scores.Add(Scorer.Score(Path.GetFileName(path), extractor.Extract(article), gold));
        }

        Assert.True(scores.Count >= 26, $"{scores.Count} annotated reports");
        var all = scores.Select(s => s.AllRelations).Aggregate(Score.Zero, Score.Add);
        Assert.True(all.Precision >= 0.90, $"relation precision {all.Precision:F3}");
        Assert.True(all.Recall >= 0.80, $"relation recall {all.Recall:F3}");
        foreach (var kind in Vocabulary.RelationKinds)
        {
            var score = scores.Select(s => s.Relations[kind]).Aggregate(Score.Zero, Score.Add);
            Assert.True(score.F1 >= 0.75, $"{Vocabulary.Name(kind)} F1 {score.F1:F3}");
        }
    }

    [Fact]
    public void Scores_count_matches_through_aliases_and_report_misses_and_false_finds()
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
    public void A_malformed_gold_file_names_its_line()
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
