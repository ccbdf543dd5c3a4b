using ActorGraph.Core.Model;

namespace ActorGraph.Extraction;

public sealed partial class Extractor
{

    private void FindRelations(SentenceContext s, DocumentState document)
    {
        // The sides a sentence names are worked out only for a sentence that mediates or speaks of talks: most do not.
        List<Mention>? parties = null;
        var partiesKnown = false;
        List<Mention>? Parties()
        {
            if (!partiesKnown)
            {
                parties = SentenceParties(s, document);
                partiesKnown = true;
            }

            return parties;
        }

        var hasEvent = false;
        var topicBit = _lexicon.CueBit("sanction-topic");
        var sanctionTopic = false;
        for (var k = 0; k < s.Tokens.Count; k++)
        {
            if (s.At(k) is not null || !s.Tokens[k].IsWord)
            {
                continue;
            }

            var word = s.Tokens[k].Text;
            hasEvent |= IsEvent(s, k);

            // "Specially Designated Global Terrorist": a capitalized cue inside a sentence is part of a name.
            if (k > 0 && s.Tokens[k].IsCapitalized && !IsDashAdjective(word))
            {
                continue;
            }

            // One look-up gives every cue group of the word; most words are in none.
            var cues = _lexicon.CueMask(word);
            sanctionTopic |= (cues & topicBit) != 0;
            bool Is(string group) => (cues & _lexicon.CueBit(group)) != 0;
            var suffixed = word.Contains('-', StringComparison.Ordinal) && _lexicon.Cues("facilitate-suffix").Any(x => word.EndsWith(x, StringComparison.OrdinalIgnoreCase));
            if (cues == 0 && !suffixed && word is not ("charge" or "between" or "froze" or "freezes" or "freezing" or "freeze"))
            {
                continue;
            }

            if (Is("lead-verb"))
            {
                Leads(s, document, k);
                ChairedTalks(s, document, k, Parties);
            }
            else if (word == "charge" && s.Word(k - 1) == "in" && s.Word(k + 1) == "of")
            {
                // "Ahmad Vahidi, who is also in charge of the LEF"
                InCharge(s, document, k);
            }
            else if (Is("advise-verb"))
            {
                Advises(s, document, k);
            }
            else if (Is("facilitate-verb") || Is("facilitate-noun") || suffixed || (Is("together-verb") && TogetherAfter(s, k)) || Is("trilateral-word"))
            {
                Facilitates(s, document, k, Parties());
            }
            else if (Is("facilitator-noun"))
            {
                FacilitatorNoun(s, document, k, Parties());
            }
            else if (word == "between" && ShuttleCue(s, k))
            {
                ShuttleDiplomacy(s, document, k);
            }
            else if (Is("sanction-verb"))
            {
                SanctionsByVerb(s, document, k);
            }
            else if (Is("impose-verb"))
            {
                SanctionsImposed(s, document, k);
            }
            else if (Is("sanction-noun"))
            {
                SanctionsNominal(s, document, k);
            }
            else if (word is "froze" or "freezes" or "freezing" or "freeze")
            {
                AssetFreeze(s, document, k);
            }
        }

        MediatorTitles(s, document, Parties);
        var listed = SanctionsList(s, document);
        // "These new measures ... list 25 individuals. This list includes:": a sentence that still speaks of the
        // sanctions keeps their sanctioners current; one that lists their targets makes them as recent as the sentence
        // before the next ("The four are A and B. They also designated C.").
        document.SentencesSinceSanction = document.SentencesSinceSanction is > 0 and <= 2 && sanctionTopic
            ? document.SentencesSinceSanction
            : listed > 0 ? Math.Min(document.SentencesSinceSanction, 1)
            : document.SentencesSinceSanction + 1;
        document.SentencesSinceSanctionWord = s.Tokens.Any(t => t.Text.StartsWith("sanction", StringComparison.OrdinalIgnoreCase) || (t.Text is "designations" or "listings"))
            ? 0
            : document.SentencesSinceSanctionWord + 1;
        if ((hasEvent || s.Tokens.Any(t => t.Text is "met" or "meets")) && Parties() is { } named)
        {
            document.LastParties = named;
        }

        RememberLists(s, document);
        PendingSides(s, document, Parties);
    }

    private bool IsEvent(SentenceContext s, int k) =>
        _lexicon.IsWord("event", s.Word(k)) || (k + 1 < s.Tokens.Count && _lexicon.IsWord("event", s.Word(k) + " " + s.Word(k + 1)));
}
