using ActorGraph.Core.Model;

namespace ActorGraph.Extraction;

// What stands around a title: the country, body or person before it, and the body or principal after it.
public sealed partial class Extractor
{
    /// <summary>What stands before a title: the country, body or person it is of, its qualifiers and its time.</summary>
    private sealed record LeftSide(List<Mention> Actors, List<string> Words, bool Past, bool Future, bool Deputy, int Edge);

    private LeftSide WalkLeft(SentenceContext s, int from, bool adviserTitle = false)
    {
        var actors = new List<Mention>();
        var words = new List<string>();
        bool past = false, future = false, deputy = false;
        var k = from;
        var edge = from + 1;
        while (k >= 0)
        {
            var word = s.Word(k);
            var mention = s.At(k);
            if (mention is { Type: MentionType.Actor } && mention.Head is null)
            {
                var possessive = mention.End < s.Tokens.Count && s.Tokens[mention.End].IsPossessive;
                // "Biden senior adviser Symone Sanders": a named person right before an adviser's title is its principal.
                var owner = mention.Kind == ActorKind.Person && !possessive && adviserTitle && actors.Count == 0 && (k == 0 || s.At(k - 1) is null);
                if (mention.Kind == ActorKind.Person && !possessive && !owner || mention.Locative || mention.Kind == ActorKind.Group && !possessive)
                {
                    break;
                }

                actors.Insert(0, mention);
                k = mention.Start - 1;
                edge = mention.Start;

                // Only one possessive owner: "Trump's Ukraine envoy" stops at Trump.
                if (possessive && mention.Kind == ActorKind.Person)
                {
                    break;
                }

                continue;
            }

            if (mention is { Type: MentionType.Title, Head.Type: MentionType.Title })
            {
                deputy |= mention.TitleClass == TitleClass.Deputy;
                words.Insert(0, mention.Surface);
                edge = mention.Start;
                k = mention.Start - 1;
                continue;
            }

            if (mention is not null)
            {
                break;
            }

            // "National Intelligence Organisation (MIT) Director Ibrahim Kalin": the acronym repeats the body.
            if (word == ")" && s.Word(k - 2) == "(" && k >= 3 && s.At(k - 3) is { Type: MentionType.Actor })
            {
                k -= 3;
                continue;
            }

            if (word is "'s" or "'")
            {
                k--;
                continue;
            }

            if (_lexicon.IsCue("past-flag", word))
            {
                past = true;
            }
            else if (_lexicon.IsCue("future-flag", word))
            {
                future = true;
            }
            else if (_lexicon.IsCue("qualifier", word) || (s.Tokens[k].IsCapitalized && s.Tokens[k].IsWord && k > 0 && !IsClauseWord(word)))
            {
                deputy |= word.Equals("deputy", StringComparison.OrdinalIgnoreCase) || word.Equals("vice", StringComparison.OrdinalIgnoreCase) || word.Equals("assistant", StringComparison.OrdinalIgnoreCase);
                words.Insert(0, word);
            }
            else if (word is "acting" or "interim" or "outgoing")
            {
            }
            else if (adviserTitle && word == "and" && _lexicon.IsCue("kin-noun", s.Word(k - 1)) && s.At(k - 1) is null)
            {
                // "Trump's son-in-law and senior adviser Jared Kushner": the principal owns both nouns.
                k -= 2;
                continue;
            }
            else
            {
                break;
            }

            edge = k;
            k--;
        }

        return new LeftSide(actors, words, past, future, deputy, edge);
    }

    private static bool IsClauseWord(string word) => word is "The" or "A" or "An" or "Meanwhile" or "But" or "And" or "However" or "On" or "In";

    /// <summary>"of the Russian Direct Investment Fund", "to Putin", "at the Treasury" after a title.</summary>
    /// <summary>"of policy planning" after a title: a lowercase body the text does not name.</summary>
    private static string? UnnamedBody(SentenceContext s, int k)
    {
        if (s.Word(k) != "of" || s.At(k) is not null)
        {
            return null;
        }

        var end = k + 1;
        while (end < s.Tokens.Count && end <= k + 4 && s.At(end) is null && s.Tokens[end].IsWord && !s.Tokens[end].IsCapitalized
            && s.Word(end) is not ("the" or "a" or "an" or "and" or "who" or "which" or "said" or "was" or "is" or "has"))
        {
            end++;
        }

        return end > k + 1 ? Join(s.Tokens, k, end) : null;
    }

    private (Mention Actor, bool To)? OfPhrase(SentenceContext s, int k)
    {
        var word = s.Word(k);

        // "Dr Amaka Obi, Director-General, National Institute for Fisheries, and ...": in a list of appointments a
        // comma may stand for "of" before a body named in full, when the body's name closes the item.
        if (word == "," && s.At(k + 1) is { Type: MentionType.Actor, Kind: ActorKind.Organization } listed && listed.Start == k + 1
            && (listed.End >= s.Tokens.Count || s.Word(listed.End) is "," or ";" or "and" or "." or ")"))
        {
            return (listed, false);
        }

        if (word is not ("of" or "to" or "at" or "for") || s.At(k) is not null)
        {
            return null;
        }

        var j = k + 1;
        if (s.Word(j) is "the" or "its" && s.At(j) is null)
        {
            j++;
        }

        // "Personal Envoy of H.E. Luiz Inácio Lula da Silva": an honorific before the person the title is of.
        j = AfterHonorific(s, j);

        // "president of the unicameral National Assembly": an adjective before the body's name.
        if (s.At(j) is null && s.At(j + 1) is { Type: MentionType.Actor, Kind: ActorKind.Organization } && s.Tokens.Count > j
            && s.Tokens[j].IsWord && !s.Tokens[j].IsCapitalized && s.Word(j) is not ("and" or "or" or "a" or "an"))
        {
            j++;
        }

        // "the commander of Maduro's Presidential Guard": an owner named by one word the article has not placed.
        if (s.At(j) is null && s.Tokens.Count > j + 2 && s.Tokens[j] is { IsWord: true, IsCapitalized: true } && s.Tokens[j + 1].IsPossessive
            && s.At(j + 2) is { Type: MentionType.Actor, Kind: ActorKind.Organization } ownedBody && ownedBody.Start == j + 2)
        {
            j += 2;
        }

        // "the commander of Maduro's Presidential Guard", "head of the Foreign Ministry's North American Department":
        // a named body after a possessive is the body led.
        while (s.At(j) is { Type: MentionType.Actor } owner && owner.Start == j && owner.End < s.Tokens.Count && s.Tokens[owner.End].IsPossessive
            && s.At(owner.End + 1) is { Type: MentionType.Actor, Kind: ActorKind.Organization } owned && owned.Start == owner.End + 1)
        {
            j = owned.Start;
        }

        // "an adviser to Supreme Leader Ali Khamenei": the person after the title; "media adviser to Hamas leader Ismail
        // Haniyeh": the person after a body's title.
        if (word == "to" && s.At(j) is { Type: MentionType.Actor, Kind: not ActorKind.Person } body && body.Start == j
            && s.At(body.End) is { Type: MentionType.Title, TitleClass: TitleClass.Head or TitleClass.HeadOfState or TitleClass.HeadOfGovernment } bodyTitle
            && bodyTitle.Start == body.End && s.At(bodyTitle.End) is { Type: MentionType.Actor, Kind: ActorKind.Person } && s.At(bodyTitle.End)!.Start == bodyTitle.End)
        {
            j = bodyTitle.End;
        }

        while (s.At(j) is { Type: MentionType.Title } title && title.Start == j)
        {
            j = title.End;
        }

        // "head of the Ukrainian presidential office": a demonym before lowercase nouns qualifies a body the text does not name.
        if (s.At(j) is { Type: MentionType.Actor, Form: EntityForm.Demonym } qualifier && qualifier.End < s.Tokens.Count
            && s.Tokens[qualifier.End].IsWord && !s.Tokens[qualifier.End].IsCapitalized)
        {
            return null;
        }

        // "head of Zelenskiy's office": the office is Zelenskiy's, the role is not of Zelenskiy.
        if (s.At(j) is { Type: MentionType.Actor } actor && actor.Start == j && !(actor.End < s.Tokens.Count && s.Tokens[actor.End].IsPossessive))
        {
            actor.Locative = false;
            return (actor, word == "to");
        }

        // "Vice Chairman of Surgutneftegaz": a name the lexicons do not know, right after "of", is a body.
        if (word == "of" && s.At(j) is null && j < s.Tokens.Count && s.Tokens[j].IsCapitalized && s.Tokens[j].IsWord
            && !_lexicon.IsWord("not-a-name", s.Word(j)) && !_lexicon.IsCue("qualifier", s.Word(j)) && !_lexicon.IsGivenName(s.Word(j)))
        {
            var end = UnknownNameEnd(s, j);

            // A lone head word ("of the Office of …", "of Operations", "of the Republic") names no body by itself.
            if ((end < s.Tokens.Count && s.Tokens[end].IsPossessive) || (end == j + 1 && (_lexicon.IsWord("org-head", s.Word(j)) || _lexicon.IsWord("place-head", s.Word(j)) || s.Word(end) == "of")))
            {
                return null;
            }

            return (AddBody(s, j, end), false);
        }

        return null;
    }
}
