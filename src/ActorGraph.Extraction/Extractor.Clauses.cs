using ActorGraph.Core.Model;

namespace ActorGraph.Extraction;

// Clauses: the subjects, objects and coordinated lists a cue acts on, and what makes a clause hypothetical.
public sealed partial class Extractor
{
    /// <summary>The actor a verb at <paramref name="k"/> is said of: the nearest acting one before it in the clause.</summary>
    private Mention? Subject(SentenceContext s, int k, out int end)
    {
        end = k;

        // "Al-Aiban, Saudi Minister of State, Member of the Council of Ministers, led ...": the verb after a closed
        // apposition is said of the person the apposition describes.
        if (s.Word(k - 1) == "," && AppositionHolder(s, k - 1) is { } holder)
        {
            end = holder.End;
            return holder;
        }

        // "A response to the attack on Israel, the package targets senior figures": a noun phrase of common words
        // right before the verb is its subject, and it names no actor.
        var common = k - 1;
        // A pronoun is no common noun: "said that it mediated" has a subject.
        while (common >= 0 && common >= k - 4 && s.At(common) is null && s.Tokens[common] is { IsWord: true, IsCapitalized: false } && !_lexicon.IsCue("determiner", s.Word(common))
            && !_lexicon.IsCue("subject-pronoun", s.Word(common)))
        {
            common--;
        }

        if (common < k - 1 && common >= 0 && s.At(common) is null && _lexicon.IsCue("determiner", s.Word(common))
            && !s.Word(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // "the heads of diplomacy of A, B and C": right after a determiner the word is a noun, not a verb.
        if (k > 0 && s.At(k - 1) is null && _lexicon.IsCue("determiner", s.Word(k - 1)) && s.Word(k - 1) is not ("that" or "That"))
        {
            return null;
        }

        for (var j = k - 1; j >= 0 && j >= k - 16; j--)
        {
            if (s.At(j) is { } mention)
            {
                var actor = mention.Resolve();
                if (actor.Type == MentionType.Actor && !actor.Locative)
                {
                    end = mention.End;
                    return actor;
                }

                j = mention.Start;
                continue;
            }

            // "the National Intelligence Organization (MIT) coordinated": the acronym repeats the name before it;
            // "Australia (collectively the coalition) imposed": a parenthesis is set aside.
            if (s.Word(j) == ")")
            {
                var open = j - 1;
                while (open >= 0 && open > j - 12 && s.Word(open) != "(")
                {
                    open--;
                }

                if (open >= 0 && s.Word(open) == "(")
                {
                    j = open;
                    continue;
                }
            }

            // "Japan, in lockstep with the other G7 members, has imposed": a phrase set off by commas that opens with
            // an aside word says how, not who.
            if (s.Word(j) == "," && AsideStart(s, j) is var aside and >= 0)
            {
                j = aside;
                continue;
            }

            // "Oman said it mediated ...": the pronoun after a speech verb is its speaker.
            if (_lexicon.IsCue("subject-pronoun", s.Word(j)) && Speaker(s, j) is { } speaker)
            {
                end = speaker.End;
                return speaker;
            }

            if (_lexicon.IsCue("clause-break", s.Word(j)))
            {
                return null;
            }

            // "NHK reported that the cabinet endorsed sanctions": who reports is not who acts.
            if (s.Word(j) == "that" && s.At(j) is null && _lexicon.IsCue("report-verb", s.Word(j - 1)))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Where the aside that the comma at <paramref name="close"/> ends opens: the comma before an aside word ("in
    /// lockstep with", "along with", "like"), with a name before it; -1 when the comma closes no aside.
    /// </summary>
    private int AsideStart(SentenceContext s, int close)
    {
        for (var open = close - 2; open > 0 && open >= close - 12; open--)
        {
            if (s.Word(open) == "," && s.At(open) is null)
            {
                // "The meeting, hosted by the Foreign Ministry, was led by A": a participle phrase with its agent is an aside too.
                var participle = s.Word(open + 1).EndsWith("ed", StringComparison.Ordinal) && s.Word(open + 2) == "by" && s.At(open + 1) is null;
                return (_lexicon.IsCue("aside-start", s.Word(open + 1)) && s.At(open - 1) is not null) || participle ? open : -1;
            }
        }

        return -1;
    }

    /// <summary>The actor of "X said (that)" right before the pronoun at <paramref name="pronoun"/>.</summary>
    private Mention? Speaker(SentenceContext s, int pronoun)
    {
        var j = pronoun - 1;
        if (s.Word(j) == "that")
        {
            j--;

            // "Oman announced on Saturday that it ...": a short phrase of time may stand between the verb and "that".
            for (var back = j; back >= 1 && back >= j - 2 && s.At(back) is null && s.Word(back) is not ("," or "and"); back--)
            {
                if (s.Word(back - 1) == "on" && _lexicon.IsCue("speech-verb", s.Word(back - 2)))
                {
                    j = back - 2;
                    break;
                }
            }
        }

        if (!_lexicon.IsCue("speech-verb", s.Word(j)) || s.At(j) is not null)
        {
            return null;
        }

        return s.At(j - 1)?.Resolve() is { Type: MentionType.Actor, Locative: false } speaker ? speaker : null;
    }

    /// <summary>The person whose apposition closes with the comma at <paramref name="comma"/>, if the sentence has one.</summary>
    private Mention? AppositionHolder(SentenceContext s, int comma)
    {
        for (var j = comma - 1; j >= 0 && j >= comma - 30; j--)
        {
            if (s.At(j) is { } mention)
            {
                var actor = mention.Resolve();
                if (mention == actor && actor is { Type: MentionType.Actor, Kind: ActorKind.Person } && s.Word(actor.End) == "," && actor.End < comma
                    && (actor.Start == 0 || s.Word(actor.Start - 1) is "," or "and" or ";" or "while" or "that" or "as" || s.At(actor.Start - 1) is { Type: MentionType.Title }))
                {
                    return actor;
                }

                j = mention.Start;
                continue;
            }

            if (_lexicon.IsCue("clause-break", s.Word(j)) || _lexicon.IsCue("clause-verb", s.Word(j)) || _lexicon.IsCue("speech-verb", s.Word(j)))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The actors a cue at <paramref name="k"/> acts on: the first after it, and those coordinated with it.</summary>
    private List<Mention> Objects(SentenceContext s, int k, bool preferNamed = false)
    {
        var found = new List<Mention>();
        var j = k + 1;
        var skipped = 0;
        while (j < s.Tokens.Count && skipped < 6)
        {
            if (s.At(j) is { } mention)
            {
                var actor = mention.Resolve();
                if (actor.Type != MentionType.Actor || actor.Locative)
                {
                    return found;
                }

                j = Math.Max(mention.End, actor.End);

                // "sanctioned Coral Energy's chief executive": the possessor is not what is acted on.
                if (j < s.Tokens.Count && s.Tokens[j].IsPossessive && j + 1 < s.Tokens.Count && !s.Tokens[j + 1].IsCapitalized)
                {
                    return found;
                }

                // "between Yemen's Houthis and the US": the possessed actor, not its country.
                if (j < s.Tokens.Count && s.Tokens[j].IsPossessive && s.At(j + 1)?.Resolve() is { Type: MentionType.Actor, Locative: false })
                {
                    j++;
                    continue;
                }

                // "added Hamas military leaders Mohammed Deif and Marwan Issa": the people named, not their body.
                if (preferNamed && actor.Kind is ActorKind.Organization or ActorKind.Group && j < s.Tokens.Count && !s.Tokens[j].IsCapitalized && s.Tokens[j].IsWord
                    && NamedAhead(s, j) is { Kind: ActorKind.Person } member)
                {
                    actor = member.Resolve();
                    j = member.End;
                }

                if (preferNamed && actor.Kind == ActorKind.Country && j < s.Tokens.Count && !s.Tokens[j].IsCapitalized && s.Tokens[j].IsWord)
                {
                    // "on Russian oil companies Rosneft and Lukoil": the named ones; "on North Korean individuals": not the country.
                    if (NamedAhead(s, j) is { } named)
                    {
                        actor = named.Resolve();
                        j = named.End;
                    }
                    else if (NonStateAhead(s, j) || (mention.Form == EntityForm.Demonym && !CommodityAhead(s, j)))
                    {
                        while (j < s.Tokens.Count && s.At(j) is null && s.Tokens[j].IsWord && !s.Tokens[j].IsCapitalized && s.Word(j) != "and")
                        {
                            j++;
                        }

                        // "on North Korean individuals and on ...", "Russian officials, X": a list goes on; anything else ends it.
                        if (s.Word(j) is not ("and" or ","))
                        {
                            return found;
                        }

                        j++;
                        continue;
                    }
                }

                if (j < s.Tokens.Count && s.Tokens[j].IsPossessive && j + 1 < s.Tokens.Count && !s.Tokens[j + 1].IsCapitalized)
                {
                    return found;
                }

                found.Add(actor);
                return Coordinated(s, j, found, adHoc: preferNamed);
            }

            if (_lexicon.IsCue("object-stop", s.Word(j)) || s.Word(j) == "'s" || _lexicon.IsWord("event", s.Word(j)))
            {
                return found;
            }

            // "the Dubai-based trader": a capitalized word with a lowercase ending is an adjective, not a name.
            if (preferNamed && s.Tokens[j].IsCapitalized && s.Tokens[j].IsWord && !IsDashAdjective(s.Word(j)) && !_lexicon.IsWord("not-a-name", s.Word(j)))
            {
                // An unknown name in a sanctions target ("on Surgutneftegas") is a body.
                var adHoc = AddBody(s, j, UnknownNameEnd(s, j));
                found.Add(adHoc);
                return Coordinated(s, adHoc.End, found, adHoc: preferNamed);
            }

            skipped++;
            j++;
        }

        return found;
    }

    /// <summary>"on Russian crude", "on Iranian oil sales": what a country sells stands for the country.</summary>
    private bool CommodityAhead(SentenceContext s, int j) => WordAhead(s, j, word => _lexicon.IsCue("commodity", word));

    private bool NonStateAhead(SentenceContext s, int j) => WordAhead(s, j, word => _lexicon.IsWord("non-state", word));

    /// <summary>Whether one of the (at most three) plain words from <paramref name="j"/> on is what <paramref name="wanted"/> looks for.</summary>
    private static bool WordAhead(SentenceContext s, int j, Func<string, bool> wanted)
    {
        for (var n = j; n < s.Tokens.Count && n < j + 3 && s.At(n) is null && s.Tokens[n].IsWord; n++)
        {
            if (wanted(s.Word(n)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"on Russian oil companies Rosneft and Lukoil": the named ones, not the adjective.</summary>
    private Mention? NamedAhead(SentenceContext s, int j)
    {
        for (var n = j; n < s.Tokens.Count && n < j + 4; n++)
        {
            if (s.At(n) is { Type: MentionType.Actor, Kind: ActorKind.Organization or ActorKind.Person } named)
            {
                return named;
            }

            // "Iranian state television broadcaster Press TV": an unknown name after the describing words is a body.
            if (n > j && s.At(n) is null && s.Tokens[n] is { IsWord: true, IsCapitalized: true } && !_lexicon.IsWord("not-a-name", s.Word(n)) && !IsDashAdjective(s.Word(n)))
            {
                return AddBody(s, n, UnknownNameEnd(s, n));
            }

            if (s.At(n) is not null || !s.Tokens[n].IsWord || _lexicon.IsCue("object-stop", s.Word(n)))
            {
                return null;
            }
        }

        return null;
    }

    private List<Mention> Coordinated(SentenceContext s, int j, List<Mention> found, bool adHoc = false)
    {
        if (s.Word(j) == "(" && s.Word(j + 2) == ")")
        {
            j += 3;
        }

        while (j < s.Tokens.Count)
        {
            var w = s.Word(j);
            var next = j;
            if (w is "," or "and" or "&" or "-" or "/")
            {
                next = j + 1;
                if (s.Word(next) is "and")
                {
                    next++;
                }
            }
            else if (w == "as" && s.Word(j + 1) == "well" && s.Word(j + 2) == "as")
            {
                next = j + 3;
            }
            else
            {
                return found;
            }

            if (s.Word(next) is "the" or "its" or "their" && s.At(next) is null)
            {
                next++;

                // "and the paramilitary Rapid Support Forces"
                if (s.At(next) is null && s.At(next + 1) is not null && s.Tokens[next].IsWord && !s.Tokens[next].IsCapitalized && !StartsClause(s, next))
                {
                    next++;
                }
            }

            // "designated Sovcomflot, Novatek and Surgutneftegas": in a list of targets an unknown name is a body.
            if (adHoc && s.At(next) is null && next < s.Tokens.Count && s.Tokens[next].IsCapitalized && s.Tokens[next].IsWord
                && !_lexicon.IsWord("not-a-name", s.Word(next)) && !IsDashAdjective(s.Word(next)))
            {
                AddBody(s, next, UnknownNameEnd(s, next));
            }

            if (s.At(next) is not { } mention || mention.Resolve() is not { Type: MentionType.Actor, Locative: false } actor)
            {
                return found;
            }

            var after = Math.Max(mention.End, actor.End);

            // "the Sudan Armed Forces (SAF) and ...": the acronym repeats the name.
            if (s.Word(after) == "(" && s.Word(after + 2) == ")")
            {
                after += 3;
            }

            // "Lukoil, Russia's largest company" is an apposition; ", and the American side was led" a new clause.
            // "Russia and Ukraine have agreed" keeps both: only after a comma does a verb start a new clause.
            if (s.Word(after) is "'s" && w == "," || (w == "," && _lexicon.IsCue("clause-verb", s.Word(after))))
            {
                return found;
            }

            // "…, Friends of Free Iran, Stop the Bomb, …": in a list of targets an item is one name up to its comma.
            if (adHoc && actor.Kind == ActorKind.Organization && WholeItem(s, actor) is { } whole)
            {
                actor = whole;
                after = whole.End;
            }

            if (!found.Contains(actor))
            {
                found.Add(actor);
            }

            j = after;
        }

        return found;
    }

    /// <summary>The subject at <paramref name="k"/> and those coordinated before it: "Qatar and Egypt mediated".</summary>
    private List<Mention> Subjects(SentenceContext s, int k, out int end)
    {
        var subject = Subject(s, k, out end);
        if (subject is null)
        {
            return [];
        }

        var subjects = new List<Mention> { subject };

        // "Saudi Arabia, along with Gulf ally the United Arab Emirates, helped broker ...": both act.
        var start = s.At(end - 1)?.Start ?? end - 1;
        for (var w = start - 1; w >= 2 && w >= start - 5; w--)
        {
            if (s.At(w) is not null)
            {
                break;
            }

            if (s.Word(w) == "with" && s.Word(w - 1) is "along" or "together" && s.Word(w - 2) == "," && s.At(w - 3)?.Resolve() is { Type: MentionType.Actor, Locative: false } partner)
            {
                subjects.Insert(0, partner);
                return subjects;
            }
        }

        var j = PhraseStart(s, subject, s.At(end - 1)?.Start ?? end - 1);
        while (j >= 2)
        {
            // "One individual, Kim Sang Man, and the North Korea-based Chinyong ... Company were sanctioned"
            while (j >= 2 && s.At(j - 1) is null && (s.Word(j - 1) is "the" || IsDashAdjective(s.Word(j - 1))))
            {
                j--;
            }

            // "members of the Group of Seven, as well as Australia, imposed"
            if (j >= 4 && s.Word(j - 1) == "as" && s.Word(j - 2) == "well" && s.Word(j - 3) == "as")
            {
                j -= s.Word(j - 4) == "," ? 3 : 2;
            }

            // "Maria Orlova, former gymnast Alina Petrova and ...": a lowercase description before a coordinated name.
            var described = j;
            while (described > 2 && j - described < 3 && s.At(described - 1) is null && s.Tokens[described - 1] is { IsWord: true, IsCapitalized: false }
                && s.Word(described - 1) is not ("and" or "the" or "or") && !_lexicon.IsCue("clause-break", s.Word(described - 1)))
            {
                described--;
            }

            if (described < j && s.Word(described - 1) is "," or "and")
            {
                j = described;
            }
            else if (DescriptionStart(s, j) is var longer and > 2)
            {
                j = longer;
            }

            if (j < 2 || s.Word(j - 1) is not ("and" or ",") || s.At(j - 1) is not null)
            {
                break;
            }

            if (s.Word(j - 1) == "and" && s.Word(j - 2) == "," && j >= 3)
            {
                j--;
            }

            var previous = s.At(j - 2);
            if (previous?.Resolve() is { Type: MentionType.Actor } coordinated && coordinated.Start < j - 2)
            {
                previous = coordinated;
            }

            if (previous?.Resolve() is not { Type: MentionType.Actor, Locative: false } actor || subjects.Contains(actor))
            {
                break;
            }

            subjects.Insert(0, actor);
            j = previous.Start;
        }

        return subjects;
    }

    /// <summary>
    /// "…, and head of Russia's Chechen Republic Ramzan Kadyrov are targeted": where a longer description before a
    /// coordinated name starts (its titles, the bodies they are of, lowercase nouns), when a comma or "and" stands
    /// before it within eight tokens and no verb or other person comes between; -1 otherwise.
    /// </summary>
    private int DescriptionStart(SentenceContext s, int j)
    {
        var d = j;
        for (var steps = 0; d > 2 && steps < 8; steps++)
        {
            var word = s.Word(d - 1);
            if (word is "," or "and")
            {
                return d < j ? d : -1;
            }

            if (s.At(d - 1) is { } mention)
            {
                if (mention.Resolve() is { Type: MentionType.Actor, Kind: ActorKind.Person })
                {
                    return -1;
                }

                d = mention.Start;
                continue;
            }

            var token = s.Tokens[d - 1];
            if ((!token.IsWord && !token.IsPossessive && word != "-") || _lexicon.IsCue("clause-break", word) || _lexicon.IsCue("clause-verb", word)
                || (!token.IsCapitalized && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal) || word is "or" or "to" or "by" or "with")))
            {
                return -1;
            }

            d--;
        }

        return -1;
    }

    /// <summary>
    /// Where the phrase naming <paramref name="actor"/> starts, from <paramref name="from"/>: its titles, country and
    /// "former" go with it ("Foreign Minister Sergey Lavrov", "former governor Ivan Lesk").
    /// </summary>
    private int PhraseStart(SentenceContext s, Mention actor, int from)
    {
        var j = from;
        while (j > 0 && (s.At(j - 1)?.Resolve() == actor
            || (s.At(j - 1) is null && (_lexicon.IsCue("past-flag", s.Word(j - 1)) || _lexicon.IsCue("qualifier", s.Word(j - 1))))
            || (s.At(j - 1) is null && s.Tokens[j - 1].IsCapitalized && s.Tokens[j - 1].IsWord && s.At(j)?.Resolve() == actor)))
        {
            j = s.At(j - 1)?.Start ?? j - 1;
        }

        return j;
    }

    private bool IsHypothetical(SentenceContext s, int from, int to)
    {
        for (var j = Math.Max(0, from); j < to && j < s.Tokens.Count; j++)
        {
            if (s.At(j) is null && _lexicon.IsCue("hypothetical", s.Word(j)))
            {
                return true;
            }
        }

        return false;
    }

    private static int WindowStart(int subjectEnd, int k) => Math.Max(subjectEnd, k - 6);
}
