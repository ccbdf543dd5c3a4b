using System.Text;
using ActorGraph.Core.Model;

namespace ActorGraph.Extraction;

/// <summary>
/// Finds actors, roles and relations in news text with deterministic rules over tokens and lexicons: no network,
/// no model. Every role and relation carries the sentence that states it and the name of the rule that found it.
/// </summary>
/// <remarks>
/// The rules, in order, for each sentence: names are found (lexicon phrases, organizations by their head words,
/// people by given names and context); groups are formed ("the Russian delegation"); titles are bound to the people
/// they precede or follow, taking the country or body before them as what the role is of; then relation cues
/// (verbs, passives and nouns) are read with their subjects and objects. Negation, threats and hypotheticals
/// ("could impose", "threatened sanctions", "not Lukoil") stop a relation.
/// </remarks>
public sealed partial class Extractor
{
    private readonly Lexicon _lexicon;

    /// <summary>Creates an extractor over <paramref name="lexicon"/> (the built-in lexicons when null).</summary>
    public Extractor(Lexicon? lexicon = null) => _lexicon = lexicon ?? Lexicon.Default;

    /// <summary>Extracts from plain text, as if it were an article with no header.</summary>
    public ExtractionResult Extract(string text) => Extract(new Article(null, null, null, text, 1));

    /// <summary>Extracts the actors, roles and relations <paramref name="article"/> states.</summary>
    public ExtractionResult Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var document = new DocumentState(article, _lexicon);
        var sentences = SentenceSplitter.Split(article.Text).ToList();

        // A first pass learns the people's full names, so that "Lavrov" resolves wherever it appears.
        var analysed = new List<SentenceContext>(sentences.Count);
        foreach (var sentence in sentences)
        {
            // A headline repeated in the body is still a headline: it gives context, not relations.
            if (sentence.Text.Length > MaxSentenceChars || IsHeadline(article, sentence.Text))
            {
                continue;
            }

            var context = new SentenceContext(sentence, sentence.Line + article.TextLine - 1, Tokenizer.Tokenize(sentence.Text));
            FindMentions(context, document, learning: true);
            analysed.Add(context);
        }

        foreach (var context in analysed)
        {
            context.Reset();
            context.ListItem = document.Notice is not null && IsListItemLine(context.Tokens);
            FindMentions(context, document, learning: false);
            FormGroups(context);
            MarkPlaces(context);
            BindRoles(context, document);
            FindEndings(context, document);
            FindRelations(context, document);
            ReadNotice(context, document);
            foreach (var mention in context.Mentions)
            {
                if (mention.Type == MentionType.Actor && mention.Head is null && !mention.Locative)
                {
                    document.Note(mention.Name, mention.Kind, mention.Surface);
                }

                if (mention is { Type: MentionType.Actor, Kind: ActorKind.Country })
                {
                    document.NameCountry(mention.Name);
                }
            }
        }

        PastRoleEndings(document);
        return document.Finish();
    }

    private static bool IsHeadline(Article article, string sentence) =>
        article.Title is { Length: > 0 } title && string.Equals(sentence.Trim().TrimEnd('.'), title.Trim().TrimEnd('.'), StringComparison.OrdinalIgnoreCase);

    /// <summary>Sentences longer than this are not tokens of prose (tables, dumps) and are skipped.</summary>
    private const int MaxSentenceChars = 4000;

    // ---------------------------------------------------------------- names

    private void FindMentions(SentenceContext s, DocumentState document, bool learning)
    {
        var tokens = s.Tokens;
        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            if (!token.IsWord)
            {
                i++;
                continue;
            }

            var entityLength = MatchEntity(tokens, i, out var entry);
            var titleLength = MatchTitle(tokens, i, out var titleClass, out var titleText);
            var orgLength = token.IsCapitalized ? MatchOrganization(tokens, i) : 0;
            if (orgLength > 0 && orgLength > entityLength && orgLength > titleLength)
            {
                var surface = Join(tokens, i, i + orgLength);
                var name = surface.StartsWith("The ", StringComparison.Ordinal) ? surface[4..] : surface;

                // "the Government of Canada" acts as Canada.
                if (name.StartsWith("Government of ", StringComparison.Ordinal) && _lexicon.TryEntity(name["Government of ".Length..], out var governed) && governed.Kind == ActorKind.Country)
                {
                    s.Add(Actor(i, i + orgLength, governed.Name, ActorKind.Country, EntityForm.Name, surface));
                    i += orgLength;
                    continue;
                }

                if (_lexicon.TryEntity(name, out var known))
                {
                    s.Add(Actor(i, i + orgLength, known.Name, known.Kind, EntityForm.Name, surface));
                }
                else
                {
                    s.Add(Actor(i, i + orgLength, name, ActorKind.Organization, EntityForm.Name, surface));
                }

                i += orgLength;
                continue;
            }

            // "Santiago Caputo", "Paris Hilton": a capital followed by a capitalized word starts a person's name.
            if (entityLength > 0 && entry!.Form == EntityForm.Metonym && i + entityLength < tokens.Count && tokens[i + entityLength].IsCapitalized
                && tokens[i + entityLength].IsWord && MatchEntity(tokens, i + entityLength, out _) == 0 && MatchTitle(tokens, i + entityLength, out _, out _) == 0
                && !_lexicon.IsWord("org-head", tokens[i + entityLength].Text) && !_lexicon.IsWord("not-a-name", tokens[i + entityLength].Text))
            {
                entityLength = 0;
            }

            if (entityLength > 0 && entityLength >= titleLength)
            {
                s.Add(Actor(i, i + entityLength, entry!.Name, entry.Kind, entry.Form, Join(tokens, i, i + entityLength)));
                i += entityLength;
                continue;
            }

            // "the president", "the prime minister": the article's holder of that title, once one was named.
            // "the department", "the ministry": the body of that kind the article named last.
            if (token.Text is "the" or "The" && !learning && i + 1 < tokens.Count && _lexicon.IsCue("body-anaphor", tokens[i + 1].Text)
                && !(i + 2 < tokens.Count && (tokens[i + 2].IsCapitalized || tokens[i + 2].Text is "of" or "'s"))
                && document.LastOrganizationWith(tokens[i + 1].Text) is { } body)
            {
                s.Add(Actor(i, i + 2, body, ActorKind.Organization, EntityForm.Name, Join(tokens, i, i + 2)));
                i += 2;
                continue;
            }

            if (token.Text is "the" or "The" && !learning && i + 1 < tokens.Count
                && MatchTitle(tokens, i + 1, out var leaderClass, out var leaderTitle) is var leaderLength and > 0
                && leaderClass is TitleClass.HeadOfState or TitleClass.HeadOfGovernment
                && s.Word(i + 1 + leaderLength) != "of"
                && !(i + 1 + leaderLength < tokens.Count && tokens[i + 1 + leaderLength].IsCapitalized && tokens[i + 1 + leaderLength].IsWord))
            {
                if (document.LeaderByTitle(leaderTitle!) is { } leader)
                {
                    s.Add(Person(i, i + 1 + leaderLength, leader, Join(tokens, i, i + 1 + leaderLength)));
                    i += 1 + leaderLength;
                    continue;
                }

                // "the Prime Minister" before the article names its holder with that title: placed at the end.
                document.NoteBareLeaderTitle(leaderTitle!, leaderClass, s.Sentence.Text, s.Line);
            }

            // "Amir Khan Muttaqi", "Sultan Al Jaber": a one-word title that is also a given name starts a name when two
            // more capitalized words follow that are no title, honorific or known name; "Qatari Amir Tamim bin Hamad" and
            // "Sultan Haitham bin Tariq" keep their title.
            if (titleLength == 1 && _lexicon.IsGivenName(token.Text) && i + 2 < tokens.Count
                && tokens[i + 1] is { IsWord: true, IsCapitalized: true } && tokens[i + 2] is { IsWord: true, IsCapitalized: true }
                && !_lexicon.IsWord("honorific", tokens[i + 1].Text) && MatchTitle(tokens, i + 1, out _, out _) == 0 && MatchEntity(tokens, i + 1, out _) == 0
                && !(s.Mentions.Count > 0 && s.Mentions[^1].End == i && s.Mentions[^1].Type == MentionType.Actor))
            {
                titleLength = 0;
            }

            if (titleLength > 0)
            {
                s.Add(new Mention
                {
                    Start = i, End = i + titleLength, Type = MentionType.Title, Name = titleText!, TitleClass = titleClass,
                    Surface = Join(tokens, i, i + titleLength),
                });
                i += titleLength;
                continue;
            }

            if (token.IsCapitalized)
            {
                var length = NameChunk(tokens, i);
                if (ClassifyName(s, document, i, i + length, learning) is { } person)
                {
                    // "the Yoon Suk Yeol administration", "the Trump government", "the Kishida cabinet": a head's administration acts as the country.
                    if (i + length < tokens.Count && tokens[i + length].Text is "administration" or "government" or "cabinet"
                        && (_lexicon.CountryOfOffice(person.Name, TitleClass.HeadOfState, document.Published) ?? _lexicon.CountryOfOffice(person.Name, TitleClass.HeadOfGovernment, document.Published)) is { } governed)
                    {
                        s.Add(Actor(person.Start, i + length + 1, governed, ActorKind.Country, EntityForm.Name, Join(tokens, person.Start, i + length + 1)));
                        i += length + 1;
                        continue;
                    }

                    s.Add(person);
                }

                i += Math.Max(1, length);
                continue;
            }

            i++;
        }
    }

    private static Mention Actor(int start, int end, string name, ActorKind kind, EntityForm form, string surface) =>
        new() { Start = start, End = end, Type = MentionType.Actor, Name = name, Kind = kind, Form = form, Surface = surface };

    private int MatchEntity(List<Token> tokens, int i, out LexiconEntry? entry)
    {
        entry = null;
        if (!tokens[i].IsCapitalized && tokens[i].Text != "the")
        {
            return 0;
        }

        // The phrase grows a token at a time in one buffer, looked up as a span, and stops as soon as no entity
        // phrase goes on from it.
        var best = 0;
        Span<char> buffer = stackalloc char[256];
        var used = 0;
        for (var length = 1; length <= _lexicon.MaxEntityTokens && i + length <= tokens.Count; length++)
        {
            var word = tokens[i + length - 1].Text;
            if (used + word.Length + 1 > buffer.Length)
            {
                break;
            }

            if (length > 1)
            {
                buffer[used++] = ' ';
            }

            word.CopyTo(buffer[used..]);
            used += word.Length;
            var key = buffer[..used];
            if (_lexicon.TryEntity(key, out var found))
            {
                best = length;
                entry = found;
            }

            if (!_lexicon.IsEntityPrefix(key))
            {
                break;
            }
        }

        // "Russian" is the country, but "Russian Direct Investment Fund" is matched as an organization by the caller.
        return best;
    }

    private int MatchTitle(List<Token> tokens, int i, out TitleClass titleClass, out string? text)
    {
        titleClass = TitleClass.Other;
        text = null;
        // As in MatchEntity: one buffer, span look-ups, and no longer phrase tried once no title goes on.
        var best = 0;
        Span<char> buffer = stackalloc char[256];
        var used = 0;
        for (var length = 1; length <= _lexicon.MaxTitleTokens && i + length <= tokens.Count; length++)
        {
            var word = tokens[i + length - 1].Text;
            if (length == 1 || HasTitleSuffix(word))
            {
                word = StripTimeMarks(word);
            }

            if (used + word.Length + 1 > buffer.Length)
            {
                break;
            }

            // "Secretary-General" is split at its hyphen like "US-Russia"; a title joins it again.
            var joined = length > 1 && (word == "-" || tokens[i + length - 2].Text == "-") && tokens[i + length - 1].Start == tokens[i + length - 2].End;
            if (length > 1 && !joined)
            {
                buffer[used++] = ' ';
            }

            word.CopyTo(buffer[used..]);
            used += word.Length;
            var key = buffer[..used];
            if (_lexicon.TryTitle(key, out var found))
            {
                best = length;
                titleClass = found;
                text = key.ToString();
            }

            if (!_lexicon.IsTitlePrefix(key))
            {
                break;
            }
        }

        if (best == 1 && VerbLikeTitle(tokens, i))
        {
            return 0;
        }

        // "Minister of Interior", "Minister of Foreign Affairs": the portfolio after "of" is part of the title when
        // it names no actor (the Ministry is a body; the minister's portfolio is not).
        if (best > 0 && titleClass == TitleClass.Minister && tokens[i + best - 1].Text is "Minister" or "minister"
            && i + best + 1 < tokens.Count && tokens[i + best].Text == "of")
        {
            var from = i + best + 1;
            var end = from;
            while (end < tokens.Count && end - from < 3 && tokens[end] is { IsWord: true, IsCapitalized: true } && MatchEntity(tokens, end, out _) == 0 && MatchOrganization(tokens, end) == 0)
            {
                end++;
            }

            if (end > from)
            {
                text += " of " + Join(tokens, from, end);
                best = end - i;
            }
        }

        return best;
    }

    private static readonly string[] TitleSuffixes = ["-elect", "-designate"];

    private static bool HasTitleSuffix(string word)
    {
        foreach (var suffix in TitleSuffixes)
        {
            if (word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool VerbLikeTitle(List<Token> tokens, int i)
    {
        // "will head to Kyiv", "to chair the meeting", "heads of state".
        var word = tokens[i].Text;
        if (word is not ("head" or "chair" or "heads"))
        {
            return false;
        }

        var previous = i > 0 ? tokens[i - 1].Text : string.Empty;
        var next = i + 1 < tokens.Count ? tokens[i + 1].Text : string.Empty;
        // "and head of Russia's Chechen Republic Ramzan Kadyrov" is the title.
        return previous is "will" or "to" or "would" || (previous == "and" && next != "of") || next is "to" or "for" or "towards" or "toward";
    }

    private void FormGroups(SentenceContext s)
    {
        var tokens = s.Tokens;

        // The mentions as they stand before any group replaces them, in a rented array: a list copied per sentence
        // was a fair share of extraction's garbage.
        var count = s.Mentions.Count;
        var found = System.Buffers.ArrayPool<Mention>.Shared.Rent(Math.Max(count, 1));
        try
        {
            s.Mentions.CopyTo(found);
            FormGroups(s, tokens, found.AsSpan(0, count));
        }
        finally
        {
            System.Buffers.ArrayPool<Mention>.Shared.Return(found, clearArray: true);
        }
    }

    private void FormGroups(SentenceContext s, List<Token> tokens, ReadOnlySpan<Mention> mentions)
    {
        foreach (var m in mentions)
        {
            if (m.Type != MentionType.Actor || m.Kind is ActorKind.Person or ActorKind.Group || m.Head is not null)
            {
                continue;
            }

            var k = m.End;
            if (k < tokens.Count && tokens[k].IsPossessive)
            {
                k++;
            }

            var prefix = m.Kind == ActorKind.Country ? _lexicon.GroupPrefix(m.Name) : m.Name;
            var nounLength = GroupNounAt(tokens, k);
            if (nounLength > 0)
            {
                s.Replace(m, Actor(m.Start, k + nounLength, prefix + " delegation", ActorKind.Group, EntityForm.Name, Join(tokens, m.Start, k + nounLength)));
                continue;
            }

            // "the Sudanese army", "the Colombian government", "Venezuela's opposition"
            // "Sudanese army chief" heads the army; but "Niger's military leader" leads Niger, so no body before "leader".
            if (m.Kind == ActorKind.Country && k < tokens.Count && _lexicon.IsWord("body-noun", tokens[k].Text)
                && !(k + 1 < tokens.Count && tokens[k + 1].Text.Equals("leader", StringComparison.OrdinalIgnoreCase))
                && !(k + 1 < tokens.Count && _lexicon.IsWord("non-state", tokens[k + 1].Text))
                && !(k + 1 < tokens.Count && _lexicon.IsWord("person-noun", tokens[k + 1].Text)))
            {
                s.Replace(m, Actor(m.Start, k + 1, prefix + " " + tokens[k].Text, BodyKind(tokens[k].Text), EntityForm.Name, Join(tokens, m.Start, k + 1)));

                // "between the Venezuelan government and the opposition": a bare body coordinated with a country's
                // body is that country's too.
                var other = s.Word(k + 1) == "and" ? (s.Word(k + 2) == "the" ? k + 3 : k + 2) : -1;
                if (other > 0 && other < tokens.Count && s.At(other) is null && _lexicon.IsWord("body-noun", tokens[other].Text) && tokens[other].Text != tokens[k].Text
                    && !(other + 1 < tokens.Count && (tokens[other + 1].IsCapitalized || tokens[other + 1].IsPossessive || tokens[other + 1].Text == "of")))
                {
                    s.Add(Actor(k + 2, other + 1, prefix + " " + tokens[other].Text, BodyKind(tokens[other].Text), EntityForm.Name, Join(tokens, k + 2, other + 1)));
                }

                continue;
            }

            // "Iran's intelligence ministry", "the Ukrainian presidential office", "Myanmar's military regime": a
            // country's body named in lowercase words, one that qualifies and one that names a body.
            if (m.Kind == ActorKind.Country && k + 1 < tokens.Count && s.At(k) is null && s.At(k + 1) is null
                && _lexicon.IsWord("body-qualifier", tokens[k].Text) && _lexicon.IsWord("state-body-noun", tokens[k + 1].Text)
                && !(k + 2 < tokens.Count && (tokens[k + 2].IsCapitalized || _lexicon.IsWord("person-noun", tokens[k + 2].Text))))
            {
                var body = prefix + " " + tokens[k].Text + " " + tokens[k + 1].Text;
                s.Replace(m, Actor(m.Start, k + 2, body, ActorKind.Organization, EntityForm.Name, Join(tokens, m.Start, k + 2)));
                continue;
            }

            // "Iran's Foreign Ministry", "Seoul's Defence Ministry": a country's ministry named by its portfolio is
            // the country's, named as "the Iranian Foreign Ministry" names it.
            if (m.Kind == ActorKind.Country && k > m.End && s.At(k) is { Type: MentionType.Actor, Kind: ActorKind.Organization, Head: null } ministry
                && ministry.Start == k && _lexicon.IsWord("state-body", ministry.Name))
            {
                s.Replace(m, Actor(m.Start, ministry.End, prefix + " " + ministry.Name, ActorKind.Organization, EntityForm.Name, Join(tokens, m.Start, ministry.End)));
                continue;
            }

            // "a delegation from Ukraine", "the delegation of Russia"
            if (m.Start >= 2 && tokens[m.Start - 1].Text is "from" or "of" && GroupNounAt(tokens, m.Start - 2) == 1)
            {
                s.Replace(m, Actor(m.Start - 2, m.End, prefix + " delegation", ActorKind.Group, EntityForm.Name, Join(tokens, m.Start - 2, m.End)));
            }
        }
    }

    private static ActorKind BodyKind(string noun) => noun == "opposition" ? ActorKind.Group : ActorKind.Organization;

    private int GroupNounAt(List<Token> tokens, int k)
    {
        if (k >= tokens.Count)
        {
            return 0;
        }

        if (k + 1 < tokens.Count && _lexicon.IsWord("group-noun", tokens[k].Text + " " + tokens[k + 1].Text))
        {
            return 2;
        }

        return _lexicon.IsWord("group-noun", tokens[k].Text) ? 1 : 0;
    }

    private void MarkPlaces(SentenceContext s)
    {
        foreach (var m in s.Mentions)
        {
            // "officials from India" is India acting; "returned from Moscow" is a place.
            if (m.Type == MentionType.Actor && m.Kind == ActorKind.Country && m.Form != EntityForm.Demonym && m.Start > 0
                && _lexicon.IsCue("locative", s.Tokens[m.Start - 1].Text) && !(m.Form == EntityForm.Name && s.Tokens[m.Start - 1].Text is "from" or "From")
                && s.At(m.End) is not { Type: MentionType.Title })
            {
                m.Locative = true;
            }
        }
    }

    internal static string Join(List<Token> tokens, int start, int end)
    {
        var builder = new StringBuilder();
        for (var k = start; k < end; k++)
        {
            var token = tokens[k];
            if (k > start && token.Start > tokens[k - 1].End)
            {
                builder.Append(' ');
            }

            builder.Append(token.Text);
        }

        return builder.ToString();
    }
}
