using System.CommandLine;
using System.Globalization;
using ActorGraph.Query;

namespace ActorGraph.Cli.Commands;

/// <summary>The <c>clusters</c> command: communities, their labels and the brokers between them.</summary>
internal static class ClustersCommand
{
    public static Command Create(CommandRunner cli)
    {
        var seed = new Option<int>("--seed") { Description = "Fixes the result: the same seed gives the same clusters.", HelpName = "N" };
        var resolution = new Option<double>("--resolution") { Description = "Modularity resolution; above 1 gives smaller clusters.", DefaultValueFactory = _ => 1.0, HelpName = "R" };
        resolution.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() is <= 0 or double.NaN)
            {
                r.AddError("--resolution must be more than 0");
            }
        });
        var algorithm = new Option<string>("--algorithm")
        {
            Description = "leiden (the default), louvain, labelprop (label propagation) or components (weakly connected).",
            HelpName = "NAME",
            DefaultValueFactory = _ => "leiden",
        };
        algorithm.AcceptOnlyFromAmong("leiden", "louvain", "labelprop", "components");
        var command = new Command("clusters", "Group the actors into clusters, label them by their most influential members, and name the brokers between them.") { algorithm, seed, resolution, cli.Options.Json };
        cli.Options.AddFilters(command);
        command.SetAction((parse, ct) => cli.WithEngine(
            parse,
            async (engine, filter) =>
            {
                var chosen = parse.GetValue(algorithm) switch
                {
                    "louvain" => ClusterAlgorithm.Louvain,
                    "labelprop" => ClusterAlgorithm.LabelPropagation,
                    "components" => ClusterAlgorithm.Components,
                    _ => ClusterAlgorithm.Leiden,
                };
                if (!engine.Supports(chosen))
                {
                    throw new UsageException($"--algorithm {parse.GetValue(algorithm)} is computed by the local engine only; with --engine gds use leiden or louvain");
                }

                // Graph Data Science lists a cluster's members by name and names no brokers.
                var result = await engine.ClustersAsync(filter, new ClusterOptions { Algorithm = chosen, Seed = parse.GetValue(seed), Resolution = parse.GetValue(resolution) }, ct);
                return new ClustersJson(result.Algorithm, parse.GetValue(seed), result.Modularity,
                    [.. result.Clusters.Select(c => new ClusterJson(c.Members.Count, [.. c.Members.Select(m => m.Name)], c.Label))],
                    [.. result.Brokers.Select(b => new BrokerJson(b.Actor.Name, b.Actor.Id.Value, b.Participation, b.Clusters))]);
            },
            async (result, json) =>
            {
                if (json)
                {
                    cli.WriteJson(result, CliJson.Default.ClustersJson);
                    return 0;
                }

                await cli.Out.WriteLineAsync($"{result.Clusters.Count} clusters, modularity {result.Modularity.ToString("0.####", CultureInfo.InvariantCulture)} ({result.Algorithm})");
                var table = new TextTable("#", "SIZE", "MEMBERS");
                for (var i = 0; i < result.Clusters.Count; i++)
                {
                    table.Add(i + 1, result.Clusters[i].Size, string.Join(", ", result.Clusters[i].Members));
                }

                table.WriteTo(cli.Terminal);
                if (result.Brokers is { Count: > 0 } brokers)
                {
                    await cli.Out.WriteLineAsync();
                    var brokerTable = new TextTable("BROKER", "PARTICIPATION", "CLUSTERS");
                    foreach (var b in brokers.Take(10))
                    {
                        brokerTable.Add(b.Name, b.Participation, b.Clusters);
                    }

                    brokerTable.WriteTo(cli.Terminal);
                }

                return 0;
            },
            ct));
        return command;
    }
}
