using System.CommandLine;
using System.Globalization;
using ActorGraph.Core.Model;

namespace ActorGraph.Cli.Commands;

/// <summary>The <c>reach</c> command: everything an actor influences strongly enough.</summary>
internal static class ReachCommand
{
    public static Command Create(CommandRunner cli)
    {
        var name = new Argument<string>("NAME") { Description = "The actor whose influence to follow (id, name or alias)." };
        var minStrength = new Option<double>("--min-strength")
        {
            Description = "Keep actors reached by a path at least this strong (0 to 1).",
            DefaultValueFactory = _ => 0.1,
            HelpName = "X",
        };
        minStrength.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() is <= 0 or > 1 or double.NaN)
            {
                r.AddError("--min-strength must be more than 0 and at most 1");
            }
        });
        var command = new Command("reach", "Every actor an actor influences along a path at least --min-strength strong, with its strongest path.") { name, minStrength, cli.Options.Json };
        cli.Options.AddFilters(command);
        command.SetAction((parse, ct) => cli.WithGraph(
            parse,
            "reach is computed by the local engine only",
            graph => Task.FromResult(new ReachJson(
                graph.Snapshot.Resolve(parse.GetValue(name)!).Name,
                parse.GetValue(minStrength),
                [.. graph.Reach(parse.GetValue(name)!, parse.GetValue(minStrength)).Select(r => new ReachedJson(
                    r.Actor.Name, r.Actor.Id.Value, Vocabulary.Name(r.Actor.Kind), r.Strength, [.. r.Path.Actors.Select(a => a.Name)]))])),
            async (result, json) =>
            {
                if (json)
                {
                    cli.WriteJson(result, CliJson.Default.ReachJson);
                    return 0;
                }

                await cli.Out.WriteLineAsync($"{result.From} reaches {result.Actors.Count} actors with strength at least {result.MinStrength.ToString(CultureInfo.InvariantCulture)}");
                var table = new TextTable("ACTOR", "KIND", "STRENGTH", "STRONGEST PATH");
                foreach (var r in result.Actors)
                {
                    table.Add(r.Name, r.Kind, r.Strength, string.Join(" -> ", r.Path));
                }

                table.WriteTo(cli.Terminal);
                return 0;
            },
            ct));
        return command;
    }
}
