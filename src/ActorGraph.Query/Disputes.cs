using System.Globalization;
using ActorGraph.Core.Model;
using ActorGraph.Core.Text;

namespace ActorGraph.Query;

/// <summary>
/// Finds where sources contradict each other:
/// <list type="bullet">
/// <item><see cref="RelationEnded"/>: one source reports a relation ended (it gives a last day) and another, published
/// after that day or undated, states it as holding;</item>
/// <item><see cref="EndingBeforeStart"/>: one source's last day of a relation comes before another source's first day
/// of it;</item>
/// <item><see cref="SingleHolderOffice"/>: two people hold one single-holder office (president, prime minister,
/// foreign minister, chief executive …) of the same body over overlapping dates; a role without any date cannot
/// overlap.</item>
/// </list>
/// </summary>
public static class Disputes
{
    /// <summary>A relation one source ends and another asserts after that.</summary>
    public const string RelationEnded = "relation-ended";

    /// <summary>A relation whose ending comes before its start in another source.</summary>
    public const string EndingBeforeStart = "ending-before-start";

    /// <summary>A single-holder office held by two people at once.</summary>
    public const string SingleHolderOffice = "single-holder-office";

    /// <summary>The disputes in <paramref name="snapshot"/>; <paramref name="isSingleHolder"/> tells single-holder titles.</summary>
    public static IReadOnlyList<Dispute> Find(GraphSnapshot snapshot, Func<string, bool> isSingleHolder)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(isSingleHolder);
        var published = snapshot.Sources.ToDictionary(s => s.Info.Id, s => s.Info.Published, StringComparer.Ordinal);
        string NameOf(ActorId id) => snapshot.Find(id)?.Name ?? id.Value;
        var disputes = new List<Dispute>();

        foreach (var relation in snapshot.Relations)
        {
            var endings = relation.Provenance.Where(p => p.Until is not null).ToList();
            if (endings.Count == 0)
            {
                continue;
            }

            var text = $"{NameOf(relation.Source)} {Vocabulary.Name(relation.Kind)} {NameOf(relation.Target)}";
            foreach (var ending in endings)
            {
                var end = ending.Until!.Value;
                var later = new List<Provenance>();
                var before = new List<Provenance>();
                foreach (var other in relation.Provenance.Where(p => p.SourceId != ending.SourceId))
                {
                    if (other.Since is { } since && since > end)
                    {
                        before.Add(other);
                    }
                    else if (other.Until is null && (published.GetValueOrDefault(other.SourceId) is not { } day || day > end))
                    {
                        later.Add(other);
                    }
                }

                var endingClaim = new DisputeClaim(ending.SourceId, $"{text} ended by {IsoDate.Format(end)}", ending.Evidence);
                if (later.Count > 0)
                {
                    disputes.Add(new Dispute(RelationEnded, [NameOf(relation.Source), NameOf(relation.Target)],
                        [endingClaim, .. later.Select(p => new DisputeClaim(p.SourceId, Holds(text, published.GetValueOrDefault(p.SourceId)), p.Evidence))]));
                }

                if (before.Count > 0)
                {
                    disputes.Add(new Dispute(EndingBeforeStart, [NameOf(relation.Source), NameOf(relation.Target)],
                        [endingClaim, .. before.Select(p => new DisputeClaim(p.SourceId, $"{text} since {IsoDate.Format(p.Since!.Value)}", p.Evidence))]));
                }
            }
        }

        var offices = snapshot.Roles
            .Where(r => r.Of is not null && (r.Since is not null || r.Until is not null) && isSingleHolder(r.Title))
            .GroupBy(r => (Title: Core.Text.NameKey.Fold(r.Title), Of: r.Of!.Value));
        foreach (var office in offices)
        {
            var roles = office.ToList();
            for (var a = 0; a < roles.Count; a++)
            {
                for (var b = a + 1; b < roles.Count; b++)
                {
                    var (x, y) = (roles[a], roles[b]);
                    if (x.Person != y.Person && Overlap(x, y))
                    {
                        disputes.Add(new Dispute(SingleHolderOffice, [NameOf(x.Person), NameOf(y.Person), NameOf(office.Key.Of)],
                            [.. new[] { x, y }.SelectMany(r => r.Sources.Select(source =>
                                new DisputeClaim(source, $"{NameOf(r.Person)} is {r.Title} of {NameOf(office.Key.Of)}{Span(r.Since, r.Until)}", null)))]));
                    }
                }
            }
        }

        return disputes;
    }

    private static bool Overlap(GraphRole x, GraphRole y) =>
        (x.Since ?? DateOnly.MinValue) <= (y.Until ?? DateOnly.MaxValue) && (y.Since ?? DateOnly.MinValue) <= (x.Until ?? DateOnly.MaxValue);

    private static string Holds(string text, DateOnly? published) =>
        published is { } day ? $"{text} holds (reported {IsoDate.Format(day)})" : $"{text} holds (undated)";

    private static string Span(DateOnly? since, DateOnly? until) => (since, until) switch
    {
        (null, null) => string.Empty,
        ({ } s, null) => $" since {IsoDate.Format(s)}",
        (null, { } u) => $" until {IsoDate.Format(u)}",
        ({ } s, { } u) => $" from {IsoDate.Format(s)} to {IsoDate.Format(u)}",
    };

}
