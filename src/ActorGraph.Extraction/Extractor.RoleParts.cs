using ActorGraph.Core.Model;

namespace ActorGraph.Extraction;

// Roles: who else a sentence with a title names: second bodies and principals, appointers, appointees and predecessors.
public sealed partial class Extractor
{
    /// <summary>
    /// The organization coordinated right after <paramref name="first"/> by "and" (after its country's possessive, if
    /// any), when nothing but that organization follows before the clause goes on.
    /// </summary>
    private static Mention? SecondBody(SentenceContext s, Mention first)
    {
        var j = first.End;
        if (s.Word(j) != "and" || s.At(j) is not null)
        {
            return null;
        }

        j++;
        if (s.Word(j) == "the" && s.At(j) is null)
        {
            j++;
        }

        // "Venezuela's Directorate General …": the country whose body it is.
        if (s.At(j) is { Type: MentionType.Actor, Kind: ActorKind.Country } owner && owner.Start == j && s.Tokens.Count > owner.End && s.Tokens[owner.End].IsPossessive)
        {
            j = owner.End + 1;
        }

        return s.At(j) is { Type: MentionType.Actor, Kind: ActorKind.Organization } second && second.Start == j && second.Resolve() == second
            && (second.End >= s.Tokens.Count || s.Word(second.End) is "," or ";" or "." or "(" or ")")
            ? second
            : null;
    }

    /// <summary>"a close aide to Prime Minister A and his predecessor B": the second person an adviser serves.</summary>
    private static Mention? SecondPrincipal(SentenceContext s, Mention principal)
    {
        var j = principal.Resolve().End;
        if (s.Word(j) != "and" || s.At(j) is not null)
        {
            return null;
        }

        j++;
        if (s.Word(j) is "his" or "her" or "their" or "the")
        {
            j++;
        }

        for (var words = 0; words < 2 && s.At(j) is null && j < s.Tokens.Count && s.Tokens[j] is { IsWord: true, IsCapitalized: false }; words++)
        {
            j++;
        }

        while (s.At(j) is { Type: MentionType.Title } title && title.Start == j)
        {
            j = title.End;
        }

        return s.At(j) is { Type: MentionType.Actor, Kind: ActorKind.Person } second && second.Start == j && second.Resolve() != principal.Resolve() ? second.Resolve() : null;
    }

    /// <summary>
    /// The leader's title an adviser title points to: "presidential adviser" and "adviser to the President" point to
    /// the president, "adviser to the Prime Minister" to the prime minister.
    /// </summary>
    private static string? LeaderTitleOf(SentenceContext s, Mention title, LeftSide left, (Mention Actor, bool To)? after)
    {
        if (left.Words.Any(w => w.Equals("presidential", StringComparison.OrdinalIgnoreCase)) || title.Surface.StartsWith("presidential ", StringComparison.OrdinalIgnoreCase))
        {
            return "president";
        }

        if (after is not null || s.Word(title.End) is not ("to" or "of"))
        {
            return null;
        }

        var j = title.End + 1;
        if (s.Word(j) is "the" or "The")
        {
            j++;
        }

        return s.At(j) is { Type: MentionType.Title, TitleClass: TitleClass.HeadOfState or TitleClass.HeadOfGovernment } leader && leader.Head is null ? leader.Name : null;
    }

    /// <summary>Where the name starts after an honorific at <paramref name="j"/> ("Sheikh", "Sir", "the Honourable"); <paramref name="j"/> when there is none.</summary>
    private int AfterHonorific(SentenceContext s, int j)
    {
        bool IsHonorific(int k) => s.At(k) is null && (_lexicon.IsWord("honorific", s.Word(k)) || s.Word(k) is "Sir" or "Prince" or "Princess");
        // "Dr. The Honourable Ralph E. Gonsalves", "H.E. Mr. Celso Amorim": honorifics in a row, with their dots.
        var k = j;
        while (k < s.Tokens.Count)
        {
            if (IsHonorific(k))
            {
                k += s.Word(k + 1) == "." && s.At(k + 1) is null ? 2 : 1;
            }
            else if (s.Word(k) is "the" or "The" && IsHonorific(k + 1))
            {
                k++;
            }
            else
            {
                break;
            }
        }

        return k;
    }

    /// <summary>The first person after a copula, before the clause ends.</summary>
    private static Mention? CopulaPerson(SentenceContext s, int from)
    {
        for (var j = from; j < s.Tokens.Count && j < from + 14; j++)
        {
            if (s.At(j)?.Resolve() is { Type: MentionType.Actor, Kind: ActorKind.Person } person)
            {
                return person;
            }

            if (s.Word(j) is ";" or "." or "while" or "but")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The person an apposition closing at <paramref name="comma"/> describes: "A, who …," or "A, a former …,".</summary>
    private static Mention? AppointeeBefore(SentenceContext s, int comma)
    {
        for (var j = comma - 1; j >= 0 && j >= comma - 30; j--)
        {
            if (s.Word(j) is ";" or "." or ":")
            {
                return null;
            }

            if (s.At(j) is { Type: MentionType.Actor, Kind: ActorKind.Person, Head: null } person && person.End < comma
                && s.Word(person.End) == "," && s.Word(person.End + 1) is "who" or "a" or "an" or "the" or "then")
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>The person ", replacing B" or ", succeeding B" names after <paramref name="from"/>, before the clause ends.</summary>
    private Mention? Replaced(SentenceContext s, int from)
    {
        for (var k = from; k < s.Tokens.Count - 1 && k < from + 8; k++)
        {
            if (s.At(k) is null && s.Word(k) is ";" or ".")
            {
                return null;
            }

            if (s.At(k) is null && s.Word(k - 1) == "," && _lexicon.IsCue("replace-verb", s.Word(k))
                && s.At(k + 1)?.Resolve() is { Type: MentionType.Actor, Kind: ActorKind.Person } predecessor && s.At(k + 1)!.Start == k + 1)
            {
                return predecessor;
            }
        }

        return null;
    }

    /// <summary>Whether the sentence appoints someone: an appointment verb, "serve as" or "retain".</summary>
    private bool IsAppointment(SentenceContext s)
    {
        for (var k = 0; k < s.Tokens.Count; k++)
        {
            if (s.At(k) is null && (_lexicon.IsCue("appoint-verb", s.Word(k)) || _lexicon.IsCue("appointment-word", s.Word(k))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The person whose appointment verb governs <paramref name="appointee"/>: "Tinubu appointed A as ... and B as ...".</summary>
    private Mention? Appointer(SentenceContext s, Mention appointee)
    {
        for (var k = appointee.Start - 1; k >= 0; k--)
        {
            if (s.At(k) is null && _lexicon.IsCue("appoint-verb", s.Word(k)))
            {
                return Subject(s, k, out _) is { Kind: ActorKind.Person } subject && subject != appointee ? subject : null;
            }

            // "appointed Dr. A": the dot of an honorific's abbreviation ends nothing.
            if (s.At(k) is null && s.Word(k) == "." && _lexicon.IsWord("honorific", s.Word(k - 1)))
            {
                k--;
                continue;
            }

            if (s.At(k) is null && s.Word(k) is ";" or "." or "said" or "says")
            {
                return null;
            }
        }

        return null;
    }
}
