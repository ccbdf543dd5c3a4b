using System.CommandLine;
using ActorGraph.Core.Model;
using ActorGraph.Extraction;
using ActorGraph.Query;

namespace ActorGraph.Cli;

// disputes, timeline, changes --since-run and the worker's alert options: how far to trust the graph, and what changed.
internal sealed partial class CliApp
{
    private Command DisputesCommand()
    {
        var command = new Command("disputes", "Where sources contradict each other: a relation one ends and another asserts, a single-holder office held by two people at once, an ending before a start; each side with its source and evidence.") { _json };
        command.SetAction((parse, ct) => WithStore(parse, initialize: false, async (store, _) =>
        {
            var snapshot = await store.ReadSnapshotAsync(null, ct);
            var lexicon = Lexicon.Load(parse.GetValue(_lexicons));
            var urls = snapshot.Sources.ToDictionary(s => s.Info.Id, s => s.Info.Url, StringComparer.Ordinal);
            var disputes = Disputes.Find(snapshot, lexicon.IsSingleHolder);
            var result = new DisputesJson([.. disputes.Select(d => new DisputeJson(d.Kind, d.Actors,
                [.. d.Claims.Select(c => new DisputeClaimJson(c.Source, c.Says, c.Evidence, urls.GetValueOrDefault(c.Source)?.AbsoluteUri))]))]);
            if (parse.GetValue(_json))
            {
                WriteJson(result, TrustJson.Default.DisputesJson);
                return 0;
            }

            await stdout.WriteLineAsync($"Disputes: {result.Disputes.Count}");
            foreach (var dispute in result.Disputes)
            {
                await stdout.WriteLineAsync();
                await stdout.WriteLineAsync($"{dispute.Kind}: {string.Join(", ", dispute.Actors)}");
                foreach (var claim in dispute.Claims)
                {
                    await stdout.WriteLineAsync($"  [{claim.Source}] {claim.Says}");
                    if (claim.Evidence is { } evidence)
                    {
                        await stdout.WriteLineAsync($"      \"{evidence}\"");
                    }
                }
            }

            return 0;
        }, ct));
        return command;
    }

    private Command TimelineCommand()
    {
        var name = new Argument<string>("NAME") { Description = "An id, name or alias (case and accents do not matter)." };
        var command = new Command("timeline", "An actor's roles and relations in date order, each with its sources; undated facts last, marked undated.") { name, _json };
        command.SetAction((parse, ct) => WithStore(parse, initialize: false, async (store, _) =>
        {
            var snapshot = await store.ReadSnapshotAsync(null, ct);
            var actor = snapshot.Resolve(parse.GetValue(name)!);
            string NameOf(ActorId id) => snapshot.Find(id)?.Name ?? id.Value;
            var entries = Timeline.For(snapshot, actor).Select(e => new TimelineEntryJson(
                Date(e.Date), e.Undated, e.Change, e.Role is null ? "relation" : "role", e.Text,
                e.Role is { } role ? new TimelineRoleJson(role.Title, role.Of is { } of ? NameOf(of) : null) : null,
                e.Relation is { } relation ? new RelationKeyJson(NameOf(relation.Source), Vocabulary.Name(relation.Kind), NameOf(relation.Target)) : null,
                e.Sources)).ToList();
            if (parse.GetValue(_json))
            {
                WriteJson(new TimelineJson(actor.Name, actor.Id.Value, entries), TrustJson.Default.TimelineJson);
                return 0;
            }

            await stdout.WriteLineAsync($"{actor.Name} ({Vocabulary.Name(actor.Kind)}, id {actor.Id})");
            var table = new TextTable("DATE", "CHANGE", "FACT", "SOURCES");
            foreach (var e in entries)
            {
                table.Add(e.Date ?? "undated", e.Change, e.Text, string.Join(", ", e.Sources));
            }

            table.WriteTo(_terminal);
            return 0;
        }, ct));
        return command;
    }

    private static Option<long?> SinceRunOption()
    {
        var option = new Option<long?>("--since-run") { Description = "Instead of days: the relations the worker's cycles added, changed or ended, from run N on (see 'runs').", HelpName = "N" };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<long?>() is < 1)
            {
                r.AddError("--since-run must be at least 1");
            }
        });
        return option;
    }

    /// <summary>The changes the run ledger recorded from run <paramref name="sinceRun"/> on, oldest first.</summary>
    private async Task<int> ChangesSinceRunAsync(Core.Storage.IGraphStore store, long sinceRun, bool json, CancellationToken cancellationToken)
    {
        var runs = new List<RunRecord>();
        for (var limit = 64; ; limit *= 4)
        {
            var page = await store.ListRunsAsync(limit, cancellationToken);
            if (page.Count < limit || page.Any(r => r.Number > 0 && r.Number <= sinceRun))
            {
                runs.AddRange(page.Where(r => r.Number >= sinceRun));
                break;
            }
        }

        var changes = runs
            .OrderBy(r => r.Number)
            .SelectMany(r => r.Changes.Select(c => new RunChangeJson(r.Number, c.Change, new RelationKeyJson(c.SourceName, Vocabulary.Name(c.Kind), c.TargetName), c.Sources)))
            .ToList();
        if (json)
        {
            WriteJson(new RunChangesJson(sinceRun, changes), TrustJson.Default.RunChangesJson);
            return 0;
        }

        await stdout.WriteLineAsync($"Relations added, changed or ended from run {sinceRun} on: {changes.Count}");
        var table = new TextTable("RUN", "CHANGE", "SOURCE", "TYPE", "TARGET", "SOURCES");
        foreach (var c in changes)
        {
            table.Add(c.Run, c.Change, c.Relation.Source, c.Relation.Type, c.Relation.Target, string.Join(", ", c.Sources));
        }

        table.WriteTo(_terminal);
        return 0;
    }

    /// <summary>The worker's options for alerts on watched actors.</summary>
    private sealed class WorkerAlertOptions
    {
        public Option<string[]> Watch { get; } = new("--watch") { Description = "Alert on relations added, changed or ended that touch this actor (id, name or alias); repeatable.", HelpName = "NAME", AllowMultipleArgumentsPerToken = false };

        public Option<string> WatchFile { get; } = new("--watch-file") { Description = "A file of actors to watch, one a line (read every cycle).", HelpName = "FILE" };

        public Option<string> Alerts { get; } = new("--alerts") { Description = "Append each alert to this file as one JSON line.", HelpName = "FILE" };

        public Option<string> AlertUrl { get; } = new("--alert-url") { Description = "POST each alert to this URL (retried, and kept for the next cycle until delivered).", HelpName = "URL" };

        public void AddTo(Command command)
        {
            command.Options.Add(Watch);
            command.Options.Add(WatchFile);
            command.Options.Add(Alerts);
            command.Options.Add(AlertUrl);
        }

        public IEnumerable<(string Key, string? Value)> Settings(ParseResult parse)
        {
            var names = parse.GetValue(Watch) ?? [];
            for (var i = 0; i < names.Length; i++)
            {
                yield return ($"Alerts:Watch:{i}", names[i]);
            }

            yield return ("Alerts:WatchFile", parse.GetValue(WatchFile));
            yield return ("Alerts:File", parse.GetValue(Alerts));
            yield return ("Alerts:Url", parse.GetValue(AlertUrl));
        }
    }
}
