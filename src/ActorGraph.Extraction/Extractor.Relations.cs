using ActorGraph.Core.Model;

namespace ActorGraph.Extraction;

public sealed partial class Extractor
{
    private static readonly HashSet<string> LeadVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "led", "leads", "leading", "lead", "headed", "heads", "heading", "head", "chaired", "chairs", "chairing", "chair", "helmed", "helms",
    };

    private static readonly HashSet<string> AdviseVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "advised", "advises", "advising", "advise", "counselled", "counseled", "counsels",
    };

    private static readonly HashSet<string> FacilitateVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "hosted", "hosts", "hosting", "host", "mediated", "mediates", "mediating", "mediate", "brokered", "brokers", "brokering", "broker",
        "facilitated", "facilitates", "facilitating", "facilitate", "convened", "convenes",
    };

    private static readonly string[] FacilitateSuffixes = ["-brokered", "-mediated", "-hosted", "-facilitated", "-sponsored"];

    private static readonly HashSet<string> SanctionVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "sanctioned", "sanctioning", "blacklisted", "blacklisting", "blacklists", "blacklist", "designated", "designating", "designates",
    };

    private static readonly HashSet<string> ImposeVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "imposed", "imposes", "impose", "imposing", "announced", "announces", "announce", "expanded", "expands", "expand", "extended",
        "extends", "slapped", "slaps", "levied", "levies", "unveiled", "unveils", "approved", "approves", "adopted", "adopts", "introduced",
        "introduces", "tightened", "tightens", "placed", "places", "put", "puts", "issued", "issues", "renewed", "renews", "enacted",
        "enforced", "added", "broadened", "widened",
    };

    private static readonly HashSet<string> SanctionNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "sanctions", "sanction", "penalties", "embargo", "embargoes", "freeze", "freezes", "cap", "ban", "bans",
    };

    private static readonly HashSet<string> Hypothetical = new(StringComparer.OrdinalIgnoreCase)
    {
        "not", "n't", "never", "no", "could", "would", "might", "may", "should", "threatened", "threatens", "threatening", "threaten",
        "threat", "threats", "warned", "warns", "warning", "considering", "considers", "considered", "consider", "weighing", "weighs",
        "mulling", "plans", "planned", "planning", "plan", "proposed", "proposes", "propose", "proposal", "if", "unless", "refused",
        "refuses", "declined", "ready", "prepared", "wants", "wanted", "seeks", "sought", "vowed", "vows", "pledged", "urged", "urges",
        "called", "asked", "lifted", "lifts", "lift", "lifting", "eased", "eases", "ease", "easing", "waived", "waive", "suspended",
        "suspend", "removed", "revoked", "rejected", "delayed", "postponed", "failed", "whether", "possible", "potential", "offered",
        "offers", "hopes", "hoped", "expected", "likely", "Would", "Could", "If", "Should", "denied", "denies", "avoid", "avoided",
        "rather", "instead", "without", "against",
    };

    private static readonly HashSet<string> ClauseBreaks = new(StringComparer.OrdinalIgnoreCase)
    {
        ";", ":", "\"", "but", "while", "whereas", "although", "because", "after", "before", "when", "since", "though", "says", "said",
        "told", "added", "(", ")",
    };

    private static readonly HashSet<string> ObjectStops = new(StringComparer.OrdinalIgnoreCase)
    {
        ",", ";", ".", ":", "\"", "(", ")", "to", "with", "by", "in", "at", "after", "before", "during", "from", "for", "but", "that",
        "which", "who", "over", "as", "since", "because", "while", "between", "on", "against", "not", "said", "and",
    };

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
            if (LeadVerbs.Contains(word))
            {
                Leads(s, document, k);
            }
            else if (AdviseVerbs.Contains(word))
            {
                Advises(s, document, k);
            }
            else if (FacilitateVerbs.Contains(word) || word.Equals("mediation", StringComparison.OrdinalIgnoreCase) || FacilitateSuffixes.Any(x => word.EndsWith(x, StringComparison.OrdinalIgnoreCase)))
            {
                Facilitates(s, document, k, parties);
            }
            else if (word == "between" && ShuttleCue(s, k))
            {
                ShuttleDiplomacy(s, document, k);
            }
            else if (SanctionVerbs.Contains(word))
            {
                SanctionsByVerb(s, document, k);
            }
            else if (ImposeVerbs.Contains(word))
            {
                SanctionsImposed(s, document, k);
            }
            else if (SanctionNouns.Contains(word))
            {
                SanctionsNominal(s, document, k);
            }
            else if (word is "froze" or "freezes" or "freezing" or "freeze")
            {
                AssetFreeze(s, document, k);
            }
        }

        if (parties is not null && (hasEvent || s.Tokens.Any(t => t.Text is "met" or "meets")))
        {
            document.LastParties = parties;
        }
    }

    private bool IsEvent(SentenceContext s, int k) =>
        _lexicon.IsWord("event", s.Word(k)) || (k + 1 < s.Tokens.Count && _lexicon.IsWord("event", s.Word(k) + " " + s.Word(k + 1)));

    // ---------------------------------------------------------------- subjects and objects

    /// <summary>The actor a verb at <paramref name="k"/> is said of: the nearest acting one before it in the clause.</summary>
    private static Mention? Subject(SentenceContext s, int k, out int end)
    {
        end = k;
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

            if (ClauseBreaks.Contains(s.Word(j)))
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

                        if (s.Word(j) is "and" or ",")
                        {
                            j++;
                        }

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

            if (ObjectStops.Contains(s.Word(j)) || s.Word(j) == "'s" || _lexicon.IsWord("event", s.Word(j)))
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
    private static Mention? NamedAhead(SentenceContext s, int j)
    {
        for (var n = j; n < s.Tokens.Count && n < j + 4; n++)
        {
            if (s.At(n) is { Type: MentionType.Actor, Kind: ActorKind.Organization or ActorKind.Person } named)
            {
                return named;
            }

            if (s.At(n) is not null || !s.Tokens[n].IsWord || ObjectStops.Contains(s.Word(n)))
            {
                return null;
            }
        }

        return null;
    }

    private static List<Mention> Coordinated(SentenceContext s, int j, List<Mention> found)
    {
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
            }

            if (s.At(next) is not { } mention || mention.Resolve() is not { Type: MentionType.Actor, Locative: false } actor)
            {
                return found;
            }

            var after = Math.Max(mention.End, actor.End);

            // "Lukoil, Russia's largest company" is an apposition; ", and the American side was led" a new clause.
            if (s.Word(after) is "'s" && w == "," || ClauseVerbs.Contains(s.Word(after)))
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

    private static readonly HashSet<string> ClauseVerbs = new(StringComparer.Ordinal)
    {
        "was", "were", "is", "are", "has", "have", "had", "said", "says", "will", "would", "did", "does", "sent", "told",
    };

    /// <summary>The subject at <paramref name="k"/> and those coordinated before it: "Qatar and Egypt mediated".</summary>
    private static List<Mention> Subjects(SentenceContext s, int k, out int end)
    {
        var subject = Subject(s, k, out end);
        if (subject is null)
        {
            return [];
        }

        var subjects = new List<Mention> { subject };
        var j = s.At(end - 1)?.Start ?? end - 1;
        while (j >= 2)
        {
            if (s.Word(j - 1) is "the" && s.At(j - 1) is null)
            {
                j--;
            }

            if (j < 2 || s.Word(j - 1) is not ("and" or ",") || s.At(j - 1) is not null)
            {
                break;
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

    private static bool IsHypothetical(SentenceContext s, int from, int to)
    {
        for (var j = Math.Max(0, from); j < to && j < s.Tokens.Count; j++)
        {
            if (s.At(j) is null && Hypothetical.Contains(s.Word(j)))
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

        var subject = Subject(s, k, out var end);
        if (subject is null || IsHypothetical(s, WindowStart(end, k), k))
        {
            return;
        }

        foreach (var target in Objects(s, k))
        {
            if (target.Kind is ActorKind.Group or ActorKind.Organization or ActorKind.Country)
            {
                document.AddRelation(subject, RelationKind.Leads, target, 0.9, s, "leads.verb");
            }
        }
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
        if (FacilitateSuffixes.FirstOrDefault(x => word.EndsWith(x, StringComparison.OrdinalIgnoreCase)) is { } suffix)
        {
            // "a Qatar-brokered truce", "the Egyptian-mediated talks"
            if (!_lexicon.TryEntity(word[..^suffix.Length], out var entry))
            {
                return;
            }

            facilitators = [Actor(k, k + 1, entry.Name, entry.Kind, entry.Form, word[..^suffix.Length])];
            rule = "facilitates.adjective";
            confidence = 0.8;
        }
        else if (word.Equals("mediation", StringComparison.OrdinalIgnoreCase))
        {
            // "under Saudi mediation", "Qatar's mediation", "mediation by Oman", "Norway resumed mediation"
            var j = s.Word(k - 1) is "'s" ? k - 2 : k - 1;
            if (s.At(j)?.Resolve() is { Type: MentionType.Actor, Locative: false } before)
            {
                facilitators = [before];
            }
            else if (s.Word(k + 1) == "by")
            {
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
            anaphoric = s.Word(k - 1) is "was" or "were" && Enumerable.Range(Math.Max(0, k - 5), Math.Min(5, k)).Any(j => s.At(j) is null && IsEvent(s, j))
                && !Enumerable.Range(Math.Max(0, k - 5), Math.Min(5, k)).Any(j => s.At(j) is not null);
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
        if (direct is not { Count: > 0 } && parties is not null && parties.Count - sides?.Count is > 0 && sides?.Count >= 2)
        {
            return;
        }

        if (sides is not { Count: >= 1 } || (direct is not { Count: > 0 } && sides.Count < 2))
        {
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

    private static readonly HashSet<string> ShuttleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "shuttled", "shuttling", "shuttles", "messages", "intermediary", "go-between", "channel", "mediator", "mediating", "intermediaries",
    };

    /// <summary>"carried messages between", "shuttled between", "acted as an intermediary between".</summary>
    private static bool ShuttleCue(SentenceContext s, int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - 3; j--)
        {
            if (s.At(j) is null && ShuttleWords.Contains(s.Word(j)))
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
        if (word.StartsWith("designat", StringComparison.OrdinalIgnoreCase)
            && !s.Tokens.Any(t => t.Text.StartsWith("sanction", StringComparison.OrdinalIgnoreCase) || t.Text.StartsWith("terror", StringComparison.OrdinalIgnoreCase) || t.Text.Contains("list", StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        if (s.Word(k + 1) == "by")
        {
            var agent = Objects(s, k + 1).FirstOrDefault();
            var patient = Subject(s, k, out _);
            if (agent is not null && patient is not null && !IsHypothetical(s, k - 4, k))
            {
                document.AddRelation(agent, RelationKind.Sanctions, patient, 0.85, s, "sanctions.passive");
            }

            return;
        }

        if (s.Word(k - 1) is "was" or "were" or "been" or "be" or "being" or "is" or "are" or "the" or "a" or "newly")
        {
            return;
        }

        var subjects = Subjects(s, k, out var end);
        if (subjects.Count == 0 || IsHypothetical(s, WindowStart(end, k), k))
        {
            return;
        }

        var targets = Objects(s, k, preferNamed: true);
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
            if (s.At(j) is null && IsSanctionNoun(s, j))
            {
                noun = j;
                break;
            }

            if (s.At(j) is null && ObjectStops.Contains(s.Word(j)) && s.Word(j) != "and")
            {
                break;
            }
        }

        var passive = s.Word(k - 1) is "was" or "were" or "been" or "being" or "be" || (k > 0 && s.At(k - 1) is null && IsSanctionNoun(s, k - 1));
        if (noun < 0 && !passive)
        {
            return;
        }

        var targets = TargetsAfter(s, noun < 0 ? k : noun);
        if (targets.Count == 0)
        {
            return;
        }

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

        document.LastSanctioners = agents;
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

    private static bool IsSanctionNoun(SentenceContext s, int j)
    {
        var word = s.Word(j);
        if (!SanctionNouns.Contains(word))
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
        for (var j = noun + 1; j < s.Tokens.Count && j <= noun + 3; j++)
        {
            var word = s.Word(j);
            if (word is "on" or "against" or "targeting" or "targetting")
            {
                // "on dozens of tankers ... and on the trader Coral Energy": every "on" of the list.
                var targets = Objects(s, j, preferNamed: true);
                for (var k = j + 1; k < s.Tokens.Count && k < j + 25; k++)
                {
                    if (s.Word(k) is ";" or "." or "but" or "which" or "who" || ClauseVerbs.Contains(s.Word(k)))
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

            if (s.At(j) is not null || ObjectStops.Contains(word))
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
