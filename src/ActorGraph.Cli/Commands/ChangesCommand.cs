using System.CommandLine;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Query;
using static ActorGraph.Cli.CliFormat;

namespace ActorGraph.Cli.Commands;

/// <summary>The <c>changes</c> command: what began or ended between two days, or since a worker run.</summary>
internal static class ChangesCommand
{
    public static Command Create(CommandRunner cli)
    {
        var from = new Option<DateOnly?>("--from") { Description = "The day before the window (YYYY-MM-DD).", HelpName = "DATE", CustomParser = ParseDate };
        var to = new Option<DateOnly?>("--to") { Description = "The last day of the window (YYYY-MM-DD).", HelpName = "DATE", CustomParser = ParseDate };
        var sinceRun = SinceRunOption();
        var command = new Command("changes", "What changed between two days: relations and roles that began or ended.") { from, to, sinceRun, cli.Options.Json };
        command.Validators.Add(r =>
        {
            // --from and --to are required unless --since-run asks for the worker's cycles instead.
            var byRun = r.GetResult(sinceRun) is not null;
            foreach (var option in new[] { from, to }.Where(o => r.GetResult(o) is null && !byRun))
            {
                r.AddError($"Option '{option.Name}' is required.");
            }

            if (byRun && (r.GetResult(from) is not null || r.GetResult(to) is not null))
            {
                r.AddError("--since-run takes no --from or --to");
            }

            if (r.GetValue(from) is { } f && r.GetValue(to) is { } t && t < f)
            {
                r.AddError("--to must not be before --from");
            }
        });
        command.SetAction((parse, ct) => cli.WithStore(parse, initialize: false, async (store, _) =>
        {
            if (parse.GetValue(sinceRun) is { } run)
            {
                return await ChangesSinceRunAsync(cli, store, run, parse.GetValue(cli.Options.Json), ct);
            }

            var snapshot = await store.ReadSnapshotAsync(null, ct);
            var changes = GraphChanges.Between(snapshot, parse.GetValue(from)!.Value, parse.GetValue(to)!.Value);
            string NameOf(ActorId id) => snapshot.Find(id)?.Name ?? id.Value;
            RoleChangeJson Role(GraphRole r) => new(NameOf(r.Person), r.Title, r.Of is { } of ? NameOf(of) : null, Date(r.Since), Date(r.Until));
            var result = new ChangesJson(
                Date(changes.From)!,
                Date(changes.To)!,
                [.. changes.RelationsBegun.Select(r => RelationToJson(snapshot, r))],
                [.. changes.RelationsEnded.Select(r => RelationToJson(snapshot, r))],
                [.. changes.RolesBegun.Select(Role)],
                [.. changes.RolesEnded.Select(Role)]);
            if (parse.GetValue(cli.Options.Json))
            {
                cli.WriteJson(result, CliJson.Default.ChangesJson);
                return 0;
            }

            foreach (var (title, relations) in new[] { ("Relations that began", result.RelationsBegun), ("Relations that ended", result.RelationsEnded) })
            {
                await cli.Out.WriteLineAsync($"{title} after {result.From} and by {result.To}: {relations.Count}");
                cli.WriteRelations(relations);
            }

            foreach (var (title, roles) in new[] { ("Roles that began", result.RolesBegun), ("Roles that ended", result.RolesEnded) })
            {
                await cli.Out.WriteLineAsync($"{title}: {roles.Count}");
                var table = new TextTable("PERSON", "TITLE", "OF", "SINCE", "UNTIL");
                foreach (var r in roles)
                {
                    table.Add(r.Person, r.Title, r.Of, r.Since, r.Until);
                }

                table.WriteTo(cli.Terminal);
            }

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
    private static async Task<int> ChangesSinceRunAsync(CommandRunner cli, IGraphStore store, long sinceRun, bool json, CancellationToken cancellationToken)
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
            cli.WriteJson(new RunChangesJson(sinceRun, changes), TrustJson.Default.RunChangesJson);
            return 0;
        }

        await cli.Out.WriteLineAsync($"Relations added, changed or ended from run {sinceRun} on: {changes.Count}");
        var table = new TextTable("RUN", "CHANGE", "SOURCE", "TYPE", "TARGET", "SOURCES");
        foreach (var c in changes)
        {
            table.Add(c.Run, c.Change, c.Relation.Source, c.Relation.Type, c.Relation.Target, string.Join(", ", c.Sources));
        }

        table.WriteTo(cli.Terminal);
        return 0;
    }
}
