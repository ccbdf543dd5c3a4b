using System.Globalization;
using System.Text;
using ActorGraph.Core.Text;

namespace ActorGraph.Core.Model;

/// <summary>
/// What the run ledger remembers of the relations after a cycle, so the next cycle can tell which relations it
/// added, changed or ended, even when the worker was restarted in between: one line per relation with its actors,
/// its sources, its last day and a digest of its sources, confidence, weight and dates.
/// </summary>
public static class RelationLedger
{
    private readonly record struct Entry(ActorId Source, string SourceName, RelationKind Kind, ActorId Target, string TargetName, bool Ended, string Digest, string[] Sources);

    /// <summary>The state of the relations of <paramref name="snapshot"/>, as the ledger stores it.</summary>
    public static string State(GraphSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var builder = new StringBuilder();
        foreach (var entry in Entries(snapshot).Values)
        {
            builder.Append(entry.Source.Value).Append('\t').Append(Clean(entry.SourceName)).Append('\t')
                .Append(Vocabulary.Name(entry.Kind)).Append('\t')
                .Append(entry.Target.Value).Append('\t').Append(Clean(entry.TargetName)).Append('\t')
                .Append(entry.Ended ? '1' : '0').Append('\t').Append(entry.Digest).Append('\t')
                .AppendJoin('\u001f', entry.Sources).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>
    /// The relations added, changed or ended between <paramref name="previousState"/> (what <see cref="State"/> gave
    /// after the previous cycle; null for none) and <paramref name="snapshot"/>. A relation whose last day appears is
    /// ended, as is one no source states any more.
    /// </summary>
    public static IReadOnlyList<RelationChange> Diff(string? previousState, GraphSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var before = ParseState(previousState);
        var after = Entries(snapshot);
        var changes = new List<RelationChange>();
        foreach (var (key, now) in after)
        {
            if (!before.TryGetValue(key, out var then))
            {
                changes.Add(Change(RelationChange.Added, now));
            }
            else if (then.Digest != now.Digest)
            {
                changes.Add(Change(now.Ended && !then.Ended ? RelationChange.Ended : RelationChange.Changed, now));
            }
        }

        foreach (var (key, then) in before)
        {
            if (!after.ContainsKey(key))
            {
                changes.Add(Change(RelationChange.Ended, then));
            }
        }

        return [.. changes.OrderBy(c => c.Source).ThenBy(c => c.Kind).ThenBy(c => c.Target)];
    }

    private static RelationChange Change(string change, Entry e) => new(change, e.Source, e.SourceName, e.Kind, e.Target, e.TargetName, e.Sources);

    private static Dictionary<(ActorId, RelationKind, ActorId), Entry> Entries(GraphSnapshot snapshot)
    {
        var entries = new Dictionary<(ActorId, RelationKind, ActorId), Entry>();
        foreach (var r in snapshot.Relations)
        {
            var sources = r.Provenance.Select(p => p.SourceId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            var digest = string.Join('|', string.Join(',', sources), IsoDate.Format(r.Since) ?? string.Empty, IsoDate.Format(r.Until) ?? string.Empty,
                r.Confidence.ToString("0.######", CultureInfo.InvariantCulture), r.Weight.ToString("0.######", CultureInfo.InvariantCulture));
            entries[(r.Source, r.Kind, r.Target)] = new Entry(r.Source, snapshot.Find(r.Source)?.Name ?? r.Source.Value, r.Kind, r.Target,
                snapshot.Find(r.Target)?.Name ?? r.Target.Value, r.Until is not null, digest, sources);
        }

        return entries;
    }

    private static Dictionary<(ActorId, RelationKind, ActorId), Entry> ParseState(string? state)
    {
        var entries = new Dictionary<(ActorId, RelationKind, ActorId), Entry>();
        if (string.IsNullOrEmpty(state))
        {
            return entries;
        }

        foreach (var line in state.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var f = line.Split('\t');
            if (f.Length != 8 || !ActorId.TryParse(f[0], out var source) || !Vocabulary.TryParseRelation(f[2], out var kind) || !ActorId.TryParse(f[3], out var target))
            {
                continue;
            }

            entries[(source, kind, target)] = new Entry(source, f[1], kind, target, f[4], f[5] == "1", f[6],
                f[7].Length == 0 ? [] : f[7].Split('\u001f'));
        }

        return entries;
    }

    private static string Clean(string name) => name.Replace('\t', ' ').Replace('\n', ' ');
}
