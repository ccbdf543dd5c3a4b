using ActorGraph.Core.Model;

namespace ActorGraph.Extraction;

// FACILITATES: hosts, mediators, brokers and go-betweens, and the parties they bring together.
public sealed partial class Extractor
{
    private void Facilitates(SentenceContext s, DocumentState document, int k, List<Mention>? parties)
    {
        var word = s.Word(k);
        if (_lexicon.IsCue("trilateral-word", word))
        {
            ThreeWayTalks(s, document, k);
            return;
        }

        List<Mention> facilitators;
        var rule = "facilitates.verb";
        var confidence = 0.85;
        List<Mention>? direct = null;
        var anaphoric = false;
        if (_lexicon.Cues("facilitate-suffix").FirstOrDefault(x => word.EndsWith(x, StringComparison.OrdinalIgnoreCase)) is { } suffix)
        {
            // "a Qatar-brokered truce", "the Egyptian-mediated talks", "African Union-led talks"
            var stem = word[..^suffix.Length];
            LexiconEntry? entry = null;
            for (var before = 0; before <= 3 && k - before >= 0 && entry is null; before++)
            {
                var phrase = before == 0 ? stem : Join(s.Tokens, k - before, k) + " " + stem;
                entry = _lexicon.TryEntity(phrase, out var found) ? found : null;
            }

            // "a US-led coalition" leads; only "-led talks" facilitate them. "Western-brokered talks" name no one
            // who brokered them: a loose group of countries is not a mediator.
            if (entry is null || entry.Kind == ActorKind.Group || (suffix.Equals("-led", StringComparison.OrdinalIgnoreCase) && !IsEvent(s, k + 1)) || parties is not { Count: >= 2 })
            {
                return;
            }

            facilitators = [Actor(k, k + 1, entry.Name, entry.Kind, entry.Form, stem)];
            rule = "facilitates.adjective";
            confidence = 0.8;
        }
        else if (_lexicon.IsCue("facilitate-noun", word))
        {
            // "under Saudi mediation", "Qatar's mediation", "mediation by Oman", "Norway resumed mediation"
            var j = s.Word(k - 1) is "'s" ? k - 2 : k - 1;
            if (s.At(j)?.Resolve() is { Type: MentionType.Actor, Locative: false } before)
            {
                // "the joint Egyptian mediation efforts with Qatar and the United States": the partners mediate too.
                facilitators = [before];
                if (JointPartner(s, k) is { } partner)
                {
                    facilitators.AddRange(Coordinated(s, Math.Max(partner.End, s.At(partner.Start)?.End ?? partner.End), [partner]).Where(p => p != before));
                }
            }
            else if (s.Word(k + 1) is "by" or "of" or "from")
            {
                // "mediation by Oman", "under the auspices of the African Union", "with mediation from Qatar"; in
                // "Under the auspices of the AU, Ethiopia and Eritrea signed", the sides that follow are not mediators.
                facilitators = Objects(s, k + 1);
                if (facilitators.Count > 1 && parties is not null && facilitators.Skip(1).All(parties.Contains))
                {
                    facilitators = [facilitators[0]];
                }
            }
            else if (JointPartner(s, k) is { } partner)
            {
                // "mediation efforts conducted jointly with the United States led to an exchange between A and B":
                // the partner mediates too (the one it mediated with is named where the sentence's subject is).
                facilitators = [partner];
            }
            else if (s.Word(k - 1) is "resumed" or "continued" or "led" or "leads" or "began" or "launched" or "provided" or "provides" or "offered")
            {
                facilitators = Subjects(s, k - 1, out var end);
                if (IsHypothetical(s, WindowStart(end, k - 1), k))
                {
                    return;
                }
            }
            else
            {
                return;
            }

            rule = "facilitates.mediation";
            confidence = 0.75;
        }
        else if (s.Word(k + 1) == "by" || (s.Word(k + 1).EndsWith("ly", StringComparison.Ordinal) && s.Word(k + 2) == "by"))
        {
            // "The meeting was facilitated by ...", "mediated jointly by ...": the talks named before, unless this
            // sentence names their sides.
            facilitators = Objects(s, s.Word(k + 1) == "by" ? k + 1 : k + 2);
            rule = "facilitates.passive";
            confidence = 0.8;
            anaphoric = parties is not { Count: >= 2 } && s.Word(k - 1) is "was" or "were" && Enumerable.Range(Math.Max(0, k - 5), Math.Min(5, k)).Any(j => s.At(j) is null && IsEvent(s, j))
                && !Enumerable.Range(Math.Max(0, k - 5), Math.Min(5, k)).Any(j => s.At(j) is not null);
        }
        else if (word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && s.Word(k - 1) == "for" && ThankedBefore(s, k - 1) is { Count: > 0 } thanked)
        {
            // "Saudi Arabia and Iran expressed their gratitude to Iraq and Oman for hosting several rounds of dialogue":
            // the thanked host the thankers.
            facilitators = thanked;
            rule = "facilitates.thanks";
            confidence = 0.7;
        }
        else if (word.Equals("mediating", StringComparison.OrdinalIgnoreCase) && s.Word(k + 1) is "role" or "efforts")
        {
            // "with Türkiye playing a central mediating role": the player mediates what the sentence's parties do.
            facilitators = Subjects(s, k, out var end);
            if (facilitators.Count == 0 || IsHypothetical(s, WindowStart(end, k), k))
            {
                return;
            }

            rule = "facilitates.mediation";
            confidence = 0.75;
        }
        else
        {
            facilitators = Subjects(s, k, out var end);
            if (facilitators.Count == 0 || IsHypothetical(s, WindowStart(end, k), k))
            {
                return;
            }

            if (_lexicon.IsCue("together-verb", word))
            {
                // "brought his counterparts from A and B together": every actor up to "together" is a side, but not
                // the place they were brought to.
                direct = [];
                for (var j = k + 1; j < s.Tokens.Count && s.Word(j) != "together"; j++)
                {
                    if (s.At(j)?.Resolve() is { Type: MentionType.Actor } side && !direct.Contains(side)
                        && (!side.Locative || s.Word(s.At(j)!.Start - 1) is "from" or "and" or ","))
                    {
                        direct.Add(side);
                    }
                }

                if (direct.Count < 2)
                {
                    return;
                }
            }
            else if (s.Word(k + 1) != "between")
            {
                direct = Objects(s, k);
                if (direct.Count == 0 && !EventAhead(s, k) && !BetweenAhead(s, k))
                {
                    return;
                }

                // "Russia hosted talks with Ukraine": the host is a party, not a facilitator.
                if (direct.Count == 0 && WithAhead(s, k))
                {
                    return;
                }

                // "mediated the release of Russian prisoners in exchange for Ukrainian ones": the object is one of the
                // sides the sentence names.
                if (direct.Count == 1 && parties is { Count: >= 2 } && parties.Any(p => p.Name == direct[0].Name))
                {
                    direct = null;
                }
            }
        }

        // "continued Western mediation": a loose group of countries (not a delegation) is not a mediator.
        facilitators.RemoveAll(f => f.Kind == ActorKind.Group && !f.Name.EndsWith(" delegation", StringComparison.Ordinal));
        if (facilitators.Count == 0 || IsHypothetical(s, k - 3, k))
        {
            return;
        }

        var names = facilitators.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);

        // "Qatar hosted Macron" is a visit, not a facilitation: a host needs two sides besides itself.
        if (direct is { Count: 1 })
        {
            return;
        }

        // "the talks, which are being mediated by former Kenyan President A and former South African Deputy President
        // B": what the by-phrase names are the mediators and their countries, not the sides.
        var betweenAfter = Enumerable.Range(k + 1, Math.Max(0, s.Tokens.Count - k - 1)).FirstOrDefault(j => s.Word(j) == "between", s.Tokens.Count);
        List<Mention>? sides = direct is { Count: > 0 } ? direct : anaphoric ? null
            : parties?.Where(p => !names.Contains(p.Name) && !(rule == "facilitates.passive" && p.Start > k && p.Start < betweenAfter)).ToList();

        // A host that is itself a party does not facilitate: "Russia hosted talks between Russia and ...".
        if (rule == "facilitates.verb" && direct is not { Count: > 0 } && parties is not null && parties.Count - sides?.Count is > 0 && sides?.Count >= 2)
        {
            return;
        }

        if (sides is not { Count: >= 1 } || (direct is not { Count: > 0 } && sides.Count < 2))
        {
            // "facilitated the talks between the government and the opposition": the sentence names its sides, if
            // not as actors; the talks mentioned before are other talks.
            if (Enumerable.Range(k + 1, Math.Max(0, Math.Min(8, s.Tokens.Count - k - 1))).FirstOrDefault(j => s.Word(j) == "between") is var between and > 0
                && Enumerable.Range(between + 1, Math.Max(0, Math.Min(6, s.Tokens.Count - between - 1))).Any(j => s.Word(j) == "and"))
            {
                return;
            }

            sides = document.LastParties?.Where(p => !names.Contains(p.Name)).ToList();
            confidence -= 0.15;
        }

        if (sides is null or { Count: 0 })
        {
            // "Saudi Arabia, along with the UAE, helped broker the historic rapprochement. … Ethiopia and Eritrea signed
            // an agreement": with no talks before, the sides may come in the next sentence.
            if (document.LastParties is null && direct is not { Count: > 0 })
            {
                document.PendingFacilitators = (facilitators, s, rule, confidence);
            }

            return;
        }

        document.AddRelations(facilitators, RelationKind.Facilitates, sides, Math.Round(confidence, 2), s, rule);
    }

    /// <summary>"mediation (efforts) (conducted) jointly with X", "mediation together with X": the partner X.</summary>
    private static Mention? JointPartner(SentenceContext s, int k)
    {
        for (var j = k + 1; j < s.Tokens.Count && j <= k + 4; j++)
        {
            if (s.At(j) is not null || s.Word(j) is "," or "." or ";")
            {
                return null;
            }

            var at = s.Word(j + 2) is "the" && s.At(j + 2) is null ? j + 3 : j + 2;
            if (s.Word(j) is "jointly" or "together" && s.Word(j + 1) == "with" && s.At(at)?.Resolve() is { Type: MentionType.Actor, Locative: false } partner)
            {
                return partner;
            }

            // "the joint Egyptian mediation efforts with Qatar": "with" right after the mediation names a partner.
            var withAt = s.Word(j + 1) is "the" && s.At(j + 1) is null ? j + 2 : j + 1;
            if (s.Word(j) == "with" && (j == k + 1 || (j == k + 2 && s.Word(k + 1) == "efforts")) && s.At(withAt)?.Resolve() is { Type: MentionType.Actor, Locative: false } other)
            {
                return other;
            }
        }

        return null;
    }

    /// <summary>
    /// "the US/Saudi joint facilitators of the talks between A and B", "Cuba, Norway and Venezuela as guarantors":
    /// the actors that modify a facilitator noun (or stand before "as" it) facilitate the sentence's parties, or the
    /// parties of the talks last mentioned.
    /// </summary>
    private void FacilitatorNoun(SentenceContext s, DocumentState document, int k, List<Mention>? parties)
    {
        var facilitators = new List<Mention>();
        var j = k - 1;
        var skipped = 0;
        while (j >= 0 && skipped <= 3)
        {
            if (s.At(j) is { } mention)
            {
                if (mention.Resolve() is { Type: MentionType.Actor, Locative: false } actor && !facilitators.Contains(actor))
                {
                    facilitators.Insert(0, actor);
                }

                j = mention.Start - 1;
                continue;
            }

            var word = s.Word(j);
            if (word is "/" or "and" or "," or "-")
            {
                j--;
                continue;
            }

            // "the USA/Saudi Arabian joint facilitators": modifiers, and capitalized adjectives, stand between.
            if (!_lexicon.IsCue("facilitator-modifier", word) && word != "as" && !s.Tokens[j].IsCapitalized)
            {
                break;
            }

            if (word == "as" && facilitators.Count == 0)
            {
                // "ratified Cuba, Norway and Venezuela as guarantor countries"
                skipped = 0;
                j--;
                continue;
            }

            if (facilitators.Count > 0 || _lexicon.IsCue("clause-break", word) || _lexicon.IsCue("hypothetical", word))
            {
                break;
            }

            skipped++;
            j--;
        }

        if (facilitators.Count == 0 || IsHypothetical(s, Math.Max(0, j - 3), k))
        {
            return;
        }

        var names = facilitators.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var sides = parties?.Where(p => !names.Contains(p.Name)).ToList();
        var confidence = 0.75;
        if (sides is not { Count: >= 2 })
        {
            sides = document.LastParties?.Where(p => !names.Contains(p.Name)).ToList();
            confidence -= 0.15;
        }

        document.AddRelations(facilitators, RelationKind.Facilitates, sides ?? [], confidence, s, "facilitates.noun");
    }

    /// <summary>
    /// "Tut Gatluak, the chief mediator, said ...", "the talks' Omani mediator said": who holds a mediator's title
    /// (or, when no one is named, the country the title is of) facilitates the parties the same sentence names.
    /// </summary>
    private void MediatorTitles(SentenceContext s, DocumentState document, Func<List<Mention>?> sentenceParties)
    {
        foreach (var title in s.Mentions.Where(m => m.Type == MentionType.Title && _lexicon.IsCue("mediator-title", m.Name.Split(' ')[^1])))
        {
            var holder = title.Resolve();
            if (holder.Type != MentionType.Actor)
            {
                holder = s.At(title.Start - 1) is { Type: MentionType.Actor, Kind: ActorKind.Country } country ? country : title;
            }

            if (holder.Type != MentionType.Actor || IsHypothetical(s, title.Start - 3, title.Start) || s.Word(title.Start - 1) is "former" or "ex")
            {
                continue;
            }

            // Only the sides named in the same sentence: a mediator's title alone says nothing of earlier talks.
            var parties = sentenceParties();
            foreach (var party in parties is { Count: >= 2 } ? parties.Where(p => p.Name != holder.Name) : [])
            {
                document.AddRelation(holder, RelationKind.Facilitates, party, 0.75, s, "facilitates.mediator-title");
            }
        }
    }

    /// <summary>"… to Iraq and Oman for", "thanked Qatar and Egypt for": the actors thanked before "for".</summary>
    private List<Mention> ThankedBefore(SentenceContext s, int forIndex)
    {
        var thanked = new List<Mention>();
        var j = forIndex - 1;

        // "to the Chinese leaders and government for hosting": a country's leaders or government thanked are the country.
        var nouns = 0;
        while (j > 0 && nouns < 4 && s.At(j) is null
            && (_lexicon.IsWord("body-noun", s.Word(j)) || _lexicon.IsCue("country-body", s.Word(j)) || (s.Word(j) == "and" && nouns > 0)))
        {
            nouns++;
            j--;
        }

        if (nouns > 0 && s.At(j)?.Resolve() is not { Type: MentionType.Actor, Kind: ActorKind.Country })
        {
            return [];
        }

        // "gratitude to Iraq": after thanks, "to" gives the thanked, not a place.
        while (j >= 0 && s.At(j)?.Resolve() is { Type: MentionType.Actor } actor)
        {
            thanked.Insert(0, actor);
            j = s.At(j)!.Start - 1;
            if (s.Word(j) is "and" or ",")
            {
                j--;
            }

            if (s.Word(j) == "the" && s.At(j) is null)
            {
                j--;
            }
        }

        // Only where thanks are given: "gratitude to", "thanked", "praised", "credit to"; "…, and to A for" gives thanks
        // to one more of those the sentence thanks.
        var more = s.Word(j) == "to" && s.Word(j - 1) == "and" && Enumerable.Range(0, j).Any(x => _lexicon.IsCue("thanks-word", s.Word(x)));
        if (thanked.Count == 0 || (!more && !Enumerable.Range(Math.Max(0, j - 3), Math.Min(5, j + 2)).Any(x => _lexicon.IsCue("thanks-word", s.Word(x)))))
        {
            return [];
        }

        foreach (var actor in thanked)
        {
            actor.Locative = false;
        }

        return thanked;
    }

    /// <summary>"carried messages between", "shuttled between", "acted as an intermediary between".</summary>
    private bool ShuttleCue(SentenceContext s, int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - 3; j--)
        {
            // "acted as a mediator between": the title, unheld, is the cue.
            if ((s.At(j) is null || s.At(j) is { Type: MentionType.Title, Head: null }) && _lexicon.IsCue("shuttle-word", s.Word(j)))
            {
                return true;
            }
        }

        return false;
    }

    private void ShuttleDiplomacy(SentenceContext s, DocumentState document, int k)
    {
        var facilitators = Subjects(s, k, out var end);
        var parties = Objects(s, k);
        if (facilitators.Count == 0 || parties.Count < 2 || IsHypothetical(s, WindowStart(end, k), k) || parties.Any(p => facilitators.Contains(p)))
        {
            return;
        }

        document.AddRelations(facilitators, RelationKind.Facilitates, parties, 0.8, s, "facilitates.shuttle");
    }

    private bool EventAhead(SentenceContext s, int k)
    {
        for (var j = k + 1; j < s.Tokens.Count && j <= k + 5; j++)
        {
            if (s.At(j) is null && IsEvent(s, j))
            {
                return true;
            }
        }

        return false;
    }

    private static bool WithAhead(SentenceContext s, int k)
    {
        for (var j = k + 1; j < s.Tokens.Count && j <= k + 6; j++)
        {
            if (s.Word(j) == "with")
            {
                return true;
            }

            if (s.Word(j) is "between" or "," or ".")
            {
                return false;
            }
        }

        return false;
    }
}
