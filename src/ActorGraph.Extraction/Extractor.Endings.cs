using ActorGraph.Core.Model;

namespace ActorGraph.Extraction;

// Endings: relations a report says are over ("lifted sanctions on", "no longer leads", "a former adviser to",
// "the former head of") are kept, with their last day (the day before publication), rather than dropped. Without the
// article's date an ending has no day to carry and is left out, as past roles are.
public sealed partial class Extractor
{
    private const double EndingConfidence = 0.8;

    private void FindEndings(SentenceContext s, DocumentState document)
    {
        if (document.Published is not { } published)
        {
            return;
        }

        var until = published.AddDays(-1);
        for (var k = 0; k < s.Tokens.Count; k++)
        {
            if (!s.Tokens[k].IsWord)
            {
                continue;
            }

            var word = s.Word(k);

            // "former" may open a title mention ("a former adviser to"), so it is read whatever covers it.
            if (_lexicon.IsCue("past-flag", word) && _lexicon.IsCue("aide-noun", s.Word(k + 1)) && s.Word(k + 2) == "to")
            {
                FormerAide(s, document, k, until);
            }
            else if (s.At(k) is not null)
            {
                continue;
            }
            else if (_lexicon.IsCue("lift-verb", word))
            {
                LiftedSanctions(s, document, k, until);
            }
            else if (string.Equals(word, "longer", StringComparison.OrdinalIgnoreCase) && string.Equals(s.Word(k - 1), "no", StringComparison.OrdinalIgnoreCase))
            {
                NoLonger(s, document, k, until);
            }
        }
    }

    /// <summary>"The EU lifted sanctions on Syria", "sanctions against Belarus were eased by Washington".</summary>
    private void LiftedSanctions(SentenceContext s, DocumentState document, int k, DateOnly until)
    {
        if (s.Word(k + 1) == "by")
        {
            // Passive: the sanctions and their target come before the verb.
            var agent = Objects(s, k + 1).FirstOrDefault();
            var before = Enumerable.Range(Math.Max(0, k - 8), Math.Min(8, k)).LastOrDefault(j => s.At(j) is null && _lexicon.IsCue("sanction-noun", s.Word(j)), -1);
            if (agent is not null && before >= 0)
            {
                // "sanctions against Belarus": the objects follow the preposition after the noun.
                foreach (var target in Objects(s, before + 1).Where(t => t.Start < k))
                {
                    document.AddEnding(agent, RelationKind.Sanctions, target, EndingConfidence, s, "ends.sanctions-lifted", until);
                }
            }

            return;
        }

        var noun = Enumerable.Range(k + 1, 3).FirstOrDefault(j => s.At(j) is null && _lexicon.IsCue("sanction-noun", s.Word(j)), -1);
        if (noun < 0 || s.Word(noun + 1) is not ("on" or "against" or "imposed" or "targeting"))
        {
            return;
        }

        var preposition = s.Word(noun + 1) == "imposed" ? noun + 2 : noun + 1;
        var subjects = Subjects(s, k, out _);
        foreach (var subject in subjects)
        {
            foreach (var target in Objects(s, preposition))
            {
                document.AddEnding(subject, RelationKind.Sanctions, target, EndingConfidence, s, "ends.sanctions-lifted", until);
            }
        }
    }

    /// <summary>"Ushakov no longer advises Putin", "the minister no longer heads the delegation".</summary>
    private void NoLonger(SentenceContext s, DocumentState document, int k, DateOnly until)
    {
        var verb = k + 1;
        RelationKind kind;
        if (_lexicon.IsCue("lead-verb", s.Word(verb)))
        {
            kind = RelationKind.Leads;
        }
        else if (_lexicon.IsCue("advise-verb", s.Word(verb)))
        {
            kind = RelationKind.Advises;
        }
        else if (_lexicon.IsCue("sanction-verb", s.Word(verb)))
        {
            kind = RelationKind.Sanctions;
        }
        else
        {
            return;
        }

        var subjects = Subjects(s, k - 1, out _);
        foreach (var subject in subjects)
        {
            foreach (var target in Objects(s, verb))
            {
                if (kind != RelationKind.Leads || target.Kind is ActorKind.Group or ActorKind.Organization or ActorKind.Country)
                {
                    document.AddEnding(subject, kind, target, EndingConfidence, s, "ends.no-longer", until);
                }
            }
        }
    }

    /// <summary>"John Bolton, a former adviser to Donald Trump": ADVISES, ended.</summary>
    private void FormerAide(SentenceContext s, DocumentState document, int k, DateOnly until)
    {
        var principal = Objects(s, k + 2).FirstOrDefault();
        if (principal is null)
        {
            return;
        }

        var j = k - 1;
        while (j >= 0 && s.At(j) is null && s.Word(j) is "," or "a" or "an" or "the" or "his" or "her" or "their" or "its")
        {
            j--;
        }

        if (s.At(j)?.Resolve() is { Type: MentionType.Actor, Kind: ActorKind.Person } aide)
        {
            document.AddEnding(aide, RelationKind.Advises, principal, EndingConfidence, s, "ends.former-aide", until);
        }
    }

    /// <summary>
    /// "the former head of the Wagner Group X", "ex-President of Ukraine Y": a past role whose title leads its body
    /// ends the LEADS relation to it; a past adviser's role ends ADVISES.
    /// </summary>
    private void PastRoleEndings(DocumentState document)
    {
        foreach (var role in document.PastRoles)
        {
            if (role.Of is not { } of || role.Until is not { } until)
            {
                continue;
            }

            switch (LastTitleClass(role.Title))
            {
                case TitleClass.Head or TitleClass.HeadOfState or TitleClass.HeadOfGovernment:
                    document.AddEnding(role.Person, RelationKind.Leads, of, EndingConfidence, role.Evidence, "ends.former-head", role.Line, until);
                    break;
                case TitleClass.Adviser:
                    document.AddEnding(role.Person, RelationKind.Advises, of, EndingConfidence, role.Evidence, "ends.former-aide", role.Line, until);
                    break;
            }
        }
    }

    /// <summary>The class of the longest lexicon title the text ends with ("foreign policy adviser" → adviser).</summary>
    private TitleClass? LastTitleClass(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (_lexicon.TryTitle(string.Join(' ', words[i..]), out var titleClass))
            {
                return titleClass;
            }
        }

        return null;
    }
}
