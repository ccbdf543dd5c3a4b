using ActorGraph.Core.Model;

namespace ActorGraph.Extraction;

public sealed partial class Extractor
{
    private static readonly HashSet<string> Qualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "foreign", "policy", "security", "defence", "defense", "economic", "economy", "trade", "energy", "climate", "peace",
        "military", "intelligence", "nuclear", "humanitarian", "finance", "financial", "sovereign", "wealth", "fund",
        "investment", "central", "bank", "state", "national", "special", "senior", "top", "chief", "presidential", "royal",
        "army", "armed", "forces", "regional", "political", "opposition", "party", "press", "communications", "government",
        "agency", "ministry", "deputy", "vice", "assistant", "principal", "lead", "longtime", "long-time", "veteran",
        "influential", "powerful", "personal", "close", "key", "interior", "justice", "health", "labour", "labor",
        "migration", "affairs", "development", "cooperation", "investment", "oil", "gas", "council", "cabinet",
    };

    private static readonly HashSet<string> PastFlags = new(StringComparer.OrdinalIgnoreCase) { "former", "ex", "then", "erstwhile", "late" };

    private static readonly HashSet<string> FutureFlags = new(StringComparer.OrdinalIgnoreCase) { "incoming", "designate", "designated", "future" };

    private static readonly HashSet<string> Glue = new(StringComparer.Ordinal)
    {
        ",", "a", "an", "the", "who", "is", "was", "serves", "served", "serving", "as", "has", "had", "been", "became",
        "becomes", "currently", "now", "also", "newly", "appointed", "named", "elected", "and",
    };

    private void BindRoles(SentenceContext s, DocumentState document)
    {
        foreach (var title in s.Mentions.Where(m => m.Type == MentionType.Title).ToList())
        {
            if (title.Head is not null)
            {
                continue;
            }

            var left = WalkLeft(s, title.Start - 1);

            // Before the name: "Russian Foreign Minister Sergey Lavrov", "Russia's foreign minister, Sergey Lavrov".
            var next = title.End;
            if (s.Word(next) == "," && s.At(next) is null)
            {
                next++;
            }

            // An honorific between title and name: "Qatari Emir Sheikh Tamim bin Hamad Al Thani".
            if (s.At(next) is null && (_lexicon.IsWord("honorific", s.Word(next)) || s.Word(next) is "Sir" or "Prince" or "Princess"))
            {
                next++;
            }

            if (s.At(next) is { Type: MentionType.Actor, Kind: ActorKind.Person, Head: null } person && person.Start == next)
            {
                Bind(s, document, title, person, left, after: null, "role.title-before-name");
                continue;
            }

            // "UN special envoy for Yemen Hans Grundberg": the title's topic sits between title and name.
            var afterTopic = s.At(next + 1) is { Type: MentionType.Actor } t ? (s.Word(t.End) == "," ? t.End + 1 : t.End) : -1;
            if (s.Word(next) is "for" or "on" or "to" && s.At(next + 1) is { Type: MentionType.Actor } topic && topic.Kind != ActorKind.Person
                && s.At(afterTopic) is { Type: MentionType.Actor, Kind: ActorKind.Person, Head: null } named && named.Start == afterTopic)
            {
                topic.Head = named;
                Bind(s, document, title, named, left, after: null, "role.title-before-name", topicSuffix: $" {s.Word(next)} {topic.Surface}");
                continue;
            }

            // After the name: "Kirill Dmitriev, head of the Russian Direct Investment Fund", "Yuri Ushakov, an aide to Putin".
            var k = left.Edge - 1;
            var glue = 0;
            var sawComma = false;
            while (k >= 0 && s.At(k) is null && Glue.Contains(s.Word(k)) && glue < 6)
            {
                sawComma |= s.Word(k) == ",";
                k--;
                glue++;
            }

            if (glue > 0 && s.At(k) is { Type: MentionType.Actor, Kind: ActorKind.Person } holder && holder.End == k + 1
                && (sawComma || s.Tokens.Skip(k + 1).Take(glue).Any(t => t.Text is "appointed" or "named" or "elected" or "became" or "as")))
            {
                var after = OfPhrase(s, title.End);
                Bind(s, document, title, holder.Resolve(), left, after, "role.title-after-name");

                // The rest of the apposition belongs to the holder too: "Yermak, head of Zelenskiy's office, led ...".
                for (var j = title.End; j < s.Tokens.Count && j < title.End + 8 && s.Word(j) != ","; j++)
                {
                    if (s.At(j) is { Type: MentionType.Actor, Head: null } inner && inner != holder.Resolve())
                    {
                        inner.Head = holder.Resolve();
                    }
                }
            }
        }
    }

    /// <summary>What stands before a title: the country, body or person it is of, its qualifiers and its time.</summary>
    private sealed record LeftSide(List<Mention> Actors, List<string> Words, bool Past, bool Future, bool Deputy, int Edge);

    private static LeftSide WalkLeft(SentenceContext s, int from)
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
                if (mention.Kind == ActorKind.Person && !possessive || mention.Locative || mention.Kind == ActorKind.Group && !possessive)
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

            if (mention is not null)
            {
                break;
            }

            if (word is "'s" or "'")
            {
                k--;
                continue;
            }

            if (PastFlags.Contains(word))
            {
                past = true;
            }
            else if (FutureFlags.Contains(word))
            {
                future = true;
            }
            else if (Qualifiers.Contains(word) || (s.Tokens[k].IsCapitalized && s.Tokens[k].IsWord && k > 0 && !IsClauseWord(word)))
            {
                deputy |= word.Equals("deputy", StringComparison.OrdinalIgnoreCase) || word.Equals("vice", StringComparison.OrdinalIgnoreCase) || word.Equals("assistant", StringComparison.OrdinalIgnoreCase);
                words.Insert(0, word);
            }
            else if (word is "acting" or "interim" or "outgoing")
            {
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

    private static (Mention Actor, bool To)? OfPhrase(SentenceContext s, int k)
    {
        var word = s.Word(k);
        if (word is not ("of" or "to" or "at" or "for") || s.At(k) is not null)
        {
            return null;
        }

        var j = k + 1;
        if (s.Word(j) is "the" or "its" && s.At(j) is null)
        {
            j++;
        }

        // "an adviser to Supreme Leader Ali Khamenei": the person after the title.
        while (s.At(j) is { Type: MentionType.Title } title && title.Start == j)
        {
            j = title.End;
        }

        // "head of Zelenskiy's office": the office is Zelenskiy's, the role is not of Zelenskiy.
        if (s.At(j) is { Type: MentionType.Actor } actor && actor.Start == j && !(actor.End < s.Tokens.Count && s.Tokens[actor.End].IsPossessive))
        {
            actor.Locative = false;
            return (actor, word == "to");
        }

        return null;
    }

    private static void Bind(SentenceContext s, DocumentState document, Mention title, Mention person, LeftSide left, (Mention Actor, bool To)? after, string rule, string topicSuffix = "")
    {
        Mention? of = left.Actors.Count > 0 ? left.Actors[0] : null;
        Mention? principal = of is { Kind: ActorKind.Person } ? of : null;
        var inner = left.Actors.Skip(1).Select(a => a.Surface).ToList();
        if (after is { } phrase)
        {
            if (phrase.To && phrase.Actor.Kind == ActorKind.Person)
            {
                principal = phrase.Actor;
                of ??= phrase.Actor;
            }
            else if (of is null || !phrase.To)
            {
                if (of is not null)
                {
                    inner.Insert(0, of.Surface);
                }

                of = phrase.Actor;
            }

            phrase.Actor.Head = person;
        }

        title.Head = person;
        foreach (var actor in left.Actors)
        {
            actor.Head = person;
        }

        // "former", "ex-" and "then-" end the role the day before publication; "-elect", "incoming" and "designate"
        // start it the day after.
        var isPast = left.Past || TimePrefixes.Any(p => title.Surface.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        var timed = isPast || left.Future || TitleSuffixes.Any(x => title.Surface.EndsWith(x, StringComparison.OrdinalIgnoreCase));
        DateOnly? since = null, until = null;
        if (timed)
        {
            if (document.Published is not { } published)
            {
                // Without the article's date a past or future role has no time to carry; it is left out rather than made current.
                return;
            }

            if (isPast)
            {
                until = published.AddDays(-1);
            }
            else
            {
                since = published.AddDays(1);
            }
        }

        // Qualifying countries come between the owner and the title: "Trump's Ukraine envoy".
        var qualifiers = left.Actors.Count > 1 && !timed ? inner.Concat(left.Words) : left.Words.Concat(inner);
        var titleText = string.Join(' ', qualifiers.Append(StripTimeMarks(title.Surface)));

        // "director of policy planning" heads an unnamed part of its body, not the body.
        var unnamed = after is null ? UnnamedBody(s, title.End) : null;
        if (unnamed is not null)
        {
            topicSuffix += " " + unnamed;
        }

        var role = new ExtractedRole(person.Name, titleText + topicSuffix, of?.Name, since, until, rule, s.Sentence.Text, s.Line);
        document.AddRole(role, of?.Kind ?? ActorKind.Organization);
        if (timed)
        {
            return;
        }

        var titleClass = left.Deputy ? TitleClass.Deputy : title.TitleClass;
        if (titleClass is TitleClass.HeadOfState or TitleClass.HeadOfGovernment && of is { Kind: ActorKind.Country })
        {
            document.AddLeader(of.Name, person.Name, title.Name);
        }

        switch (titleClass)
        {
            // "Egyptian intelligence chief" leads the intelligence service, not Egypt: a qualified head of a country leads nothing named.
            case TitleClass.Head when of is { Kind: ActorKind.Country or ActorKind.Organization } && (inner.Count > 0 || unnamed is not null || left.Words.Any(w => !IsPlainLeader(title, w))):
                break;
            case TitleClass.HeadOfState or TitleClass.HeadOfGovernment or TitleClass.Head when of is not null && of.Kind != ActorKind.Person:
                document.AddRelation(person, RelationKind.Leads, of, 0.85, s, "leads.title");
                break;
            case TitleClass.Adviser when principal is not null:
                document.AddRelation(person, RelationKind.Advises, principal, 0.85, s, "advises.title-principal");
                break;
            case TitleClass.Adviser when of is { Kind: ActorKind.Country }:
                document.AddOfficeAdviser(person.Name, of.Name, role);
                break;
            case TitleClass.Adviser when of is not null:
                document.AddRelation(person, RelationKind.Advises, of, 0.75, s, "advises.title-office");
                break;
            default:
                break;
        }
    }

    /// <summary>"military leader" of a country leads it; "opposition leader" and "intelligence chief" do not.</summary>
    private static bool IsPlainLeader(Mention title, string qualifier) =>
        title.Name.Equals("leader", StringComparison.OrdinalIgnoreCase)
        && qualifier.ToLowerInvariant() is "military" or "top" or "supreme" or "national" or "de facto" or "interim" or "transitional" or "junta";

    private static readonly string[] TimePrefixes = ["ex-", "then-"];

    /// <summary>The title without "ex-", "then-", "-elect" or "-designate".</summary>
    private static string StripTimeMarks(string surface)
    {
        foreach (var prefix in TimePrefixes.Where(p => surface.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
        {
            surface = surface[prefix.Length..];
        }

        foreach (var suffix in TitleSuffixes.Where(x => surface.EndsWith(x, StringComparison.OrdinalIgnoreCase)))
        {
            surface = surface[..^suffix.Length];
        }

        return surface;
    }
}
