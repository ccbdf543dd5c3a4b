using ActorGraph.Core.Model;
using ActorGraph.Core.Text;

namespace ActorGraph.Extraction.Evaluation;

/// <summary>Counts for one measure: how many the gold has, how many were extracted, how many of those are right.</summary>
public sealed record Score(int Gold, int Extracted, int Correct)
{
    /// <summary>Correct over extracted (1 when nothing was extracted).</summary>
    public double Precision => Extracted == 0 ? 1 : (double)Correct / Extracted;

    /// <summary>Correct over gold (1 when the gold is empty).</summary>
    public double Recall => Gold == 0 ? 1 : (double)Correct / Gold;

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Adds two scores.</summary>
    public static Score operator +(Score left, Score right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new Score(left.Gold + right.Gold, left.Extracted + right.Extracted, left.Correct + right.Correct);
    }

    /// <summary>Adds two scores.</summary>
    public static Score Add(Score left, Score right) => left + right;

    /// <summary>Nothing counted.</summary>
    public static Score Zero { get; } = new(0, 0, 0);
}

/// <summary>One difference between extraction and gold: a miss (in the gold only) or a false find (extracted only).</summary>
/// <param name="Document">The article.</param>
/// <param name="What">actor, role or relation.</param>
/// <param name="Missed">True for a miss, false for a false find.</param>
/// <param name="Text">The item, written out.</param>
public sealed record Difference(string Document, string What, bool Missed, string Text);

/// <summary>The scores of one article.</summary>
public sealed record DocumentScore(string Document, Score Actors, Score Roles, IReadOnlyDictionary<RelationKind, Score> Relations, IReadOnlyList<Difference> Differences)
{
    /// <summary>All relation types together.</summary>
    public Score AllRelations => Relations.Values.Aggregate(Score.Zero, Score.Add);
}

/// <summary>
/// Scores extraction against gold. Names match when their folded forms (case, accents, punctuation ignored) are
/// equal, directly or through the aliases either side lists; a relation matches on source, type and target; a role
/// on person, of, and a title equal to the gold's or ending with it ("Ukraine envoy" for "envoy"); an actor on name and kind.
/// </summary>
public static class Scorer
{
    /// <summary>Scores <paramref name="extracted"/> against <paramref name="gold"/>.</summary>
    public static DocumentScore Score(string document, ExtractionResult extracted, GoldDocument gold)
    {
        ArgumentNullException.ThrowIfNull(extracted);
        ArgumentNullException.ThrowIfNull(gold);
        var differences = new List<Difference>();

        // Every name either side uses maps to the gold actor it stands for; unknown names stand for themselves.
        var goldKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var actor in gold.Actors)
        {
            var key = NameKey.Fold(actor.Name);
            goldKeys.TryAdd(key, key);
            foreach (var alias in actor.Aliases ?? [])
            {
                goldKeys.TryAdd(NameKey.Fold(alias), key);
            }
        }

        var extractedKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var actor in extracted.Actors)
        {
            var names = actor.Aliases.Prepend(actor.Name).Select(NameKey.Fold).ToList();
            var match = names.Select(n => goldKeys.GetValueOrDefault(n)).FirstOrDefault(k => k is not null) ?? names[0];
            extractedKeys[names[0]] = match;
        }

        string Gold(string name) => goldKeys.GetValueOrDefault(NameKey.Fold(name)) ?? NameKey.Fold(name);
        string Found(string name) => extractedKeys.GetValueOrDefault(NameKey.Fold(name)) ?? Gold(name);

        var actors = Compare(
            document, "actor",
            gold.Actors.Select(a => (Key: $"{Gold(a.Name)}|{a.Kind.ToLowerInvariant()}", Text: $"{a.Name} ({a.Kind})")),
            extracted.Actors.Select(a => (Key: $"{Found(a.Name)}|{Vocabulary.Name(a.Kind)}", Text: $"{a.Name} ({Vocabulary.Name(a.Kind)})")),
            (g, e) => g == e,
            differences);

        var roles = Compare(
            document, "role",
            gold.Roles.Select(r => (Key: $"{Gold(r.Person)}|{(r.Of is null ? "" : Gold(r.Of))}|{NameKey.Fold(r.Title)}", Text: $"{r.Person}: {r.Title} of {r.Of ?? "-"}")),
            extracted.Roles.Select(r => (Key: $"{Found(r.Person)}|{(r.Of is null ? "" : Found(r.Of))}|{NameKey.Fold(r.Title)}", Text: $"{r.Person}: {r.Title} of {r.Of ?? "-"}")),
            TitleMatches,
            differences);

        var relations = new Dictionary<RelationKind, Score>();
        foreach (var kind in Vocabulary.RelationKinds)
        {
            var name = Vocabulary.Name(kind);
            relations[kind] = Compare(
                document, "relation",
                gold.Relations.Where(r => string.Equals(r.Type, name, StringComparison.OrdinalIgnoreCase))
                    .Select(r => (Key: $"{Gold(r.Source)}|{Gold(r.Target)}", Text: $"{r.Source} {name} {r.Target}")),
                // Gold annotates relations that hold; an ending ("no longer leads") is not one.
                extracted.Relations.Where(r => r.Type == kind && r.Until is null)
                    .Select(r => (Key: $"{Found(r.Source)}|{Found(r.Target)}", Text: $"{r.Source} {name} {r.Target}  [{r.Rule}]")),
                (g, e) => g == e,
                differences);
        }

        return new DocumentScore(document, actors, roles, relations, differences);
    }

    private static bool TitleMatches(string gold, string extracted)
    {
        var g = gold.Split('|');
        var e = extracted.Split('|');
        return g[0] == e[0] && g[1] == e[1] && (g[2] == e[2] || e[2].EndsWith(" " + g[2], StringComparison.Ordinal) || g[2].EndsWith(" " + e[2], StringComparison.Ordinal));
    }

    private static Score Compare(
        string document,
        string what,
        IEnumerable<(string Key, string Text)> gold,
        IEnumerable<(string Key, string Text)> extracted,
        Func<string, string, bool> matches,
        List<Difference> differences)
    {
        var goldItems = gold.DistinctBy(g => g.Key).ToList();
        var found = extracted.DistinctBy(e => e.Key).ToList();
        var used = new bool[goldItems.Count];
        var correct = 0;
        foreach (var item in found)
        {
            var index = -1;
            for (var i = 0; i < goldItems.Count; i++)
            {
                if (!used[i] && matches(goldItems[i].Key, item.Key))
                {
                    index = i;
                    break;
                }
            }

            if (index >= 0)
            {
                used[index] = true;
                correct++;
            }
            else
            {
                differences.Add(new Difference(document, what, Missed: false, item.Text));
            }
        }

        for (var i = 0; i < goldItems.Count; i++)
        {
            if (!used[i])
            {
                differences.Add(new Difference(document, what, Missed: true, goldItems[i].Text));
            }
        }

        return new Score(goldItems.Count, found.Count, correct);
    }
}
