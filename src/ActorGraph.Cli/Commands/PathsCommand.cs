using System.CommandLine;
using System.Globalization;
using ActorGraph.Core.Model;
using ActorGraph.Query;
using static ActorGraph.Cli.CliFormat;

namespace ActorGraph.Cli.Commands;

/// <summary>The <c>paths</c> command: the strongest influence paths between two actors.</summary>
internal static class PathsCommand
{
    public static Command Create(CommandRunner cli)
    {
        var from = new Argument<string>("FROM") { Description = "The actor influence starts at (id, name or alias)." };
        var to = new Argument<string>("TO") { Description = "The actor influence reaches." };
        var k = new Option<int>("--k") { Description = "How many paths at most.", DefaultValueFactory = _ => 3, HelpName = "N" };
        k.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--k must be at least 1");
            }
        });
        var ignoreDirection = new Option<bool>("--ignore-direction")
        {
            Description = "Connection paths: follow relations either way, to see how two actors are connected at all (local engine).",
        };
        var command = new Command("paths", "The strongest loopless influence paths from one actor to another.") { from, to, k, ignoreDirection, cli.Options.Json };
        cli.Options.AddFilters(command);
        command.SetAction((parse, ct) => parse.GetValue(ignoreDirection)
            ? cli.WithGraph(
                parse,
                "--ignore-direction is computed by the local engine only",
                graph => Task.FromResult(ToJson(
                    graph.Snapshot.Resolve(parse.GetValue(from)!),
                    graph.Snapshot.Resolve(parse.GetValue(to)!),
                    graph.ConnectionPaths(parse.GetValue(from)!, parse.GetValue(to)!, parse.GetValue(k)))),
                (result, json) => WritePaths(cli, result, json),
                ct)
            : cli.WithEngine(
                parse,
                async (engine, filter) =>
                {
                    var source = await engine.FindActorAsync(filter, parse.GetValue(from)!, ct);
                    var target = await engine.FindActorAsync(filter, parse.GetValue(to)!, ct);
                    return ToJson(source, target, await engine.StrongestPathsAsync(filter, parse.GetValue(from)!, parse.GetValue(to)!, parse.GetValue(k), ct));
                },
                (result, json) => WritePaths(cli, result, json),
                ct));
        return command;
    }

    /// <summary>The paths as JSON and text show them, whichever engine found them.</summary>
    private static PathsJson ToJson(GraphActor from, GraphActor to, IReadOnlyList<InfluencePath> paths) => new(
        from.Name,
        to.Name,
        [.. paths.Select(p => new PathJson(
            p.Strength,
            [.. p.Actors.Select(a => a.Name)],
            [.. p.Steps.Select(s => new StepJson(
                s.Source.Name, Vocabulary.Name(s.Kind), s.Target.Name, s.Strength, s.Relation.Weight, s.Relation.Confidence,
                Evidence(s.Relation.Provenance), s.AgainstDirection ? true : null, CorroborationJson.From(s.Relation.Corroboration)))]))]);

    private static async Task<int> WritePaths(CommandRunner cli, PathsJson result, bool json)
    {
        if (json)
        {
            cli.WriteJson(result, CliJson.Default.PathsJson);
            return 0;
        }

        if (result.Paths.Count == 0)
        {
            await cli.Out.WriteLineAsync($"No influence path leads from {result.From} to {result.To}.");
            return 0;
        }

        for (var i = 0; i < result.Paths.Count; i++)
        {
            var p = result.Paths[i];
            await cli.Out.WriteLineAsync($"{i + 1}. strength {p.Strength.ToString("0.####", CultureInfo.InvariantCulture)}: " +
                p.Steps[0].Source + string.Concat(p.Steps.Select(s => (s.AgainstDirection == true ? $" <-{s.Type}- " : $" -{s.Type}-> ") + s.Target)));
            foreach (var s in p.Steps)
            {
                var first = s.Evidence.FirstOrDefault(x => x.Evidence is not null);
                var quote = first is null ? "" : $": \"{first.Evidence}\" [{first.Source}]";
                var step = s.AgainstDirection == true ? $"{s.Target} {s.Type} {s.Source}" : $"{s.Source} {s.Type} {s.Target}";
                await cli.Out.WriteLineAsync($"     {step} ({s.Strength.ToString("0.###", CultureInfo.InvariantCulture)}){quote}");
            }
        }

        return 0;
    }
}
