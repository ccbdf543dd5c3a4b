using ActorGraph.Core.Model;

namespace ActorGraph.Extraction;

public sealed partial class Extractor
{

    private void FindRelations(SentenceContext s, DocumentState document)
    {
        var parties = SentenceParties(s);
        var hasEvent = false;
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

            if (_lexicon.IsCue("lead-verb", word))
            {
                Leads(s, document, k);
            }
            else if (_lexicon.IsCue("advise-verb", word))
            {
                Advises(s, document, k);
            }
            else if (_lexicon.IsCue("facilitate-verb", word) || _lexicon.IsCue("facilitate-noun", word) || _lexicon.Cues("facilitate-suffix").Any(x => word.EndsWith(x, StringComparison.OrdinalIgnoreCase)))
            {
                Facilitates(s, document, k, parties);
            }
            else if (_lexicon.IsCue("facilitator-noun", word))
            {
                FacilitatorNoun(s, document, k, parties);
            }
            else if (word == "between" && ShuttleCue(s, k))
            {
                ShuttleDiplomacy(s, document, k);
            }
            else if (_lexicon.IsCue("sanction-verb", word))
            {
                SanctionsByVerb(s, document, k);
            }
            else if (_lexicon.IsCue("impose-verb", word))
            {
                SanctionsImposed(s, document, k);
            }
            else if (_lexicon.IsCue("sanction-noun", word))
            {
                SanctionsNominal(s, document, k);
            }
            else if (word is "froze" or "freezes" or "freezing" or "freeze")
            {
                AssetFreeze(s, document, k);
            }
        }

        SanctionsList(s, document);
        document.SentencesSinceSanction++;
        document.SentencesSinceSanctionWord = s.Tokens.Any(t => t.Text.StartsWith("sanction", StringComparison.OrdinalIgnoreCase)) ? 0 : document.SentencesSinceSanctionWord + 1;
        if (parties is not null && (hasEvent || s.Tokens.Any(t => t.Text is "met" or "meets")))
        {
            document.LastParties = parties;
        }
    }

    private bool IsEvent(SentenceContext s, int k) =>
        _lexicon.IsWord("event", s.Word(k)) || (k + 1 < s.Tokens.Count && _lexicon.IsWord("event", s.Word(k) + " " + s.Word(k + 1)));

    // ---------------------------------------------------------------- subjects and objects

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

            // "the National Intelligence Organization (MIT) coordinated": the acronym repeats the name before it.
            if (s.Word(j) == ")" && s.Word(j - 2) == "(" && s.At(j - 3) is not null)
            {
                j -= 2;
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
        }

        return null;
    }

    /// <summary>The actor of "X said (that)" right before the pronoun at <paramref name="pronoun"/>.</summary>
    private Mention? Speaker(SentenceContext s, int pronoun)
    {
        var j = pronoun - 1;
        if (s.Word(j) == "that")
        {
            j--;
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

                if (preferNamed && actor.Kind == ActorKind.Country && j < s.Tokens.Count && !s.Tokens[j].IsCapitalized && s.Tokens[j].IsWord)
                {
                    // "on Russian oil companies Rosneft and Lukoil": the named ones; "on North Korean individuals": not the country.
                    if (NamedAhead(s, j) is { } named)
                    {
                        actor = named.Resolve();
                        j = named.End;
                    }
                    else if (NonStateAhead(s, j))
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
                return Coordinated(s, j, found);
            }

            if (_lexicon.IsCue("object-stop", s.Word(j)) || s.Word(j) == "'s" || _lexicon.IsWord("event", s.Word(j)))
            {
                return found;
            }

            // "the Dubai-based trader": a capitalized word with a lowercase ending is an adjective, not a name.
            var adjective = s.Word(j).LastIndexOf('-') is > 0 and var dash && dash + 1 < s.Word(j).Length && char.IsLower(s.Word(j)[dash + 1]);
            if (preferNamed && s.Tokens[j].IsCapitalized && s.Tokens[j].IsWord && !adjective && !_lexicon.IsWord("not-a-name", s.Word(j)))
            {
                // An unknown name in a sanctions target ("on Surgutneftegas") is a body.
                var end = j;
                while (end < s.Tokens.Count && s.At(end) is null && s.Tokens[end].IsCapitalized && s.Tokens[end].IsWord && end - j < 4)
                {
                    end++;
                }

                var surface = Join(s.Tokens, j, end);
                var adHoc = Actor(j, end, surface, ActorKind.Organization, EntityForm.Name, surface);
                s.Add(adHoc);
                found.Add(adHoc);
                return Coordinated(s, end, found);
            }

            skipped++;
            j++;
        }

        return found;
    }

    private bool NonStateAhead(SentenceContext s, int j)
    {
        for (var n = j; n < s.Tokens.Count && n < j + 3 && s.At(n) is null && s.Tokens[n].IsWord; n++)
        {
            if (_lexicon.IsWord("non-state", s.Word(n)))
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

            if (s.At(n) is not null || !s.Tokens[n].IsWord || _lexicon.IsCue("object-stop", s.Word(n)))
            {
                return null;
            }
        }

        return null;
    }

    private List<Mention> Coordinated(SentenceContext s, int j, List<Mention> found)
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

        var j = s.At(end - 1)?.Start ?? end - 1;
        while (j >= 2)
        {
            // "One individual, Kim Sang Man, and the North Korea-based Chinyong ... Company were sanctioned"
            while (j >= 2 && s.At(j - 1) is null && (s.Word(j - 1) is "the" || IsDashAdjective(s.Word(j - 1))))
            {
                j--;
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
            if (previous?.Resolve() is not { Type: MentionType.Actor, Locative: false } actor || subjects.Contains(actor))
            {
                break;
            }

            subjects.Insert(0, actor);
            j = previous.Start;
        }

        return subjects;
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

    // ---------------------------------------------------------------- LEADS and ADVISES

    private void Leads(SentenceContext s, DocumentState document, int k)
    {
        if (s.Word(k + 1) == "by")
        {
            // "a delegation led by Foreign Minister Hakan Fidan", "The talks, chaired by ..."
            var agent = Objects(s, k + 1).FirstOrDefault();
            var j = k - 1;
            while (j >= 0 && s.At(j) is null && s.Word(j) is "," or "was" or "were" or "is" or "are" or "being" or "been" or "be" or "will" or "also" or "jointly")
            {
                j--;
            }

            // "The talks in Cairo were chaired by ..." leads the talks, not Cairo: a place is never what is led.
            if (agent is not null && s.At(j) is { } led && led.Resolve() is { Type: MentionType.Actor, Kind: not ActorKind.Person, Locative: false } target)
            {
                document.AddRelation(agent, RelationKind.Leads, target, 0.85, s, "leads.passive");
            }

            return;
        }

        // "led to", "led the way", "led the charge" lead no one.
        if (s.Word(k + 1) == "to" || (s.Word(k + 1) == "the" && s.Word(k + 2) is "way" or "charge"))
        {
            return;
        }

        var subjects = Subjects(s, k, out var end);
        if (subjects.Count == 0 || IsHypothetical(s, WindowStart(end, k), k))
        {
            return;
        }

        var targets = Objects(s, k);
        if (targets.Count == 0 && BareDelegation(s, document, k, subjects[0]) is { } delegation)
        {
            targets.Add(delegation);
        }

        foreach (var subject in subjects)
        {
            foreach (var target in targets)
            {
                if (target.Kind is ActorKind.Group or ActorKind.Organization or ActorKind.Country)
                {
                    document.AddRelation(subject, RelationKind.Leads, target, 0.9, s, "leads.verb");
                }
            }
        }
    }

    /// <summary>
    /// "On the Russian side, Lavrov and Ushakov are leading the delegation": a delegation named only by its noun is
    /// the side the sentence names, else the delegation of the country the leader's title is of.
    /// </summary>
    private Mention? BareDelegation(SentenceContext s, DocumentState document, int k, Mention leader)
    {
        var j = k + 1;
        if (s.Word(j) is "the" or "its" or "their" or "his" or "her")
        {
            j++;
        }

        if (s.At(j) is not null || !_lexicon.IsWord("group-noun", s.Word(j)))
        {
            return null;
        }

        var side = s.Mentions.FirstOrDefault(m => m.Type == MentionType.Actor && m.Kind == ActorKind.Group && m.Head is null && m.Name.EndsWith(" delegation", StringComparison.Ordinal));
        if (side is not null)
        {
            return side;
        }

        return document.CountryOf(leader.Name) is { } country
            ? Actor(j, j + 1, _lexicon.GroupPrefix(country) + " delegation", ActorKind.Group, EntityForm.Name, s.Word(j))
            : null;
    }

    private void Advises(SentenceContext s, DocumentState document, int k)
    {
        var subject = Subject(s, k, out var end);
        if (subject is not { Kind: ActorKind.Person } || IsHypothetical(s, WindowStart(end, k), k))
        {
            return;
        }

        foreach (var target in Objects(s, k))
        {
            document.AddRelation(subject, RelationKind.Advises, target, 0.85, s, "advises.verb");
        }
    }

    // ---------------------------------------------------------------- FACILITATES

    private List<Mention>? SentenceParties(SentenceContext s)
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
            }
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
            if (s.Word(end) is "and" or "-" or "," && s.At(end + 1) is not null)
            {
                var group = Coordinated(s, end, [first]);
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

    private void Facilitates(SentenceContext s, DocumentState document, int k, List<Mention>? parties)
    {
        var word = s.Word(k);
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

            // "a US-led coalition" leads; only "-led talks" facilitate them.
            if (entry is null || (suffix.Equals("-led", StringComparison.OrdinalIgnoreCase) && !IsEvent(s, k + 1)) || parties is not { Count: >= 2 })
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
                facilitators = [before];
            }
            else if (s.Word(k + 1) is "by" or "of" or "from")
            {
                // "mediation by Oman", "under the auspices of the African Union", "with mediation from Qatar"
                facilitators = Objects(s, k + 1);
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
        else if (s.Word(k + 1) == "by")
        {
            // "The meeting was facilitated by ...": the talks named before, unless this sentence names their sides.
            facilitators = Objects(s, k + 1);
            rule = "facilitates.passive";
            confidence = 0.8;
            anaphoric = parties is not { Count: >= 2 } && s.Word(k - 1) is "was" or "were" && Enumerable.Range(Math.Max(0, k - 5), Math.Min(5, k)).Any(j => s.At(j) is null && IsEvent(s, j))
                && !Enumerable.Range(Math.Max(0, k - 5), Math.Min(5, k)).Any(j => s.At(j) is not null);
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

            if (s.Word(k + 1) != "between")
            {
                direct = Objects(s, k);
                if (direct.Count == 0 && !EventAhead(s, k))
                {
                    return;
                }

                // "Russia hosted talks with Ukraine": the host is a party, not a facilitator.
                if (direct.Count == 0 && WithAhead(s, k))
                {
                    return;
                }
            }
        }

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

        List<Mention>? sides = direct is { Count: > 0 } ? direct : anaphoric ? null : parties?.Where(p => !names.Contains(p.Name)).ToList();

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
            return;
        }

        foreach (var facilitator in facilitators)
        {
            foreach (var party in sides)
            {
                document.AddRelation(facilitator, RelationKind.Facilitates, party, Math.Round(confidence, 2), s, rule);
            }
        }
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

        foreach (var facilitator in facilitators)
        {
            foreach (var party in sides ?? [])
            {
                document.AddRelation(facilitator, RelationKind.Facilitates, party, confidence, s, "facilitates.noun");
            }
        }
    }

    /// <summary>"carried messages between", "shuttled between", "acted as an intermediary between".</summary>
    private bool ShuttleCue(SentenceContext s, int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - 3; j--)
        {
            if (s.At(j) is null && _lexicon.IsCue("shuttle-word", s.Word(j)))
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

        foreach (var facilitator in facilitators)
        {
            foreach (var party in parties)
            {
                document.AddRelation(facilitator, RelationKind.Facilitates, party, 0.8, s, "facilitates.shuttle");
            }
        }
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

    // ---------------------------------------------------------------- SANCTIONS

    private void SanctionsByVerb(SentenceContext s, DocumentState document, int k)
    {
        var word = s.Word(k);

        // "designated" and "targeted" sanction only where sanctions are spoken of: in the sentence, or just before,
        // or when a sanctions authority does it ("the Office of Foreign Assets Control designated ...").
        if (_lexicon.IsCue("context-sanction-verb", word) && document.SentencesSinceSanction > 1 && document.SentencesSinceSanctionWord > 1
            && !(Subject(s, k, out _) is { } designator && _lexicon.IsCue("sanctions-authority", designator.Name))
            && !s.Tokens.Any(t => t.Text.StartsWith("sanction", StringComparison.OrdinalIgnoreCase) || t.Text.StartsWith("terror", StringComparison.OrdinalIgnoreCase) || t.Text.Contains("list", StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        // "X and Y were sanctioned (jointly) by the United States and South Korea"
        var by = s.Word(k + 1) == "by" ? k + 1 : s.Word(k + 1).EndsWith("ly", StringComparison.Ordinal) && s.Word(k + 2) == "by" ? k + 2 : -1;
        if (by > 0)
        {
            var agents = Objects(s, by);
            var patients = Subjects(s, k, out _).Where(p => !_lexicon.IsCue("locative", s.Word(p.Start - 1)) && s.Word(p.Start - 1) is not ("of" or "against" or "for" or "with")).ToList();

            // "the IRGC Qods Force, which was designated by the US in 2007"
            if (RelativeAntecedent(s, k) is { } designated && Enumerable.Range(Math.Max(0, k - 4), Math.Min(4, k)).Any(x => s.Word(x) is "which" or "who"))
            {
                patients = [designated];
            }
            if (!IsHypothetical(s, k - 4, k))
            {
                foreach (var agent in agents)
                {
                    foreach (var patient in patients)
                    {
                        document.AddRelation(agent, RelationKind.Sanctions, patient, 0.85, s, "sanctions.passive");
                    }
                }
            }

            return;
        }

        // "sanctions against Russia, targeting 200 vessels": a participle after a comma has no subject of its own.
        if (s.Word(k - 1) is "was" or "were" or "been" or "be" or "being" or "is" or "are" or "the" or "a" or "newly"
            || (s.Word(k - 1) == "," && word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        var subjects = Subjects(s, k, out var end);
        if (subjects.Count == 0 || IsHypothetical(s, WindowStart(end, k), k))
        {
            return;
        }

        var targets = SanctionTargets(s, k);
        if (targets.Count == 0 && RelativeAntecedent(s, k) is { } antecedent)
        {
            // "the M23 rebels, whom the United States has sanctioned"
            targets.Add(antecedent);
        }

        foreach (var subject in subjects)
        {
            foreach (var target in targets)
            {
                document.AddRelation(subject, RelationKind.Sanctions, target, 0.9, s, "sanctions.verb");
            }
        }

        document.LastSanctioners = subjects;
        document.SentencesSinceSanction = 0;
    }

    /// <summary>
    /// What a sanction cue at <paramref name="k"/> targets: the named list after it ("designated A, B and C"), or,
    /// when what follows names a number of people ("four officials: A, B"), the list after the colon or
    /// "including".
    /// </summary>
    private List<Mention> SanctionTargets(SentenceContext s, int k)
    {
        var targets = Objects(s, k, preferNamed: true);
        var list = ListObjects(s, k);
        if (targets.Count > 0 && list.Count > 0 && list[0] == targets[0])
        {
            foreach (var item in list.Where(i => !targets.Contains(i)))
            {
                targets.Add(item);
            }
        }

        if (targets.Count == 0 && ListStart(s, k + 1) is var start and >= 0 && start - k <= 12)
        {
            targets = ListObjects(s, start);
        }

        return targets;
    }

    /// <summary>
    /// A sentence that lists the targets of the sanctions just described: "They are A, B and C", "The people
    /// targeted include A", "Today's designations include: A, B", "Among those listed are A and B".
    /// </summary>
    private void SanctionsList(SentenceContext s, DocumentState document)
    {
        if (document.LastSanctioners is not { Count: > 0 } sanctioners || document.SentencesSinceSanction > 2)
        {
            return;
        }

        var start = -1;
        for (var j = 0; j < s.Tokens.Count && j < 12; j++)
        {
            if (s.At(j) is not null)
            {
                return;
            }

            if (s.Word(j) is "include" or "includes" or "are" or "were" or "included" && j > 0
                && (s.Word(j - 1) is "They" or "These" or "Those" || Enumerable.Range(0, j).Any(x => _lexicon.IsCue("sanctioned-group", s.Word(x)))))
            {
                start = s.Word(j + 1) == ":" ? j + 1 : j;
                break;
            }
        }

        if (start < 0)
        {
            return;
        }

        foreach (var target in ListObjects(s, start))
        {
            foreach (var sanctioner in sanctioners)
            {
                document.AddRelation(sanctioner, RelationKind.Sanctions, target, 0.75, s, "sanctions.list");
            }
        }
    }

    private static Mention? RelativeAntecedent(SentenceContext s, int k)
    {
        for (var j = k - 1; j >= 1 && j >= k - 10; j--)
        {
            if (s.Word(j) is "whom" or "which" or "that" && s.At(j) is null)
            {
                var at = s.Word(j - 1) == "," ? j - 2 : j - 1;
                return s.At(at)?.Resolve() is { Type: MentionType.Actor } actor ? actor : null;
            }
        }

        return null;
    }

    /// <summary>"The measures also imposed ...": the sanctioning actor of the sentences before.</summary>
    private static List<Mention> AnaphoricSanctioners(SentenceContext s, DocumentState document, int k)
    {
        if (document.LastSanctioners is null || k < 2 || s.Word(0) is not "The" and not "These" || s.Word(1) is not ("measures" or "sanctions" or "package" or "action" or "move" or "decision" or "penalties" or "designations"))
        {
            return [];
        }

        return Enumerable.Range(0, k).Any(j => s.At(j) is not null) ? [] : [.. document.LastSanctioners];
    }

    private void SanctionsImposed(SentenceContext s, DocumentState document, int k)
    {
        // imposed [new, sweeping, ...] sanctions|an embargo|a price cap|asset freezes on|against|targeting X
        var noun = -1;
        for (var j = k + 1; j < s.Tokens.Count && j <= k + 6; j++)
        {
            // "China took aggressive measures against ...": a plain word for a measure, where sanctions are spoken of.
            if (s.At(j) is null && (IsSanctionNoun(s, j) || (_lexicon.IsCue("weak-sanction-noun", s.Word(j)) && document.SentencesSinceSanctionWord <= 1)))
            {
                noun = j;
                break;
            }

            if (s.At(j) is null && _lexicon.IsCue("object-stop", s.Word(j)) && s.Word(j) != "and")
            {
                break;
            }
        }

        // "Krasnov and Kalashnikov were also placed under US sanctions": the actor before the noun imposed them on the subjects.
        if (noun > 0 && s.Word(k + 1) == "under" && ActorBeforeNoun(s, noun) is { } imposer && !IsHypothetical(s, k - 4, k))
        {
            var subjects = Subjects(s, k, out _);
            foreach (var subject in subjects.Where(x => x != imposer))
            {
                document.AddRelation(imposer, RelationKind.Sanctions, subject, 0.85, s, "sanctions.placed-under");
            }

            document.LastSanctioners = [imposer];
            document.SentencesSinceSanction = 0;
            return;
        }

        var passive = s.Word(k - 1) is "was" or "were" or "been" or "being" or "be" || (k > 0 && s.At(k - 1) is null && IsSanctionNoun(s, k - 1));
        if (noun < 0 && !passive)
        {
            return;
        }

        var targets = TargetsAfter(s, noun < 0 ? k : noun);
        List<Mention> agents;
        int windowStart;
        var rule = passive ? "sanctions.imposed-passive" : "sanctions.imposed";
        var confidence = 0.9;
        if (passive)
        {
            agents = (AgentBy(s, k) ?? ActorBeforeNoun(s, k - 1)) is { } agent ? [agent] : [];
            windowStart = k - 6;
        }
        else
        {
            agents = Subjects(s, k, out var end);
            windowStart = WindowStart(end, k);
            if (agents.Count == 0)
            {
                agents = AnaphoricSanctioners(s, document, k);
                rule = "sanctions.imposed-anaphora";
                confidence = 0.75;
            }
        }

        if (agents.Count == 0 || IsHypothetical(s, windowStart, k) || s.Word(noun + 1) is "relief" || IsHypothetical(s, k, noun < 0 ? k : noun))
        {
            return;
        }

        foreach (var agent in agents)
        {
            foreach (var target in targets)
            {
                document.AddRelation(agent, RelationKind.Sanctions, target, confidence, s, rule);
            }
        }

        // Even with no target named here, who imposed them is known for "They are A, B and C" after.
        document.LastSanctioners = agents;
        document.SentencesSinceSanction = 0;
    }

    private void SanctionsNominal(SentenceContext s, DocumentState document, int k)
    {
        // "new US sanctions on Rosneft", "the EU's embargo against Belarus", "Western sanctions against Russia by ..."
        if (!IsSanctionNoun(s, k))
        {
            return;
        }

        var targets = TargetsAfter(s, k);
        if (targets.Count == 0)
        {
            return;
        }

        var agent = ActorBeforeNoun(s, k) ?? AgentBy(s, k);
        if (agent is null || IsHypothetical(s, k - 6, k) || s.Word(k + 1) == "relief")
        {
            return;
        }

        foreach (var target in targets)
        {
            document.AddRelation(agent, RelationKind.Sanctions, target, 0.75, s, "sanctions.nominal");
        }
    }

    private void AssetFreeze(SentenceContext s, DocumentState document, int k)
    {
        // "froze the assets of X", "froze X's assets"
        var subject = Subject(s, k, out var end);
        if (subject is null || IsHypothetical(s, WindowStart(end, k), k))
        {
            return;
        }

        List<Mention> targets = [];
        for (var j = k + 1; j < s.Tokens.Count && j <= k + 4; j++)
        {
            if (s.Word(j) == "assets")
            {
                targets = s.Word(j + 1) is "of" or "belonging" ? Objects(s, s.Word(j + 1) == "belonging" ? j + 2 : j + 1, preferNamed: true) : Objects(s, k, preferNamed: true);
                break;
            }
        }

        foreach (var target in targets)
        {
            document.AddRelation(subject, RelationKind.Sanctions, target, 0.85, s, "sanctions.asset-freeze");
        }
    }

    private bool IsSanctionNoun(SentenceContext s, int j)
    {
        var word = s.Word(j);
        if (!_lexicon.IsCue("sanction-noun", word))
        {
            return false;
        }

        return word.ToLowerInvariant() switch
        {
            "freeze" or "freezes" => s.Word(j - 1).StartsWith("asset", StringComparison.OrdinalIgnoreCase),
            "cap" => s.Word(j - 1).Equals("price", StringComparison.OrdinalIgnoreCase),
            "ban" or "bans" => s.Word(j - 1) is "travel" or "export" or "import" or "visa",
            _ => true,
        };
    }

    private List<Mention> TargetsAfter(SentenceContext s, int noun)
    {
        // "travel bans and asset freezes on ...": the preposition after the last of coordinated sanction nouns.
        for (var j = noun + 1; j < s.Tokens.Count && j <= noun + 3; j++)
        {
            if (s.Word(j) == "and" && s.At(j) is null)
            {
                for (var n = j + 1; n < s.Tokens.Count && n <= j + 3 && s.At(n) is null; n++)
                {
                    if (IsSanctionNoun(s, n))
                    {
                        noun = n;
                        break;
                    }
                }

                break;
            }
        }

        for (var j = noun + 1; j < s.Tokens.Count && j <= noun + 3; j++)
        {
            var word = s.Word(j);
            if (word is "on" or "against" or "targeting" or "targetting")
            {
                // "on dozens of tankers ... and on the trader Coral Energy": every "on" of the list.
                var targets = SanctionTargets(s, j);
                for (var k = j + 1; k < s.Tokens.Count && k < j + 25; k++)
                {
                    if (s.Word(k) is ";" or "." or "but" or "which" or "who" || _lexicon.IsCue("clause-verb", s.Word(k)))
                    {
                        break;
                    }

                    if (s.Word(k) == "and" && s.Word(k + 1) is "on" or "against" && s.At(k + 1) is null)
                    {
                        targets.AddRange(Objects(s, k + 1, preferNamed: true).Where(t => !targets.Contains(t)));
                    }
                }

                return targets;
            }

            if (s.At(j) is not null || _lexicon.IsCue("object-stop", word))
            {
                break;
            }
        }

        return [];
    }

    private static Mention? ActorBeforeNoun(SentenceContext s, int noun)
    {
        for (var j = noun - 1; j >= 0 && j >= noun - 4; j--)
        {
            if (s.At(j) is { } mention)
            {
                return mention.Resolve() is { Type: MentionType.Actor, Locative: false } actor ? actor : null;
            }

            if (s.Word(j) is not ("new" or "fresh" or "further" or "additional" or "sweeping" or "tough" or "tougher" or "'s" or "its" or "latest" or "economic" or "financial" or "oil" or "arms" or "trade"))
            {
                return null;
            }
        }

        return null;
    }

    private Mention? AgentBy(SentenceContext s, int k)
    {
        for (var j = k + 1; j < s.Tokens.Count && j <= k + 12; j++)
        {
            if (s.Word(j) == "by" && s.At(j) is null)
            {
                return Objects(s, j).FirstOrDefault();
            }

            if (s.Word(j) is ";" or "but")
            {
                return null;
            }
        }

        return null;
    }
}
