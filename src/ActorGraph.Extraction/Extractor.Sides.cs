using ActorGraph.Core.Model;

namespace ActorGraph.Extraction;

// The sides that facilitators bring together: named in the sentence ("between A and B", "A and B met", whose
// prisoners are exchanged), counted back to a list ("the four Arab states"), or in the next sentence for facilitators
// that came first.
public sealed partial class Extractor
{
    private List<Mention>? SentenceParties(SentenceContext s, DocumentState? document = null)
    {
        for (var k = 0; k < s.Tokens.Count; k++)
        {
            if (s.Word(k) == "between" && s.At(k) is null)
            {
                var between = Objects(s, k);
                if (between.Count >= 2)
                {
                    return between;
                }

                // "between Qatar and the four Arab states", "between the two countries": a count of actors a sentence
                // before listed.
                var after = between.Count == 1 ? Math.Max(between[0].End, s.At(between[0].Start)?.End ?? 0) : k;
                if (between.Count == 1 && s.Word(after) == "and")
                {
                    after++;
                }

                if (document is not null && CountedList(s, after, document, between) is { } counted)
                {
                    return [.. between, .. counted];
                }
            }
        }

        // "Grundberg met Houthi officials"
        for (var k = 0; k < s.Tokens.Count; k++)
        {
            if (s.Word(k) is "met" or "meets" && s.At(k) is null)
            {
                var other = Objects(s, k).FirstOrDefault();
                var subject = Subject(s, k, out _);
                if (other is not null && subject is not null && other != subject)
                {
                    return [subject, other];
                }

                // "The Iranian delegation, led by A, and the American delegation, headed by B, met in Muscat": the
                // coordinated subjects are the sides.
                if (other is null && Subjects(s, k, out _) is { Count: >= 2 } sides)
                {
                    return sides.Select(side => LedBy(s, side) ?? side).Distinct().ToList();
                }
            }
        }

        // "Azerbaijan freed 17 Armenian prisoners after US mediation": who releases prisoners and whose they are.
        var releaseBit = _lexicon.CueBit("release-verb");
        for (var k = 1; k < s.Tokens.Count; k++)
        {
            if (s.Tokens[k] is { IsWord: true, IsCapitalized: false } && (_lexicon.CueMask(s.Tokens[k].Text) & releaseBit) != 0 && s.At(k) is null
                && Subject(s, k, out _) is { } releaser)
            {
                for (var j = k + 1; j < s.Tokens.Count && j <= k + 4; j++)
                {
                    if (s.At(j)?.Resolve() is { Type: MentionType.Actor, Locative: false, Kind: not ActorKind.Person } owner && owner != releaser)
                    {
                        return [releaser, owner];
                    }
                }
            }
        }

        // "the release of 100 Russian prisoners in exchange for 100 prisoners from the Ukrainian side": whose prisoners
        // are exchanged are the sides.
        if (PrisonerSides(s) is { Count: >= 2 } exchanged)
        {
            return exchanged;
        }

        var hasEvent = false;
        for (var k = 0; k < s.Tokens.Count; k++)
        {
            hasEvent |= s.At(k) is null && IsEvent(s, k);
        }

        if (!hasEvent)
        {
            return null;
        }

        // "US and Russian officials began talks", "Russia-Ukraine talks": the first coordinated actors.
        for (var k = 0; k < s.Tokens.Count; k++)
        {
            if (s.At(k) is not { } mention || mention.Resolve() is not { Type: MentionType.Actor, Locative: false } first)
            {
                continue;
            }

            var end = Math.Max(mention.End, first.End);
            if (s.Word(end) is "and" or "-" or "," && (s.At(end + 1) is not null || (s.Word(end + 1) == "the" && s.At(end + 2) is not null)))
            {
                // "convened 20 leaders, including A, B and C": a list of examples names who attended, not the sides.
                var group = Coordinated(s, end, [first]);
                if (_lexicon.IsCue("example-opener", s.Word(mention.Start - 1)))
                {
                    k = Math.Max(end, group[^1].End) - 1;
                    continue;
                }

                if (group.Count >= 2 && (s.Word(end) != "," || group.Count >= 3))
                {
                    return group;
                }
            }

            k = end - 1;
        }

        // "Ukraine held talks with Russia", "Putin met with Zelensky"
        for (var k = 0; k < s.Tokens.Count; k++)
        {
            if (s.Word(k) == "with" && s.At(k) is null && k > 0 && (IsEvent(s, k - 1) || s.Word(k - 1) is "met" or "meet" or "meeting"))
            {
                var other = Objects(s, k).FirstOrDefault();
                var subject = Subject(s, k - 1, out _);
                if (other is not null && subject is not null && other != subject)
                {
                    return [subject, other];
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "the four Arab states" at <paramref name="at"/>: the newest list of a sentence before that names that many
    /// countries or bodies, none of them already among <paramref name="besides"/>.
    /// </summary>
    private List<Mention>? CountedList(SentenceContext s, int at, DocumentState document, List<Mention> besides)
    {
        if (s.Word(at) is not ("the" or "The") || s.At(at + 1) is not null)
        {
            return null;
        }

        var word = s.Word(at + 1).ToLowerInvariant();
        var count = word.Length > 0 && word.All(char.IsDigit) ? int.Parse(word, System.Globalization.CultureInfo.InvariantCulture)
            : _lexicon.IsWord("number-word", word) ? Array.IndexOf(NumberWords, word) + 2 : 0;
        if (count < 2)
        {
            return null;
        }

        var names = besides.Select(b => b.Name).ToHashSet(StringComparer.Ordinal);
        for (var i = document.RecentLists.Count - 1; i >= 0; i--)
        {
            if (document.RecentLists[i] is { } list && list.Count == count && !list.Any(m => names.Contains(m.Name)))
            {
                return [.. list];
            }
        }

        return null;
    }

    private static readonly string[] NumberWords = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    /// <summary>Keeps the lists of countries and bodies this sentence names ("Saudi Arabia, Egypt, the UAE and Bahrain").</summary>
    private void RememberLists(SentenceContext s, DocumentState document)
    {
        for (var k = 0; k < s.Tokens.Count; k++)
        {
            if (s.At(k) is not { } mention || mention.Resolve() is not { Type: MentionType.Actor, Locative: false, Kind: not ActorKind.Person } first)
            {
                continue;
            }

            var end = Math.Max(mention.End, first.End);
            if (s.Word(end) is "," or "and" && Coordinated(s, end, [first]) is { Count: >= 2 } list && list.All(m => m.Kind != ActorKind.Person))
            {
                document.RecentLists.Add(list);
                if (document.RecentLists.Count > 8)
                {
                    document.RecentLists.RemoveAt(0);
                }

                end = Math.Max(end, list[^1].End);
            }

            k = end - 1;
        }
    }

    /// <summary>
    /// "100 Russian prisoners of war in exchange for 100 prisoners from the Ukrainian side": the countries or bodies
    /// whose prisoners a sentence of exchange names, two or more of them.
    /// </summary>
    private List<Mention>? PrisonerSides(SentenceContext s)
    {
        var bit = _lexicon.CueBit("prisoner-noun");
        List<Mention>? sides = null;
        for (var k = 1; k < s.Tokens.Count; k++)
        {
            if (s.At(k) is not null || (_lexicon.CueMask(s.Word(k)) & bit) == 0)
            {
                continue;
            }

            // The owner just before ("Russian prisoners", "17 Armenian POWs"), or "from the X side" just after.
            Mention? owner = null;
            for (var j = k - 1; j >= 0 && j >= k - 3 && owner is null; j--)
            {
                owner = s.At(j)?.Resolve() is { Type: MentionType.Actor, Kind: not ActorKind.Person } m ? m : null;
            }

            for (var j = k + 1; j < s.Tokens.Count && j <= k + 4 && owner is null; j++)
            {
                if (s.Word(j) is "," or ";" or "in")
                {
                    break;
                }

                owner = s.Word(j - 1) is "from" or "the" && s.At(j)?.Resolve() is { Type: MentionType.Actor, Kind: not ActorKind.Person } m ? m : null;
            }

            if (owner is not null && (sides ??= []).All(x => x.Name != owner.Name))
            {
                sides.Add(owner);
            }
        }

        return sides;
    }

    /// <summary>The sides this sentence names, for the facilitators the sentence before left waiting.</summary>
    private static void PendingSides(SentenceContext s, DocumentState document, Func<List<Mention>?> sentenceParties)
    {
        if (document.PendingFacilitators is not { } pending || pending.Sentence == s)
        {
            return;
        }

        document.PendingFacilitators = null;
        if (sentenceParties() is not { Count: >= 2 } sides)
        {
            return;
        }

        var names = pending.Facilitators.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var facilitator in pending.Facilitators)
        {
            // "Under the sponsorship of King A, B and C signed": who sponsors the deal is no side of it.
            foreach (var party in sides.Where(p => !names.Contains(p.Name) && !document.IsFacilitator(p.Name)))
            {
                document.AddRelation(facilitator, RelationKind.Facilitates, party, Math.Round(pending.Confidence, 2), pending.Sentence, pending.Rule);
            }
        }
    }

    /// <summary>"the Iranian delegation, led by Foreign Minister A,": the side A leads, when A is named in such an aside.</summary>
    private Mention? LedBy(SentenceContext s, Mention person)
    {
        var j = person.Start - 1;
        while (j >= 0 && s.At(j) is { Type: MentionType.Title } title)
        {
            j = title.Start - 1;
        }

        if (s.Word(j) != "by" || !_lexicon.IsCue("lead-verb", s.Word(j - 1)) || s.Word(j - 2) != ",")
        {
            return null;
        }

        return s.At(j - 3)?.Resolve() is { Type: MentionType.Actor, Locative: false } side && side != person ? side : null;
    }
}
