using System.CommandLine;
using System.Globalization;

namespace ActorGraph.Cli.Commands;

/// <summary>The <c>runs</c> command: the worker's recent cycles.</summary>
internal static class RunsCommand
{
    public static Command Create(CommandRunner cli)
    {
        var limit = new Option<int>("--limit") { Description = "How many runs, newest first.", DefaultValueFactory = _ => 20, HelpName = "N" };
        limit.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--limit must be at least 1");
            }
        });
        var command = new Command("runs", "The worker's recent cycles: when, what they did, what went wrong.") { limit, cli.Options.Json };
        command.SetAction((parse, ct) => cli.WithStore(parse, initialize: false, async (store, _) =>
        {
            var runs = await store.ListRunsAsync(parse.GetValue(limit), ct);
            string Moment(DateTimeOffset t) => t.ToString("O", CultureInfo.InvariantCulture);
            if (parse.GetValue(cli.Options.Json))
            {
                cli.WriteJson(new RunsJson([.. runs.Select(r => new RunJson(
                    Moment(r.Started), Moment(r.Ended), r.ExitCode, r.Added, r.Updated, r.Unchanged, r.Rejected, r.Failed, r.Retracted, r.Errors))]), CliJson.Default.RunsJson);
                return 0;
            }

            var table = new TextTable("STARTED", "SECONDS", "EXIT", "ADDED", "UPDATED", "UNCHANGED", "REJECTED", "FAILED", "RETRACTED");
            foreach (var r in runs)
            {
                table.Add(Moment(r.Started), Math.Round((r.Ended - r.Started).TotalSeconds, 1), r.ExitCode, r.Added, r.Updated, r.Unchanged, r.Rejected, r.Failed, r.Retracted);
            }

            table.WriteTo(cli.Terminal);
            foreach (var error in runs.Take(1).SelectMany(r => r.Errors))
            {
                await cli.Out.WriteLineAsync($"  {error}");
            }

            return 0;
        }, ct));
        return command;
    }
}
