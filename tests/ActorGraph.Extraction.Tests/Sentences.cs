using ActorGraph.Core.Model;

namespace ActorGraph.Extraction.Tests;

/// <summary>Extraction of a sentence of our own, read as a report of 10 June 2025, and what its relations must be.</summary>
internal static class Sentences
{
    private static readonly Extractor Extractor = new();

    public static ExtractionResult Extract(string text) =>
        Extractor.Extract(new Article("A report", null, new DateOnly(2025, 6, 10), text, 1));

    /// <summary>The relations of <paramref name="text"/>, each written "Source TYPE Target".</summary>
    public static HashSet<string> Relations(string text) =>
        [.. Extract(text).Relations.Select(r => $"{r.Source} {Vocabulary.Name(r.Type)} {r.Target}")];

    /// <summary>Asserts that <paramref name="text"/> gives every one of <paramref name="expected"/> and none of <paramref name="forbidden"/>.</summary>
    public static void AssertGives(string text, string[] expected, string[] forbidden)
    {
        var relations = Relations(text);

        foreach (var relation in expected)
        {
            Assert.Contains(relation, relations);
        }

        foreach (var relation in forbidden)
        {
            Assert.DoesNotContain(relation, relations);
        }
    }
}
