using ActorGraph.Core.Model;

namespace ActorGraph.Extraction;

// Names: which runs of capitalized words are people, and where a name ends.
public sealed partial class Extractor
{
    /// <summary>"Korea-based", "Dubai-registered": a name made an adjective by a lowercase ending after a dash.</summary>
    private static bool IsDashAdjective(string word) =>
        word.LastIndexOf('-') is > 0 and var dash && dash + 1 < word.Length && char.IsLower(word[dash + 1]) && char.IsUpper(word[0]);

    private int NameChunk(List<Token> tokens, int i)
    {
        var end = i;
        while (end < tokens.Count && end - i < 8)
        {
            var token = tokens[end];
            if (token.IsWord && token.IsCapitalized && IsDashAdjective(token.Text))
            {
                return end - i + 1;
            }

            if (token.IsWord && token.IsCapitalized)
            {
                // "head of Russia's Chechen Republic Ramzan Kadyrov": a given name and surname after a body's or a
                // place's last word start a name of their own.
                if (end > i && _lexicon.IsGivenName(token.Text) && end + 1 < tokens.Count && tokens[end + 1] is { IsWord: true, IsCapitalized: true }
                    && (_lexicon.IsWord("org-head", tokens[end - 1].Text) || _lexicon.IsWord("place-head", tokens[end - 1].Text) || tokens[end - 1].Text == "Republic"))
                {
                    break;
                }

                // "Hossein Amir Abdollahian": a one-word title between two parts of a name is part of the name.
                var innerTitle = MatchTitle(tokens, end, out _, out _) is var titleWords and > 0
                    && !(titleWords == 1 && end + 1 < tokens.Count && tokens[end + 1].IsCapitalized && tokens[end + 1].IsWord
                        && (IsNameParticle(tokens[end - 1].Text) || Enumerable.Range(i, end - i).Any(x => _lexicon.IsGivenName(tokens[x].Text))));
                if (end > i && (MatchEntity(tokens, end, out _) > 0 || innerTitle))
                {
                    break;
                }

                end++;
                continue;
            }

            // "Ralph E. Gonsalves", "Donald J. Trump": a middle initial and its dot inside a name.
            if (end > i && token.Text == "." && tokens[end - 1].Text is { Length: 1 } initial && char.IsUpper(initial[0]) && end - 1 > i
                && end + 1 < tokens.Count && tokens[end + 1] is { IsWord: true, IsCapitalized: true } && tokens[end + 1].Text.Length > 1)
            {
                end++;
                continue;
            }

            // "Mohammed-Hossein Bagheri", "Jean-Yves Le Drian": a hyphenated given name, written without spaces, before a
            // surname. "US-Russia talks" are two names: neither part of a given name is a country or body.
            if (end > i && token.Text == "-" && HyphenatedGivenName(tokens, end))
            {
                end++;
                continue;
            }

            if (end > i && IsNameParticle(token.Text) && end + 1 < tokens.Count && tokens[end + 1].IsCapitalized)
            {
                end++;
                continue;
            }

            // "al-Hayya", "el-Sisi": a particle joined to a capitalized name.
            if (end > i && token.IsParticleName)
            {
                end++;
                continue;
            }

            // "Ferdinand R. Marcos, Jr.", "Martin Luther King Jr.": a generational suffix ends the name.
            if (end > i + 1 && GenerationalSuffix(tokens, end) is var suffix and > 0)
            {
                end += suffix;
            }

            break;
        }

        return end - i;
    }

    /// <summary>How many tokens of ", Jr." or "Jr." (a <c>name-suffix</c> of words.tsv) start at <paramref name="k"/>; 0 for none.</summary>
    private int GenerationalSuffix(List<Token> tokens, int k)
    {
        var comma = k < tokens.Count && tokens[k].Text == "," ? 1 : 0;
        var at = k + comma;
        if (at >= tokens.Count || !_lexicon.IsWord("name-suffix", tokens[at].Text))
        {
            return 0;
        }

        var dot = at + 1 < tokens.Count && tokens[at + 1].Text == "." && tokens[at + 1].Start == tokens[at].End ? 1 : 0;
        return comma + 1 + dot;
    }

    private bool HyphenatedGivenName(List<Token> tokens, int dash) =>
        dash + 2 < tokens.Count
        && tokens[dash - 1] is { IsWord: true, IsCapitalized: true } before && before.End == tokens[dash].Start
        && tokens[dash + 1] is { IsWord: true, IsCapitalized: true } after && after.Start == tokens[dash].End
        && tokens[dash + 2] is { IsWord: true, IsCapitalized: true } && tokens[dash + 2].Start > after.End
        && (_lexicon.IsGivenName(before.Text) || _lexicon.IsGivenName(after.Text))
        && MatchEntity(tokens, dash - 1, out _) == 0 && MatchEntity(tokens, dash + 1, out _) == 0;

    private static bool IsNameParticle(string word) =>
        word is "bin" or "ibn" or "bint" or "al" or "el" or "de" or "da" or "van" or "von" or "der" or "den" or "la" or "le" or "du" or "dos" or "abu"
        || word.StartsWith("al-", StringComparison.Ordinal) || word.StartsWith("el-", StringComparison.Ordinal);

    private Mention? ClassifyName(SentenceContext s, DocumentState document, int start, int end, bool learning)
    {
        var tokens = s.Tokens;
        var honorific = false;
        while (start < end && (_lexicon.IsWord("not-a-name", tokens[start].Text) || _lexicon.IsWord("honorific", tokens[start].Text)))
        {
            honorific |= _lexicon.IsWord("honorific", tokens[start].Text);
            start++;
        }

        // "MNA Raza Rabbani Khar": an acronym before a name of two words or more is the person's post, not part of the name.
        if (end - start >= 3 && IsAcronym(tokens[start].Text) && tokens[start + 1].Text.Any(char.IsLower) && tokens[start + 2].Text.Any(char.IsLower))
        {
            start++;
        }

        if (start >= end)
        {
            return null;
        }

        // "Special", "Presidential", "Senior": words that qualify a title are never a name on their own.
        if (Enumerable.Range(start, end - start).All(k => _lexicon.IsCue("qualifier", tokens[k].Text)))
        {
            return null;
        }

        var surface = Join(tokens, start, end);

        // "Karl Kolb Co.", "Mehta Trading Limited": a firm's ending makes the name a company's, whoever it is named after
        // ("Sons Private Limited" after "Akhtar and" is the end of a firm's name, found with its start).
        if (end - start >= 2 && _lexicon.IsWord("company-word", tokens[end - 1].Text) && !_lexicon.IsWord("company-word", tokens[start].Text))
        {
            return Actor(start, end, surface, ActorKind.Organization, EntityForm.Name, surface);
        }

        // "KYIV, Aug 24 -" and "ABUJA -" are datelines, not bodies.
        var dateline = start == 0 && end < tokens.Count && tokens[end].Text is "," or "-" or "(";
        if (end - start == 1 && IsAcronym(tokens[start].Text) && !dateline
            && !_lexicon.TryEntity(tokens[start].Text[..1] + tokens[start].Text[1..].ToLowerInvariant(), out _))
        {
            // An unknown acronym in news is almost always a body: "PDVSA", "ELN".
            return Actor(start, end, surface, ActorKind.Organization, EntityForm.Name, surface);
        }

        // "Hassan Sheikh Mohamud", "Sheikh Hasina": a head of state or government known by this whole name, whatever
        // words it holds.
        if (end - start >= 2 && _lexicon.IsOfficeHolder(surface))
        {
            if (learning)
            {
                document.LearnPerson(surface, tokens[end - 1].Text);
            }

            return Person(start, end, _lexicon.CanonicalPersonName(surface), surface);
        }

        var titledName = end - start >= 2 && s.Mentions.Count > 0 && s.Mentions[^1] is { Type: MentionType.Title } before && before.End == start;
        for (var k = start; k < end; k++)
        {
            // "V.V. Putin", "Adams G.R. Oloo": dotted initials before a surname are part of the name, not an acronym.
            var initials = k < end - 1 && IsDottedInitials(tokens[k].Text);
            // "Vice Premier Liu He", "Vice Premier He Lifeng": after a title, a surname that is also a word is a name.
            if (titledName && _lexicon.IsWord("surname-word", tokens[k].Text))
            {
                continue;
            }

            if (_lexicon.IsWord("place-head", tokens[k].Text) || _lexicon.IsWord("not-a-name", tokens[k].Text)
                || (!initials && tokens[k].Text.All(c => char.IsUpper(c) || !char.IsLetter(c)) && tokens[k].Text.Length > 1))
            {
                return null;
            }
        }

        // A single unknown name right before a title is the body the title is of: "Mossad chief", "Hamas leader".
        if (end - start == 1 && document.PersonBySurname(tokens[start].Text) is null && MatchTitle(tokens, end, out _, out _) > 0 && end + 1 < tokens.Count)
        {
            return Actor(start, end, surface, ActorKind.Organization, EntityForm.Name, surface);
        }

        var titled = s.Mentions.Count > 0 && s.Mentions[^1].Type == MentionType.Title && (s.Mentions[^1].End == start || (s.Mentions[^1].End == start - 1 && tokens[start - 1].Text == ","));
        if (end - start == 1)
        {
            var word = tokens[start].Text;
            if (document.PersonBySurname(word) is { } known)
            {
                return Person(start, end, known, surface);
            }

            if (_lexicon.PersonBySpelling(word) is { } spelled)
            {
                return Person(start, end, spelled, surface);
            }

            var possessiveTitle = end < tokens.Count && tokens[end].IsPossessive && TitleWithin(tokens, end + 1, 4);
            if (titled && start > 0 || possessiveTitle || honorific)
            {
                if (learning)
                {
                    document.LearnPerson(word, word);
                }

                return Person(start, end, word, surface);
            }

            return null;
        }

        var name = _lexicon.CanonicalPersonName(surface);
        var personContext = titled
            || honorific
            || s.ListItem
            || _lexicon.IsGivenName(tokens[start].Text)
            || _lexicon.PersonBySpelling(surface) is not null
            || document.IsKnownPerson(name)
            || document.PersonBySurname(tokens[end - 1].Text) is not null
            || tokens.Skip(start).Take(end - start).Any(t => IsNameParticle(t.Text))
            || (end < tokens.Count && _lexicon.IsCue("speech-verb", tokens[end].Text))
            || (start > 0 && _lexicon.IsWord("person-noun", tokens[start - 1].Text))
            || (start > 1 && tokens[start - 1].Text == "," && _lexicon.IsWord("person-noun", tokens[start - 2].Text) && end - start >= 2)
            || (start > 0 && (_lexicon.IsCue("appoint-verb", tokens[start - 1].Text) || (_lexicon.IsCue("replace-verb", tokens[start - 1].Text) && end - start >= 2)))
            || BodyTitled(s, start)
            || (end - start >= 2 && start > 0 && tokens[start - 1].Text is "," or "and" && s.Mentions.Count > 0 && s.Mentions[^1] is { Type: MentionType.Actor, Kind: ActorKind.Person } listed
                && listed.Resolve().End >= start - 2)
            || (end - start >= 2 && start > 1 && tokens[start - 1].Text == ":" && _lexicon.IsWord("person-noun", tokens[start - 2].Text))
            || (end + 1 < tokens.Count && tokens[end].Text == "as" && TitleWithin(tokens, end + 1, 4))
            || (end + 1 < tokens.Count && tokens[end].Text is "," or "–" or "—" or "-" or "(" && (tokens[end + 1].Text is "a" or "an" or "the" or "who" || TitleWithin(tokens, end + 1, 4)));
        if (!personContext)
        {
            return null;
        }

        if (learning)
        {
            document.LearnPerson(name, tokens[end - 1].Text);
        }

        return Person(start, end, name, surface);
    }

    /// <summary>"The Chairperson of the African Union Commission Moussa Faki": a name right after "title of body".</summary>
    private static bool BodyTitled(SentenceContext s, int start)
    {
        // "the Prime Minister of Dominica, Roosevelt Skerrit": a comma may stand between the body and the name.
        var comma = s.Word(start - 1) == "," ? 1 : 0;
        if (s.At(start - 1 - comma) is not { Type: MentionType.Actor, Kind: not ActorKind.Person } body || body.End != start - comma)
        {
            return false;
        }

        var j = body.Start - 1;
        if (s.Word(j) is "the")
        {
            j--;
        }

        return s.Word(j) == "of" && s.At(j - 1) is { Type: MentionType.Title };
    }

    /// <summary>"V.V.", "G.R.": capital letters each followed by a dot, as initials are written before a surname.</summary>
    private static bool IsDottedInitials(string word)
    {
        if (word.Length < 4 || word.Length % 2 != 0)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k += 2)
        {
            if (!char.IsUpper(word[k]) || word[k + 1] != '.')
            {
                return false;
            }
        }

        return true;
    }

    private bool IsAcronym(string word) =>
        word.Length is >= 3 and <= 6 && word.All(c => char.IsUpper(c) || char.IsDigit(c)) && char.IsLetter(word[0]) && !_lexicon.IsWord("not-a-name", word);

    private bool TitleWithin(List<Token> tokens, int from, int window)
    {
        for (var k = from; k < tokens.Count && k < from + window; k++)
        {
            if (MatchTitle(tokens, k, out _, out _) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static Mention Person(int start, int end, string name, string surface) =>
        Actor(start, end, name, ActorKind.Person, EntityForm.Name, surface);

    // ---------------------------------------------------------------- groups and places
}
