using ActorGraph.Core.Model;

namespace ActorGraph.Extraction;

// SANCTIONS: sentences that list the targets of sanctions just described.
public sealed partial class Extractor
{
    /// <summary>
    /// A sentence that lists the targets of the sanctions just described: "They are A, B and C", "The people
    /// targeted include A", "Today's designations include: A, B", "Among those listed are A and B".
    /// </summary>
    /// <returns>How many targets the sentence listed.</returns>
    private int SanctionsList(SentenceContext s, DocumentState document)
    {
        // "Among the individuals sanctioned in the new package are A and B", after a minister's quotes: a list sentence
        // that itself speaks of sanctions reaches further back.
        // So does one that counts the people it lists ("named six individuals …: A, B").
        if (document.LastSanctioners is not { Count: > 0 } sanctioners || document.SentencesSinceSanction > 8
            || (document.SentencesSinceSanction > 2 && !ReachesBack(s)))
        {
            return 0;
        }

        // "This list includes, but is not limited to:" and the list in the next paragraph.
        if (document.ListPending)
        {
            document.ListPending = false;
            return AddListTargets(s, document, sanctioners, -1);
        }

        var start = -1;

        // "The Treasury charged the four individuals — A, B, C and D — for ...": the counted targets, named.
        for (var j = 0; start < 0 && j + 3 < s.Tokens.Count; j++)
        {
            if (s.Word(j) is "the" or "The" && IsCount(s.Word(j + 1)) && _lexicon.IsCue("sanctioned-group", s.Word(j + 2))
                && s.Word(j + 3) is "-" or ":" or ",")
            {
                start = j + 3;
            }

            // "The other five sanctioned — the secretary of the council, A, joint secretary B — shared responsibility".
            if (start < 0 && IsCount(s.Word(j)) && s.Word(j + 1) is "sanctioned" or "designated" or "listed" && s.Word(j + 2) is "-" or ":")
            {
                start = j + 2;
            }

            // "The release named six individuals as money launderers for the cartel: A, B and C": a count of people
            // announced, then the colon that opens their list.
            if (start < 0 && IsCount(s.Word(j)) && _lexicon.IsCue("sanctioned-group", s.Word(j + 1))
                && Enumerable.Range(j + 2, 10).FirstOrDefault(x => x < s.Tokens.Count && s.Word(x) == ":") is var colon and > 0)
            {
                start = colon;
            }
        }

        // "Among the individuals sanctioned in the package, which freezes their assets, are A and B": an aside may
        // stand before the verb.
        var reachVerb = s.Word(0) == "Among" ? 30 : 12;
        for (var j = 0; start < 0 && j < s.Tokens.Count && j < reachVerb; j++)
        {
            if (s.At(j) is { } mention)
            {
                var after = Math.Max(mention.End, j + 1);

                // "Russian oligarchs now subject to UK sanctions include A": who imposes them, named on the way.
                if (after < s.Tokens.Count && IsSanctionNoun(s, after) && mention.Resolve() is { Type: MentionType.Actor, Locative: false } imposer)
                {
                    sanctioners = [imposer];
                    j = after - 1;
                    continue;
                }

                // "Among the Iranian individuals sanctioned are", "Putin political allies now sanctioned include": a
                // name before a lowercase noun (or its possessive) describes the people listed.
                if (after < s.Tokens.Count && (s.Tokens[after] is { IsWord: true, IsCapitalized: false } || s.Tokens[after].IsPossessive))
                {
                    j = after - 1;
                    continue;
                }

                return 0;
            }

            if (s.Word(j) is "include" or "includes" or "are" or "were" or "included" && j > 0
                && (s.Word(j - 1) is "They" or "These" or "Those" || Enumerable.Range(0, j).Any(x => _lexicon.IsCue("sanctioned-group", s.Word(x)))))
            {
                // "Today's designations are made possible under the Act": a verb that opens no list; "The four
                // individuals are former officials, including A and B": the list opens at "including".
                if (s.Word(j) is "are" or "were" && s.Tokens.Count > j + 1 && s.Tokens[j + 1] is { IsWord: true, IsCapitalized: false } && !IsCount(s.Word(j + 1)))
                {
                    var including = Enumerable.Range(j + 1, Math.Max(0, Math.Min(10, s.Tokens.Count - j - 1))).FirstOrDefault(x => s.Word(x) is "including" or ":" && s.At(x) is null);
                    if (including == 0)
                    {
                        return 0;
                    }

                    start = including;
                    break;
                }

                start = s.Word(j + 1) == ":" ? j + 1 : j;
                break;
            }
        }

        if (start < 0)
        {
            return 0;
        }

        var listed = AddListTargets(s, document, sanctioners, start);
        if (listed == 0 && s.Word(s.Tokens.Count - 1) == ":")
        {
            document.ListPending = true;
        }

        return listed;
    }

    private bool ReachesBack(SentenceContext s) =>
        s.Tokens.Any(t => t.Text.StartsWith("sanction", StringComparison.OrdinalIgnoreCase) || t.Text is "designated" or "listed")
        || Enumerable.Range(0, s.Tokens.Count - 1).Any(j => _lexicon.IsCue("sanctioned-group", s.Word(j + 1)) && IsCount(s.Word(j)));

    /// <summary>Whether <paramref name="word"/> is a count: digits, or a number word ("four", "seven").</summary>
    private bool IsCount(string word) => word.Length > 0 && (word.All(char.IsDigit) || _lexicon.IsWord("number-word", word.ToLowerInvariant()));

    private int AddListTargets(SentenceContext s, DocumentState document, IReadOnlyList<Mention> sanctioners, int start)
    {
        var targets = ListObjects(s, start);
        foreach (var target in targets)
        {
            foreach (var sanctioner in sanctioners.Where(x => x != target))
            {
                document.AddRelation(sanctioner, RelationKind.Sanctions, target, 0.75, s, "sanctions.list");
            }
        }

        return targets.Count;
    }
}
