using System.CommandLine;

namespace ActorGraph.Cli.Commands;

/// <summary>The <c>stats</c> command: counts of the store.</summary>
internal static class StatsCommand
{
    public static Command Create(CommandRunner cli)
    {
        var command = new Command("stats", "Count the actors, roles, relations and sources in the store.") { cli.Options.Json };
        command.SetAction((parse, ct) => cli.WithStore(parse, initialize: false, async (store, _) =>
        {
            var stats = await store.GetStatisticsAsync(ct);
            if (parse.GetValue(cli.Options.Json))
            {
                cli.WriteJson(new StatsJson(stats.Actors, stats.Roles, stats.Relations, stats.Sources), CliJson.Default.StatsJson);
            }
            else
            {
                new TextTable("ACTORS", "ROLES", "RELATIONS", "SOURCES").Add(stats.Actors, stats.Roles, stats.Relations, stats.Sources).WriteTo(cli.Terminal);
            }

            return 0;
        }, ct));
        return command;
    }
}
