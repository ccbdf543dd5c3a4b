using ActorGraph.Core.Model;

namespace ActorGraph.Extraction;

// Appointment notices: "... has been pleased to appoint the following Special Assistants to the Prime Minister",
// a sentence that opens a list with a colon, then one appointee a line.
public sealed partial class Extractor
{
    /// <summary>How many sentences an announced title waits for the colon that opens its list.</summary>
    private const int NoticeReach = 3;

    /// <summary>
    /// Reads a sentence as part of an appointment notice: it announces appointees to an adviser's title without
    /// naming them ("appointed the following Special Assistants to the Prime Minister", "inaugurated seven
    /// Presidential Special Advisors"), opens the list with a colon, or is an item of the list, one appointee a line.
    /// </summary>
    private void ReadNotice(SentenceContext s, DocumentState document)
    {
        if (document.Notice is { } notice && s.ListItem)
        {
            foreach (var person in s.Mentions.Where(m => m is { Type: MentionType.Actor, Kind: ActorKind.Person, Head: null }).Take(2))
            {
                AddNoticeAppointee(s, document, notice, person);
            }

            return;
        }

        if (document.Notice is not null)
        {
            document.Notice = null;
        }

        if (AnnouncedTitle(s) is { } announced)
        {
            document.Announced = announced;
            document.SentencesSinceAnnouncement = 0;
        }
        else
        {
            document.SentencesSinceAnnouncement++;
        }

        if (document.Announced is { } pending && document.SentencesSinceAnnouncement <= NoticeReach && s.Word(s.Tokens.Count - 1) == ":")
        {
            document.Notice = pending;
            document.Announced = null;
        }
    }

    /// <summary>
    /// An adviser's title that a sentence's appointment verb gives to people it does not name: a plural title,
    /// or one after "the following" or a number.
    /// </summary>
    private NoticeTitle? AnnouncedTitle(SentenceContext s)
    {
        if (!s.Tokens.Any(t => _lexicon.IsCue("appoint-verb", t.Text)))
        {
            return null;
        }

        foreach (var title in s.Mentions.Where(m => m is { Type: MentionType.Title, TitleClass: TitleClass.Adviser, Head: null }))
        {
            var plural = title.Surface.EndsWith('s');
            var counted = s.Word(title.Start - 1) is "following" || IsCount(s.Word(title.Start - 1));
            if (!plural && !counted || s.Mentions.Any(m => m.Type == MentionType.Actor && m.Kind == ActorKind.Person && m.Start > title.End && m.Start <= title.End + 2))
            {
                continue;
            }

            // "seven Presidential Special Advisors": the qualifiers are part of each appointee's title.
            var left = WalkLeft(s, title.Start - 1, adviserTitle: true);
            var written = string.Join(' ', left.Words.Append(plural ? title.Surface[..^1] : title.Surface));
            var appointer = Appointer(s, title);
            var leaderTitle = appointer is null ? LeaderTitleOf(s, title, left, null) : null;
            return new NoticeTitle(Capitalize(written), leaderTitle, appointer?.Name);
        }

        return null;
    }

    private static void AddNoticeAppointee(SentenceContext s, DocumentState document, NoticeTitle notice, Mention person)
    {
        var role = new ExtractedRole(person.Name, notice.Title, notice.Appointer, null, null, "role.notice", s.Sentence.Text, s.Line);
        document.AddRole(role, ActorKind.Person);
        if (notice.Appointer is { } appointer)
        {
            document.AddAdvice(person.Name, appointer, role, "advises.notice");
        }
        else if (notice.LeaderTitle is { } leaderTitle)
        {
            document.AddTitleAdviser(person.Name, leaderTitle, role);
        }
    }

    private static string Capitalize(string title) =>
        string.Join(' ', title.Split(' ').Select(w => w.Length > 0 && char.IsLower(w[0]) && w is not ("to" or "of" or "for" or "on" or "the") ? char.ToUpperInvariant(w[0]) + w[1..] : w));

    /// <summary>
    /// Whether a sentence, as written on its own line, reads as one item of a list: a bullet first, or only names,
    /// honorifics, separators and "and" ("MNA Raza Rabbani Khar,", "Tasneem Ahmed Qureshi and").
    /// </summary>
    private bool IsListItemLine(List<Token> tokens)
    {
        if (tokens.Count == 0 || tokens.Count > 40)
        {
            return false;
        }

        if (tokens[0].Text is "-" or "•" or "*" or "·")
        {
            return true;
        }

        return tokens.Count <= 14
            && tokens.Any(t => t.IsWord && t.IsCapitalized)
            && tokens.All(t => !t.IsWord || t.IsCapitalized || t.Text is "and" || IsNameParticle(t.Text) || _lexicon.IsWord("honorific", t.Text));
    }
}

/// <summary>An adviser's title announced for appointees a list will name, and whom they advise.</summary>
internal sealed record NoticeTitle(string Title, string? LeaderTitle, string? Appointer);
