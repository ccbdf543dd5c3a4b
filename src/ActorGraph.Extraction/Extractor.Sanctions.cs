using ActorGraph.Core.Model;

namespace ActorGraph.Extraction;

// SANCTIONS: verbs, imposed measures, nouns, asset freezes, passives and target lists.
public sealed partial class Extractor
{
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

        // "Hamas is designated as a terrorist organisation by the EU": what the target is designated as may come first.
        if (by < 0 && s.Word(k + 1) == "as" && s.Word(k + 2) is "a" or "an" or "the")
        {
            by = Enumerable.Range(k + 3, 5).FirstOrDefault(j => j < s.Tokens.Count && s.At(j) is null && s.Word(j) == "by"
                && Enumerable.Range(k + 3, j - k - 3).All(x => s.At(x) is null && s.Tokens[x].IsWord), -1);
        }
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
                document.AddRelations(agents, RelationKind.Sanctions, patients, 0.85, s, "sanctions.passive");

                if (agents.Count > 0)
                {
                    document.LastSanctioners = agents;
                    document.SentencesSinceSanction = 0;
                }
            }

            return;
        }

        // "A, B and C are also targeted under the latest sanctions": a passive with no agent is said of whoever
        // imposed the sanctions just described.
        var auxiliary = s.Word(k - 1) is "also" or "now" or "already" or "likewise" ? k - 2 : k - 1;
        if (s.Word(auxiliary) is "was" or "were" or "been" or "is" or "are" && !word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            && document.LastSanctioners is { Count: > 0 } earlier && document.SentencesSinceSanction <= 2
            && !IsHypothetical(s, Math.Max(0, auxiliary - 3), k))
        {
            // "Russian propagandists who have been designated": a demonym describes the people, it is not one of them.
            foreach (var patient in Subjects(s, auxiliary, out _).Where(p => !earlier.Contains(p) && p.Form != EntityForm.Demonym))
            {
                foreach (var agent in earlier)
                {
                    document.AddRelation(agent, RelationKind.Sanctions, patient, 0.75, s, "sanctions.passive-anaphora");
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

        // "Among the Iranian individuals sanctioned are A and B", "Putin political allies now sanctioned include A": a
        // participle right after the people it was done to, or right before the verb that lists them, is a passive
        // with no agent, whatever stands before those people.
        if (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && s.At(k - 1) is null && k > 0
            && ((s.Tokens[k - 1] is { IsWord: true, IsCapitalized: false } && _lexicon.IsCue("sanctioned-group", s.Word(k - 1)))
                || s.Word(k + 1) is "include" or "includes" or "included" or "are" or "were"))
        {
            return;
        }

        var subjects = Subjects(s, k, out var end);

        // "They also designated A and B": the pronoun stands for whoever imposed the sanctions just described.
        var pronoun = s.Word(k - 1) is "also" or "have" or "has" or "had" ? (s.Word(k - 2) is "also" or "have" or "has" ? k - 3 : k - 2) : k - 1;
        if (subjects.Count == 0 && s.Word(pronoun) is "They" or "they" && s.At(pronoun) is null && document.LastSanctioners is { Count: > 0 } imposers && document.SentencesSinceSanction <= 2)
        {
            subjects = [.. imposers];
            end = pronoun + 1;
        }

        // "The package will also designate A, as well as B": the measures just described designate for whoever imposed them.
        if (subjects.Count == 0 && document.SentencesSinceSanction <= 2 && AnaphoricSanctioners(s, document, k) is { Count: > 0 } measures)
        {
            subjects = measures;
            end = 2;
        }

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

        document.AddRelations(subjects, RelationKind.Sanctions, targets, 0.9, s, "sanctions.verb");

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

        // A list item read whole ("BAE Systems Land and Armament") replaces the shorter name the object was.
        for (var t = 0; t < targets.Count; t++)
        {
            if (list.FirstOrDefault(item => item != targets[t] && item.Start <= targets[t].Start && targets[t].End <= item.End) is { } whole)
            {
                targets[t] = whole;
            }
        }

        if (targets.Count > 0 && list.IndexOf(targets[0]) is var first and >= 0)
        {
            foreach (var item in list.Skip(first).Where(i => !targets.Contains(i)))
            {
                targets.Add(item);
            }
        }

        if (targets.Count == 0 && ListStart(s, k + 1) is var start and >= 0 && start - k <= 12)
        {
            targets = ListObjects(s, start);
        }

        // "… on four officials and three entities, Seoul's Foreign Ministry said": the speaker who closes the sentence
        // is not a target.
        targets.RemoveAll(t => t.End < s.Tokens.Count && _lexicon.IsCue("speech-verb", s.Word(t.End)));

        // "targeting senior Iranian military figures": a demonym describing the people targeted is not a target.
        targets.RemoveAll(t => t.Form == EntityForm.Demonym && Enumerable.Range(t.End, 3).TakeWhile(j => j < s.Tokens.Count && s.At(j) is null && s.Tokens[j].IsWord && !s.Tokens[j].IsCapitalized)
            .Any(j => _lexicon.IsWord("person-noun", s.Word(j))));
        return targets;
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

        // "The Commerce Department added 12 firms to its Entity List", "added X to the sanctions list"
        if (noun < 0 && s.Word(k).StartsWith("add", StringComparison.OrdinalIgnoreCase) && ListAhead(s, k) && !IsHypothetical(s, k - 4, k))
        {
            var listers = Subjects(s, k, out _);
            foreach (var lister in listers)
            {
                foreach (var listed in SanctionTargets(s, k).Where(t => t != lister))
                {
                    document.AddRelation(lister, RelationKind.Sanctions, listed, 0.85, s, "sanctions.listed");
                }
            }

            if (listers.Count > 0)
            {
                document.LastSanctioners = listers;
                document.SentencesSinceSanction = 0;
            }

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

            // "Financial sanctions and travel bans were imposed on 15 individuals": with no agent, whoever imposed the
            // sanctions just described.
            if (agents.Count == 0 && document.LastSanctioners is { Count: > 0 } earlier && document.SentencesSinceSanction <= 2)
            {
                agents = [.. earlier];
                rule = "sanctions.imposed-anaphora";
                confidence = 0.75;
            }
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

        // "urged Washington to impose tougher sanctions": an infinitive after its subject is what someone wants done.
        if (s.Word(k - 1) == "to" && agents.Count > 0 && IsHypothetical(s, agents[0].Start - 4, agents[0].Start))
        {
            return;
        }

        document.AddRelations(agents, RelationKind.Sanctions, targets, confidence, s, rule);

        // Even with no target named here, who imposed them is known for "They are A, B and C" after.
        document.LastSanctioners = agents;
        document.SentencesSinceSanction = 0;
    }

    private void SanctionsNominal(SentenceContext s, DocumentState document, int k)
    {
        // "China has decided to sanction five companies": a decision taken is an act, unlike a plan or a threat.
        if (s.Word(k) == "sanction" && s.Word(k - 1) == "to" && _lexicon.IsCue("decision-verb", s.Word(k - 2)))
        {
            SanctionsByVerb(s, document, k);
            return;
        }

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
                if (targets.Count == 0 && CommodityOrigin(s, j) is { } origin)
                {
                    targets.Add(origin);
                }

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

    /// <summary>"new US sanctions", "the EU's latest sanctions", "Washington's fourth round of sanctions": who imposes them.</summary>
    private Mention? ActorBeforeNoun(SentenceContext s, int noun)
    {
        for (var j = noun - 1; j >= 0 && j >= noun - 6; j--)
        {
            if (s.At(j) is { } mention)
            {
                return mention.Resolve() is { Type: MentionType.Actor, Locative: false } actor ? actor : null;
            }

            if (!_lexicon.IsCue("sanction-modifier", s.Word(j)) && !(s.Word(j).Length > 2 && char.IsDigit(s.Word(j)[0])))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"... to its Entity List", "... to the sanctions list": a list of targets after the verb.</summary>
    private static bool ListAhead(SentenceContext s, int k)
    {
        for (var j = k + 1; j < s.Tokens.Count && j <= k + 14; j++)
        {
            if (s.Word(j) == "to" && Enumerable.Range(j + 1, Math.Max(0, Math.Min(4, s.Tokens.Count - j - 1))).Any(x => s.Word(x).Equals("list", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }

            if (s.Word(j) is "." or ";")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "a price cap on oil shipped by sea from the Russian Federation", "sanctions on Iran's oil sales": a measure on
    /// what a country sells is on the country.
    /// </summary>
    private Mention? CommodityOrigin(SentenceContext s, int on)
    {
        var j = on + 1;
        if (s.At(j)?.Resolve() is { Type: MentionType.Actor, Kind: ActorKind.Country } owner && s.Tokens.Count > owner.End + 1
            && s.Tokens[owner.End].IsPossessive && CommodityAhead(s, owner.End + 1))
        {
            return owner;
        }

        if (!CommodityAhead(s, j))
        {
            return null;
        }

        for (var n = j; n < s.Tokens.Count && n <= j + 8; n++)
        {
            var after = s.Word(n + 1) == "the" ? n + 2 : n + 1;
            if (s.Word(n) is "from" or "of" && s.At(after)?.Resolve() is { Type: MentionType.Actor, Kind: ActorKind.Country } source)
            {
                return source;
            }

            if (s.Word(n) is "," or ";" or "." or "but")
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
                // "assets held by President X", "a network run by Y": a participle that is not an imposing one
                // makes "by" name an owner or operator, not who imposes the sanctions.
                var before = s.Word(j - 1);
                if (j - 1 > k && (before.EndsWith("ed", StringComparison.Ordinal) || before.EndsWith("en", StringComparison.Ordinal) || before is "run" or "held")
                    && !_lexicon.IsCue("impose-verb", before) && !_lexicon.IsCue("sanction-verb", before))
                {
                    return null;
                }

                return Objects(s, j).FirstOrDefault();
            }

            if (s.Word(j) is ";" or "but" or "including")
            {
                return null;
            }
        }

        return null;
    }
}
