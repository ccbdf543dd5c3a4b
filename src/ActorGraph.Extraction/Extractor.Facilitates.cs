using ActorGraph.Core.Model;

namespace ActorGraph.Extraction;

// FACILITATES: hosts, mediators, brokers and go-betweens, and the parties they bring together.
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

        // "offered safety guarantees to delegations from A and B ahead of talks": the sides the delegations come from.
        var partyBit = _lexicon.CueBit("party-noun");
        for (var k = 0; k + 1 < s.Tokens.Count; k++)
        {
            if (s.At(k) is null && (_lexicon.CueMask(s.Word(k)) & partyBit) != 0 && s.Word(k + 1) is "from" or "of"
                && Objects(s, k + 1) is { Count: >= 2 } from && from.All(p => p.Kind != ActorKind.Person))
            {
                return from;
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
            if (TeamMembers(s, k) is { Count: > 0 } members)
            {
                // "Other members of the AU mediation team include A and B": the members, and the body whose team it is.
                facilitators = s.At(j)?.Resolve() is { Type: MentionType.Actor, Locative: false, Kind: not ActorKind.Person } body ? [body, .. members] : members;
            }
            else if (s.At(j)?.Resolve() is { Type: MentionType.Actor, Locative: false } before)
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
                // "brought his counterparts from A and B together": every actor up to "together" is a side.
                direct = [];
                for (var j = k + 1; j < s.Tokens.Count && s.Word(j) != "together"; j++)
                {
                    if (s.At(j)?.Resolve() is { Type: MentionType.Actor } side && !direct.Contains(side))
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

        foreach (var facilitator in facilitators)
        {
            foreach (var party in sides)
            {
                document.AddRelation(facilitator, RelationKind.Facilitates, party, Math.Round(confidence, 2), s, rule);
            }
        }
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

    /// <summary>
    /// "Fidan chaired the talks, which took place at …": who chairs talks between sides (a <c>chair-verb</c> with the talks
    /// as its object) facilitates the sides this sentence names, else those of the talks last mentioned.
    /// </summary>
    private void ChairedTalks(SentenceContext s, DocumentState document, int k, Func<List<Mention>?> sentenceParties)
    {
        var e = s.Word(k + 1) is "the" or "a" ? k + 2 : k + 1;
        if (!_lexicon.IsCue("chair-verb", s.Word(k)) || s.At(e) is not null || !IsEvent(s, e) || s.Word(e + 1) is "of" or "with" || s.At(e + 1) is not null)
        {
            return;
        }

        var chairs = Subjects(s, k, out var end);
        if (chairs.Count == 0 || IsHypothetical(s, WindowStart(end, k), k))
        {
            return;
        }

        var names = chairs.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var confidence = 0.75;
        var sides = sentenceParties()?.Where(p => !names.Contains(p.Name)).ToList();
        if (sides is not { Count: >= 2 })
        {
            sides = document.LastParties?.Where(p => !names.Contains(p.Name)).ToList();
            confidence -= 0.15;
        }

        foreach (var chair in chairs)
        {
            foreach (var party in sides is { Count: >= 2 } ? sides : [])
            {
                document.AddRelation(chair, RelationKind.Facilitates, party, confidence, s, "facilitates.chair");
            }
        }
    }

    /// <summary>
    /// "A began three-way talks with B and C": who holds three-way talks with two others brings them together. Only
    /// with two sides or more after "with", and a subject that is neither.
    /// </summary>
    private void ThreeWayTalks(SentenceContext s, DocumentState document, int k)
    {
        var e = k + 1;
        if (s.At(e) is not null || !IsEvent(s, e) || s.Word(e + 1) != "with" || Objects(s, e + 1) is not { Count: > 0 } sides)
        {
            return;
        }

        // "with Armenian Foreign Minister A and his Azerbaijani counterpart B": the counterpart's country is the other side.
        var last = sides[^1].End;
        if (sides.Count == 1 && s.Word(last) == "and" && s.Word(last + 1) is "his" or "her")
        {
            for (var j = last + 2; j < s.Tokens.Count && j <= last + 3; j++)
            {
                if (s.At(j) is { Type: MentionType.Actor, Kind: ActorKind.Country } country && country.Name != sides[0].Name)
                {
                    sides.Add(country);
                    break;
                }
            }
        }

        if (sides.Count < 2)
        {
            return;
        }

        var verb = s.Word(k - 1) is "a" or "the" ? k - 2 : k - 1;
        var conveners = Subjects(s, verb, out var end);
        if (conveners.Count == 0 || IsHypothetical(s, WindowStart(end, verb), k) || conveners.Any(c => sides.Any(p => p.Name == c.Name)))
        {
            return;
        }

        foreach (var convener in conveners)
        {
            foreach (var party in sides)
            {
                document.AddRelation(convener, RelationKind.Facilitates, party, 0.7, s, "facilitates.three-way");
            }
        }
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

    /// <summary>"members of the mediation team include A and B", "the mediation panel comprises A": the members named.</summary>
    private List<Mention> TeamMembers(SentenceContext s, int k)
    {
        if (!_lexicon.IsCue("team-noun", s.Word(k + 1)))
        {
            return [];
        }

        for (var j = k + 2; j < s.Tokens.Count && j <= k + 4; j++)
        {
            if (s.At(j) is not null || s.Word(j) is "," or ";")
            {
                return [];
            }

            if (_lexicon.IsCue("member-verb", s.Word(j)))
            {
                return Objects(s, j).Where(m => m.Kind is ActorKind.Person or ActorKind.Organization).ToList();
            }
        }

        return [];
    }

    /// <summary>"brought his counterparts from A and B together": "together" later in the same clause.</summary>
    private bool TogetherAfter(SentenceContext s, int k)
    {
        for (var j = k + 1; j < s.Tokens.Count && j <= k + 12; j++)
        {
            if (s.Word(j) == "together")
            {
                return true;
            }

            if (s.Word(j) is ";" or "." || _lexicon.IsCue("clause-break", s.Word(j)))
            {
                return false;
            }
        }

        return false;
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

        foreach (var facilitator in facilitators)
        {
            foreach (var party in sides ?? [])
            {
                document.AddRelation(facilitator, RelationKind.Facilitates, party, confidence, s, "facilitates.noun");
            }
        }
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
                holder = s.At(title.Start - 1) is { Type: MentionType.Actor, Kind: ActorKind.Country } country ? country
                    : CopulaSubject(s, title.Start) ?? title;
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

    /// <summary>"A is the chief mediator between …": the person a copula gives the title at <paramref name="start"/>.</summary>
    private static Mention? CopulaSubject(SentenceContext s, int start)
    {
        var j = s.Word(start - 1) is "the" or "a" or "an" ? start - 2 : start - 1;
        return s.Word(j) is "is" or "was" or "remains" && s.At(j - 1)?.Resolve() is { Type: MentionType.Actor, Kind: ActorKind.Person, Locative: false } person ? person : null;
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

    /// <summary>"facilitated the completion of a prisoner exchange agreement between A and B": the sides follow in the clause.</summary>
    private bool BetweenAhead(SentenceContext s, int k)
    {
        for (var j = k + 1; j < s.Tokens.Count && j <= k + 10; j++)
        {
            if (s.Word(j) == "between")
            {
                return s.At(j + 1) is not null || (s.Word(j + 1) == "the" && s.At(j + 2) is not null);
            }

            if (s.At(j) is not null || s.Word(j) is "," or ";" || _lexicon.IsCue("clause-break", s.Word(j)))
            {
                return false;
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
