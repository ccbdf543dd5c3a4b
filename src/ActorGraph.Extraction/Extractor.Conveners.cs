using ActorGraph.Core.Model;

namespace ActorGraph.Extraction;

// FACILITATES without a mediation verb before the sides: who chairs the talks, holds three-way talks or brings the
// sides together.
public sealed partial class Extractor
{
    /// <summary>
    /// "Fidan chaired the talks, which took place at …": who chairs talks between sides (a <c>chair-verb</c> with the talks
    /// as its object) facilitates the sides this sentence names, else those of the talks last mentioned.
    /// </summary>
    private void ChairedTalks(SentenceContext s, DocumentState document, int k, Func<List<Mention>?> sentenceParties)
    {
        var e = s.Word(k + 1) is "the" or "a" ? k + 2 : k + 1;
        if (!_lexicon.IsCue("chair-verb", s.Word(k)) || s.At(e) is not null || !IsEvent(s, e) || s.Word(e + 1) is "of" or "with" || s.At(e + 1) is not null)
        {
            return;
        }

        var chairs = Subjects(s, k, out var end);
        if (chairs.Count == 0 || IsHypothetical(s, WindowStart(end, k), k))
        {
            return;
        }

        var names = chairs.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var confidence = 0.75;
        var sides = sentenceParties()?.Where(p => !names.Contains(p.Name)).ToList();
        if (sides is not { Count: >= 2 })
        {
            sides = document.LastParties?.Where(p => !names.Contains(p.Name)).ToList();
            confidence -= 0.15;
        }

        document.AddRelations(chairs, RelationKind.Facilitates, sides is { Count: >= 2 } ? sides : [], confidence, s, "facilitates.chair");
    }

    /// <summary>
    /// "A began three-way talks with B and C": who holds three-way talks with two others brings them together. Only
    /// with two sides or more after "with", and a subject that is neither.
    /// </summary>
    private void ThreeWayTalks(SentenceContext s, DocumentState document, int k)
    {
        var e = k + 1;
        if (s.At(e) is not null || !IsEvent(s, e) || s.Word(e + 1) != "with" || Objects(s, e + 1) is not { Count: > 0 } sides)
        {
            return;
        }

        // "with Armenian Foreign Minister A and his Azerbaijani counterpart B": the counterpart's country is the other side.
        var last = sides[^1].End;
        if (sides.Count == 1 && s.Word(last) == "and" && s.Word(last + 1) is "his" or "her")
        {
            for (var j = last + 2; j < s.Tokens.Count && j <= last + 3; j++)
            {
                if (s.At(j) is { Type: MentionType.Actor, Kind: ActorKind.Country } country && country.Name != sides[0].Name)
                {
                    sides.Add(country);
                    break;
                }
            }
        }

        if (sides.Count < 2)
        {
            return;
        }

        var verb = s.Word(k - 1) is "a" or "the" ? k - 2 : k - 1;
        var conveners = Subjects(s, verb, out var end);
        if (conveners.Count == 0 || IsHypothetical(s, WindowStart(end, verb), k) || conveners.Any(c => sides.Any(p => p.Name == c.Name)))
        {
            return;
        }

        document.AddRelations(conveners, RelationKind.Facilitates, sides, 0.7, s, "facilitates.three-way");
    }

    /// <summary>"brought his counterparts from A and B together": "together" later in the same clause.</summary>
    private bool TogetherAfter(SentenceContext s, int k)
    {
        for (var j = k + 1; j < s.Tokens.Count && j <= k + 12; j++)
        {
            if (s.Word(j) == "together")
            {
                return true;
            }

            if (s.Word(j) is ";" or "." or "," || _lexicon.IsCue("clause-break", s.Word(j)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"facilitated the completion of a prisoner exchange agreement between A and B": the sides follow in the clause.</summary>
    private bool BetweenAhead(SentenceContext s, int k)
    {
        for (var j = k + 1; j < s.Tokens.Count && j <= k + 10; j++)
        {
            if (s.Word(j) == "between")
            {
                return s.At(j + 1) is not null || (s.Word(j + 1) == "the" && s.At(j + 2) is not null);
            }

            if (s.At(j) is not null || s.Word(j) is "," or ";" || _lexicon.IsCue("clause-break", s.Word(j)))
            {
                return false;
            }
        }

        return false;
    }
}
