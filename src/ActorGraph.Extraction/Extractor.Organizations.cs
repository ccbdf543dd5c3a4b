namespace ActorGraph.Extraction;

// Names of bodies: runs of capitalized words built around a head word ("Ministry", "Fund", "Committee").
public sealed partial class Extractor
{
    private int MatchOrganization(List<Token> tokens, int i)
    {
        // A run of capitalized words (with "of", "for", "and", "the" between them) that holds an organization head
        // word names an organization: "Russian Direct Investment Fund", "Ministry of Foreign Affairs", "State Department".
        // "While the Northern Front is …": a word that opens a clause never starts a body's name.
        if (_lexicon.IsCue("clause-break", tokens[i].Text))
        {
            return 0;
        }

        var end = i;
        var lastHead = -1;
        var tail = false;
        while (end < tokens.Count)
        {
            var token = tokens[end];
            if (token.IsWord && (token.IsCapitalized || char.IsDigit(token.Text[0])))
            {
                // "North Korea-based Chinyong ... Company": the organization starts after its adjective.
                if (IsDashAdjective(token.Text) && lastHead < 0)
                {
                    return 0;
                }

                // "member of the National Assembly of France Meyer Habib": a given name and a surname after the body
                // start a person's name.
                if (lastHead >= 0 && end > lastHead + 1 && _lexicon.IsGivenName(token.Text) && !_lexicon.IsWord("org-head", token.Text)
                    && end + 1 < tokens.Count && tokens[end + 1] is { IsWord: true, IsCapitalized: true } && !_lexicon.IsWord("org-head", tokens[end + 1].Text))
                {
                    break;
                }

                if (_lexicon.IsWord("org-head", token.Text))
                {
                    lastHead = end;
                }
                else if (_lexicon.IsWord("place-head", token.Text) && lastHead < 0)
                {
                    return 0;
                }

                end++;
                continue;
            }

            // "Tigray People's Liberation Front", "Sudan People's Liberation Movement": "People's" inside a name.
            if (token.IsPossessive && end > i && tokens[end - 1].Text == "People" && end + 1 < tokens.Count && tokens[end + 1].IsCapitalized)
            {
                end++;
                continue;
            }

            // "Ministry of Trade and Industry", but not "Lockheed Martin and Raytheon Technologies": "and" joins only after a head word,
            // and not right after it ("Lima Holdings and Andes Mining Corporation" are two firms).
            if (token.Text is "of" or "for" or "and" or "on" or "the" && end > i && end + 1 < tokens.Count && tokens[end + 1].IsCapitalized
                && (token.Text != "and" || (lastHead >= 0 && lastHead != end - 1))
                && (HeadAhead(tokens, end + 1) || (lastHead == end - 1 && token.Text is "of" or "for")))
            {
                tail |= lastHead == end - 1;
                end++;
                continue;
            }

            // "Committee for the Peaceful Reunification of the Fatherland", "National Institute for Hospitality and
            // Tourism": once a head word's "of"/"for" part has begun, it runs on through "the", "of" and "and" while
            // capitalized words follow, but not into a place ("Ministry of Foreign Affairs of Russia" is the ministry).
            if (lastHead >= 0 && (tail || (lastHead == end - 1 && token.Text != "and")) && OrganizationTail(tokens, end) is var joined and > 0)
            {
                tail = true;
                end += joined;
                continue;
            }

            break;
        }

        if (lastHead < 0)
        {
            return 0;
        }

        // "the Ministry of Foreign Affairs": the phrase runs past its head word through "of ..." when that part is capitalized.
        var stop = lastHead + 1;
        if (stop < end && tokens[stop].Text is "of" or "for" or "on")
        {
            stop = end;
        }

        // A phrase that is only a head word ("Council", "Treasury") is too vague unless the lexicon knows it.
        if (stop - i == 1 && !_lexicon.TryEntity(tokens[i].Text, out _))
        {
            return 0;
        }

        // "Special Adviser on Energy" is a title with its topic: a title before the first head word is no organization's.
        var firstHead = Enumerable.Range(i, stop - i).First(k => _lexicon.IsWord("org-head", tokens[k].Text));
        for (var k = i + 1; k < firstHead; k++)
        {
            if (MatchTitle(tokens, k, out _, out _) > 0)
            {
                return 0;
            }
        }

        // A title at the start belongs to a person ("Foreign Minister"); an organization does not start with one.
        if (MatchTitle(tokens, i, out _, out _) is var title and > 0 && title < stop - i && !_lexicon.IsWord("org-head", tokens[i + title - 1].Text))
        {
            return 0;
        }

        return stop - i;
    }

    /// <summary>
    /// How many joining words ("of", "for", "and", "the", "of the", "for the") start at <paramref name="k"/> inside an
    /// organization's name: they are followed by a capitalized word that is no title, no person's given name and no
    /// place or country the lexicon knows (a portfolio word such as "Tourism" may be). 0 when the name ends at <paramref name="k"/>.
    /// </summary>
    private int OrganizationTail(List<Token> tokens, int k)
    {
        var joined = tokens[k].Text switch
        {
            "of" or "for" when k + 1 < tokens.Count && tokens[k + 1].Text == "the" => 2,
            "of" or "for" or "and" => 1,
            _ => 0,
        };
        var next = k + joined;
        if (joined == 0 || next >= tokens.Count || tokens[next] is not { IsWord: true, IsCapitalized: true } word)
        {
            return 0;
        }

        // "of the North's army": a possessive opens another phrase.
        if (_lexicon.IsWord("honorific", word.Text) || _lexicon.IsGivenName(word.Text) || MatchTitle(tokens, next, out _, out _) > 0
            || (next + 1 < tokens.Count && tokens[next + 1].IsPossessive))
        {
            return 0;
        }

        // "the Quds Force of the Islamic Revolutionary Guard Corps": a body named after "of the" with a head word of
        // its own is the parent body, another actor.
        if (joined == 2 && HeadAhead(tokens, next))
        {
            return 0;
        }

        // "of Russia", "of the Russian Federation", "and the Kremlin": a known actor or place ends the name before it.
        return MatchEntity(tokens, next, out _) > 0 || _lexicon.IsWord("place-head", word.Text) ? 0 : joined;
    }

    private bool HeadAhead(List<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Count && k < from + 5 && tokens[k].IsCapitalized; k++)
        {
            if (_lexicon.IsWord("org-head", tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }
}
