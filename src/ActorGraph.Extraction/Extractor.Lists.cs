using ActorGraph.Core.Model;

namespace ActorGraph.Extraction;

public sealed partial class Extractor
{
    /// <summary>
    /// The items of a list that starts after token <paramref name="k"/>, as designations and appointments write them:
    /// "A, head of the FSB; B and C, the president's officials; and D". An item is an actor right after the start or
    /// after a separator (",", ";", ":", "and", "as well as", "including"); what follows an item up to the next
    /// separator is its apposition and names no item. Items are of the first item's kind: a list of people takes
    /// only people, so the body in "X, head of Gazprombank" is no item.
    /// </summary>
    private List<Mention> ListObjects(SentenceContext s, int k)
    {
        var items = new List<Mention>();
        var expectItem = true;
        var apposition = false;
        var filler = 0;
        var j = k + 1;
        while (j < s.Tokens.Count)
        {
            var word = s.Word(j);

            // After an item's apposition ("A in relation to workers in China and Russia"), only ";", ", and" or a
            // comma right before another item of the list's kind open the next item.
            if (apposition && word is "," or "and" && !(word == "and" && s.Word(j - 1) is "," or ";")
                && !(word == "," && s.At(j + 1)?.Resolve() is { Type: MentionType.Actor } nextItem && ListKindFits(items, nextItem))
                && !(word == "," && s.Word(j + 1) == "and"))
            {
                j++;
                continue;
            }

            // "seven senior Russian government officials, including A": a demonym before a lowercase noun describes
            // the items to come; it is not one.
            if (s.At(j) is { Type: MentionType.Actor, Form: EntityForm.Demonym, Head: null } adjective && adjective.End < s.Tokens.Count
                && s.Tokens[adjective.End] is { IsWord: true, IsCapitalized: false } && items.Count == 0)
            {
                j = adjective.End;
                continue;
            }

            if (s.At(j) is { } mention)
            {
                var actor = mention.Resolve();
                var after = Math.Max(mention.End, actor.End);
                var possessed = after < s.Tokens.Count && s.Tokens[after].IsPossessive;
                if (expectItem && actor.Type == MentionType.Actor && !actor.Locative && !possessed && ListKindFits(items, actor) && !items.Contains(actor))
                {
                    // ", and the Department of State designated ...": a name followed by its verb starts a new clause.
                    if (items.Count > 0 && StartsClause(s, after))
                    {
                        break;
                    }

                    // "…, Friends of Free Iran, …": an organization's item runs on to its comma.
                    if (actor.Kind == ActorKind.Organization && WholeItem(s, actor) is { } whole)
                    {
                        actor = whole;
                        after = whole.End;
                    }

                    items.Add(actor);
                    expectItem = false;
                    apposition = false;
                }
                else if (items.Count > 0 && actor.Type == MentionType.Actor)
                {
                    expectItem = false;
                    apposition = true;
                }

                j = Math.Max(j + 1, after);
                continue;
            }

            // "including defense corporation Rostec, engine manufacturer Klimov": an unknown name where an item is
            // expected, after its describing words, is a body.
            if (expectItem && s.Tokens[j] is { IsWord: true, IsCapitalized: true } && !_lexicon.IsWord("not-a-name", word) && !IsDashAdjective(word)
                && (items.Count == 0 || items[0].Kind != ActorKind.Person) && !_lexicon.IsCue("locative", s.Word(j - 1)))
            {
                var body = AddBody(s, j, UnknownNameEnd(s, j));
                body = WholeItem(s, body) ?? body;
                items.Add(body);
                expectItem = false;
                apposition = false;
                j = body.End;
                continue;
            }

            if (word is "," or ";" or ":" or "and" or "including" or "include" or "includes" or "namely" or "–" or "-")
            {
                expectItem = true;
                filler = 0;
                apposition &= word != ";";
            }
            else if (word == "as" && s.Word(j + 1) == "well" && s.Word(j + 2) == "as")
            {
                expectItem = true;
                filler = 0;
                j += 3;
                continue;
            }
            else if (word is "." or "but" or "except" or "while" or "whereas" || (items.Count > 0 && _lexicon.IsCue("clause-break", word) && word is not ("(" or ")")))
            {
                break;
            }
            else if (expectItem && ++filler > 4)
            {
                expectItem = false;
            }
            else if (!expectItem && items.Count > 0)
            {
                apposition = true;
            }

            j++;
        }

        return items;
    }

    /// <summary>Whether the word at <paramref name="j"/> is a verb that makes the name before it a subject.</summary>
    private bool StartsClause(SentenceContext s, int j)
    {
        var word = s.Word(j);
        return _lexicon.IsCue("clause-verb", word) || _lexicon.IsCue("speech-verb", word) || _lexicon.IsCue("sanction-verb", word)
            || _lexicon.IsCue("impose-verb", word) || _lexicon.IsCue("lead-verb", word) || _lexicon.IsCue("facilitate-verb", word)
            || (s.Word(j + 1) is { Length: > 2 } next && next.EndsWith("ed", StringComparison.Ordinal) && word is "also" or "previously" or "later" or "then");
    }

    private static bool ListKindFits(List<Mention> items, Mention actor) => items.Count == 0 || items[0].Kind switch
    {
        ActorKind.Person => actor.Kind == ActorKind.Person,
        ActorKind.Country => actor.Kind is ActorKind.Country or ActorKind.Organization,
        _ => actor.Kind is not ActorKind.Country,
    };

    /// <summary>Where a list is announced in a sentence: at ":", "include", "includes", "included", "including" or "namely".</summary>
    private static int ListStart(SentenceContext s, int from)
    {
        for (var j = from; j < s.Tokens.Count; j++)
        {
            if (s.At(j) is null && s.Word(j) is ":" or "include" or "includes" or "included" or "including" or "namely")
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>Where a run of up to four capitalized words the lexicons do not know, starting at <paramref name="j"/>, ends.</summary>
    private int UnknownNameEnd(SentenceContext s, int j)
    {
        var end = j;
        while (end < s.Tokens.Count && s.At(end) is null && s.Tokens[end].IsCapitalized && s.Tokens[end].IsWord && end - j < 4)
        {
            end++;
        }

        // "Akhtar and Sons Private Limited": "and" inside a firm's name that a company word ends; but after a firm's
        // own ending ("Lima Holdings and Andes Mining Corporation") "and" joins two firms.
        if (end > j && s.Word(end) == "and" && s.At(end) is null
            && !_lexicon.IsWord("company-word", s.Word(end - 1)) && !_lexicon.IsWord("org-head", s.Word(end - 1)))
        {
            var firm = end + 1;
            while (firm < s.Tokens.Count && s.At(firm) is null && s.Tokens[firm].IsCapitalized && s.Tokens[firm].IsWord && firm - end <= 4)
            {
                firm++;
            }

            if (firm > end + 1 && (_lexicon.IsWord("company-word", s.Word(firm - 1)) || _lexicon.IsWord("company-word", s.Word(end + 1))))
            {
                end = firm;
            }
        }

        // "Karl Kolb Co.", "Korea Paekho Trading Corp.": the abbreviation keeps its dot.
        if (end > j && s.Word(end) == "." && _lexicon.IsWord("company-abbreviation", s.Word(end - 1)) && s.Tokens[end].Start == s.Tokens[end - 1].End)
        {
            end++;
        }

        return end;
    }


    /// <summary>Names tokens [<paramref name="start"/>, <paramref name="end"/>) a body: "on Surgutneftegas", "Vice Chairman of Gazprombank".</summary>
    private static Mention AddBody(SentenceContext s, int start, int end)
    {
        var surface = Join(s.Tokens, start, end);
        var body = Actor(start, end, surface, ActorKind.Organization, EntityForm.Name, surface);
        s.Add(body);
        return body;
    }

    /// <summary>
    /// A list item that runs on past <paramref name="item"/> through capitalized words and "of", "in", "for",
    /// "against", "on" or "the" to the comma that closes it ("Committee in Search of Justice", "Stop the Bomb"), and
    /// through "and" when another item follows that comma ("BAE Systems Land and Armament, Alliant …"): the whole item
    /// as one body; null when the item does not close so.
    /// </summary>
    private Mention? WholeItem(SentenceContext s, Mention item)
    {
        var end = item.End;
        var joinedByAnd = false;
        if (s.Word(end) is not ("of" or "in" or "for" or "against" or "on" or "the") && s.Tokens.Count > end && !(s.Tokens[end] is { IsWord: true, IsCapitalized: true } && s.At(end) is null))
        {
            return null;
        }

        while (end < s.Tokens.Count && end - item.Start < 10)
        {
            var word = s.Word(end);

            // "BAE Systems Land and Armament, Alliant Techsystems, …": "and" inside an item that a comma closes
            // before another item (checked below).
            if (word == "and" && s.At(end) is null && end > item.End && s.Tokens.Count > end + 1 && s.Tokens[end + 1] is { IsWord: true, IsCapitalized: true } && s.At(end + 1) is null)
            {
                joinedByAnd = true;
                end++;
                continue;
            }

            // "Islamic Jihad in Gaza": a place after the joining word is where the body is, not its name; "in" and "on"
            // join only after a body's head word ("Committee in Search of Justice").
            if (word is "of" or "in" or "for" or "against" or "on" or "the" && s.At(end) is null && s.Tokens.Count > end + 1 && s.Tokens[end + 1].IsCapitalized
                && (word is not ("in" or "on") || _lexicon.IsWord("org-head", s.Word(end - 1)))
                && s.At(end + 1)?.Resolve() is not { Type: MentionType.Actor, Kind: ActorKind.Country } and not { Locative: true })
            {
                end++;
                continue;
            }

            if (s.Tokens[end] is { IsWord: true, IsCapitalized: true } && s.At(end)?.Resolve() is not { Kind: ActorKind.Person } && s.At(end) is not { Type: MentionType.Title }
                && !(end > item.End && _lexicon.IsGivenName(s.Word(end))))
            {
                end = Math.Max(end + 1, s.At(end)?.End ?? 0);
                continue;
            }

            break;
        }

        if (end >= s.Tokens.Count || s.Word(end) is not ("," or ";" or "." or "(") || !s.Tokens[end - 1].IsCapitalized
            || (joinedByAnd && !(s.Word(end) == "," && s.Tokens.Count > end + 1 && s.Tokens[end + 1] is { IsWord: true, IsCapitalized: true })))
        {
            return null;
        }

        var whole = Actor(item.Start, end, Join(s.Tokens, item.Start, end), ActorKind.Organization, EntityForm.Name, Join(s.Tokens, item.Start, end));
        s.Replace(item, whole);
        return whole;
    }
}
