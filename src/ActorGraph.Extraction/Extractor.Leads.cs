using ActorGraph.Core.Model;

namespace ActorGraph.Extraction;

// LEADS and ADVISES by verbs ("headed the delegation", "advises the president").
public sealed partial class Extractor
{
    private void Leads(SentenceContext s, DocumentState document, int k)
    {
        if (s.Word(k + 1) == "by")
        {
            // "a delegation led by Foreign Minister Hakan Fidan", "The talks, chaired by ..."
            var agent = Objects(s, k + 1).FirstOrDefault();
            var j = k - 1;
            while (j >= 0 && s.At(j) is null && s.Word(j) is "," or "was" or "were" or "is" or "are" or "being" or "been" or "be" or "will" or "also" or "jointly")
            {
                // "The meeting, hosted by the Foreign Ministry, was led by A": what the aside names is not what is led.
                j = s.Word(j) == "," && AsideStart(s, j) is var open and > 0 ? open - 1 : j - 1;
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

        var subjects = Subjects(s, k, out var end);
        if (subjects.Count == 0 || IsHypothetical(s, WindowStart(end, k), k))
        {
            return;
        }

        var targets = Objects(s, k);
        if (targets.Count == 0 && BareDelegation(s, document, k, subjects[0]) is { } delegation)
        {
            targets.Add(delegation);
        }

        foreach (var subject in subjects)
        {
            foreach (var target in targets)
            {
                if (target.Kind is ActorKind.Group or ActorKind.Organization or ActorKind.Country)
                {
                    document.AddRelation(subject, RelationKind.Leads, target, 0.9, s, "leads.verb");
                }
            }
        }
    }

    private void InCharge(SentenceContext s, DocumentState document, int k)
    {
        var subject = Subject(s, k - 1, out var end);
        if (subject is not { Kind: ActorKind.Person } || IsHypothetical(s, WindowStart(end, k), k))
        {
            subject = s.Word(k - 2) is "also" or "is" or "was" && RelativeAntecedent(s, k) is { Kind: ActorKind.Person } antecedent ? antecedent : null;
        }

        if (subject is null)
        {
            return;
        }

        foreach (var target in Objects(s, k + 1).Where(t => t.Kind is ActorKind.Organization or ActorKind.Group))
        {
            document.AddRelation(subject, RelationKind.Leads, target, 0.85, s, "leads.in-charge");
        }
    }

    /// <summary>
    /// "On the Russian side, Lavrov and Ushakov are leading the delegation": a delegation named only by its noun is
    /// the side the sentence names, else the delegation of the country the leader's title is of.
    /// </summary>
    private Mention? BareDelegation(SentenceContext s, DocumentState document, int k, Mention leader)
    {
        var j = k + 1;
        if (s.Word(j) is "the" or "its" or "their" or "his" or "her")
        {
            j++;
        }

        if (s.At(j) is not null || !_lexicon.IsWord("group-noun", s.Word(j)))
        {
            return null;
        }

        var side = s.Mentions.FirstOrDefault(m => m.Type == MentionType.Actor && m.Kind == ActorKind.Group && m.Head is null && m.Name.EndsWith(" delegation", StringComparison.Ordinal));
        if (side is not null)
        {
            return side;
        }

        return document.CountryOf(leader.Name) is { } country
            ? Actor(j, j + 1, _lexicon.GroupPrefix(country) + " delegation", ActorKind.Group, EntityForm.Name, s.Word(j))
            : null;
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
}
