using System.CommandLine;
using ActorGraph.Core.Model;
using static ActorGraph.Cli.CliFormat;

namespace ActorGraph.Cli.Commands;

/// <summary>The <c>neighbors</c> command: an actor's ego network.</summary>
internal static class NeighborsCommand
{
    public static Command Create(CommandRunner cli)
    {
        var name = new Argument<string>("NAME") { Description = "The actor at the centre (id, name or alias)." };
        var depth = new Option<int>("--depth") { Description = "How many steps out, following relations either way.", DefaultValueFactory = _ => 1, HelpName = "N" };
        depth.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0)
            {
                r.AddError("--depth must be 0 or more");
            }
        });
        var command = new Command("neighbors", "An actor's ego network: the actors within --depth steps and the relations among them.") { name, depth, cli.Options.Json };
        cli.Options.AddFilters(command);
        command.SetAction((parse, ct) => cli.WithGraph(
            parse,
            "neighbors is computed by the local engine only",
            graph =>
            {
                var ego = graph.Neighbors(parse.GetValue(name)!, parse.GetValue(depth));
                return Task.FromResult(new NeighborsJson(
                    ego.Center.Name,
                    ego.Depth,
                    [.. ego.Actors.Select(n => new NeighborJson(n.Actor.Name, n.Actor.Id.Value, Vocabulary.Name(n.Actor.Kind), n.Distance))],
                    [.. ego.Relations.Select(r => RelationToJson(graph.Snapshot, r))]));
            },
            async (result, json) =>
            {
                if (json)
                {
                    cli.WriteJson(result, CliJson.Default.NeighborsJson);
                    return 0;
                }

                await cli.Out.WriteLineAsync($"{result.Center}: {result.Actors.Count - 1} actors within {result.Depth} steps, {result.Relations.Count} relations");
                var table = new TextTable("DISTANCE", "ACTOR", "KIND");
                foreach (var n in result.Actors)
                {
                    table.Add(n.Distance, n.Name, n.Kind);
                }

                table.WriteTo(cli.Terminal);
                await cli.Out.WriteLineAsync();
                cli.WriteRelations(result.Relations);
                return 0;
            },
            ct));
        return command;
    }
}
