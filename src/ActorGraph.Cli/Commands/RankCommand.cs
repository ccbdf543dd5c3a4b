using System.CommandLine;
using ActorGraph.Core.Model;
using ActorGraph.Query;

namespace ActorGraph.Cli.Commands;

/// <summary>The <c>rank</c> command: the most influential actors.</summary>
internal static class RankCommand
{
    public static Command Create(CommandRunner cli)
    {
        var top = new Option<int>("--top") { Description = "How many actors to list.", DefaultValueFactory = _ => 10, HelpName = "N" };
        top.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--top must be at least 1");
            }
        });
        var by = new Option<string>("--by")
        {
            Description = "influence (weighted PageRank, the default), betweenness (Brandes, on strongest paths) or degree (relations in and out).",
            HelpName = "MEASURE",
            DefaultValueFactory = _ => "influence",
        };
        by.AcceptOnlyFromAmong("influence", "betweenness", "degree");
        var unweighted = new Option<bool>("--unweighted") { Description = "Betweenness over shortest paths by number of steps instead of strength." };
        var sample = new Option<int>("--sample") { Description = "Betweenness estimated from this many sampled source actors (0: exact).", HelpName = "N" };
        sample.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0)
            {
                r.AddError("--sample must be 0 or more");
            }
        });
        var command = new Command("rank", "The most influential actors: by influence (weighted PageRank), betweenness or degree.") { by, unweighted, sample, top, cli.Options.Json };
        cli.Options.AddFilters(command);
        Func<RankJson, bool, Task<int>> write = (result, json) =>
        {
            if (json)
            {
                cli.WriteJson(result, CliJson.Default.RankJson);
                return Task.FromResult(0);
            }

            var table = new TextTable("#", "ACTOR", "KIND", result.By.ToUpperInvariant());
            for (var i = 0; i < result.Actors.Count; i++)
            {
                table.Add(i + 1, result.Actors[i].Name, result.Actors[i].Kind, result.Actors[i].Score);
            }

            table.WriteTo(cli.Terminal);
            return Task.FromResult(0);
        };
        command.SetAction((parse, ct) => parse.GetValue(by) == "influence"
            ? cli.WithEngine(
                parse,
                async (engine, filter) => new RankJson("influence", [.. (await engine.InfluenceRankAsync(filter, parse.GetValue(top), ct))
                    .Select(s => new ScoreJson(s.Actor.Name, s.Actor.Id.Value, Vocabulary.Name(s.Actor.Kind), s.Score))]),
                write,
                ct)
            : cli.WithGraph(
                parse,
                $"--by {parse.GetValue(by)} is computed by the local engine only; with --engine gds use influence",
                graph =>
                {
                    IEnumerable<ScoreJson> scores = parse.GetValue(by) == "betweenness"
                        ? graph.Betweenness(new BetweennessOptions { Weighted = !parse.GetValue(unweighted), SampleSize = parse.GetValue(sample) })
                            .Select(s => new ScoreJson(s.Actor.Name, s.Actor.Id.Value, Vocabulary.Name(s.Actor.Kind), s.Score))
                        : graph.Degrees()
                            .Select(d => new ScoreJson(d.Actor.Name, d.Actor.Id.Value, Vocabulary.Name(d.Actor.Kind), d.Total, d.In, d.Out));
                    return Task.FromResult(new RankJson(parse.GetValue(by)!, [.. scores.Take(parse.GetValue(top))]));
                },
                write,
                ct));
        return command;
    }
}
