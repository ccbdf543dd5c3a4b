using System.CommandLine;
using ActorGraph.Export;

namespace ActorGraph.Cli.Commands;

/// <summary>The <c>export</c> command: the graph in the formats analysts' tools read.</summary>
internal static class ExportCommand
{
    public static Command Create(CommandRunner cli)
    {
        var format = new Option<string>("--format")
        {
            Description = "graphml (yEd, Gephi), gexf (Gephi), dot (Graphviz), json (d3, Cytoscape), csv (neo4j-admin import: actors.csv and relations.csv in the -o folder) cypher (a script for an empty Neo4j), dataset (an ActorGraph dataset that ingest reads back) or jsonl (the same dataset in JSON Lines, for any size).",
            Required = true,
            HelpName = "FORMAT",
        };
        format.AcceptOnlyFromAmong("graphml", "gexf", "dot", "json", "csv", "cypher", "dataset", "jsonl");
        var output = new Option<string>("--output", "-o") { Description = "Where to write; standard output when left out (a folder for csv).", HelpName = "PATH" };
        var command = new Command("export", "Write the graph, with clusters and influence, for the tools analysts use.") { format, output };
        cli.Options.AddFilters(command, withEngine: false);
        command.Validators.Add(r =>
        {
            // Read the token, not the value: an unknown format has no value, and its own error says so.
            if (r.GetResult(format) is { Tokens: [{ Value: "csv" }] } && r.GetValue(output) is null)
            {
                r.AddError("--format csv writes two files: give the folder with -o");
            }
        });
        command.SetAction((parse, ct) => cli.WithStore(parse, initialize: false, async (store, _) =>
        {
            var graph = ExportedGraph.From(await store.ReadSnapshotAsync(cli.Options.Filter(parse), ct));
            var target = parse.GetValue(output);
            if (parse.GetValue(format) == "csv")
            {
                Directory.CreateDirectory(target!);
                await using var actors = new StreamWriter(Path.Combine(target!, "actors.csv"));
                await using var relations = new StreamWriter(Path.Combine(target!, "relations.csv"));
                await using var roles = new StreamWriter(Path.Combine(target!, "roles.csv"));
                await using var source = new StreamWriter(Path.Combine(target!, "source.json"));
                GraphWriters.WriteCsv(graph, actors, relations);
                GraphWriters.WriteCsvSourceFiles(graph, roles, source);
                await cli.Error.WriteLineAsync($"wrote {Path.Combine(target!, "actors.csv")} and {Path.Combine(target!, "relations.csv")} (with roles.csv and source.json, ingest reads the folder back)");
                return 0;
            }

            var kind = parse.GetValue(format) switch
            {
                "graphml" => ExportFormat.GraphMl,
                "gexf" => ExportFormat.Gexf,
                "dot" => ExportFormat.Dot,
                "json" => ExportFormat.Json,
                "dataset" => ExportFormat.Dataset,
                "jsonl" => ExportFormat.JsonLines,
                _ => ExportFormat.Cypher,
            };
            if (target is null)
            {
                GraphWriters.Write(graph, kind, cli.Out);
                return 0;
            }

            await using (var file = new StreamWriter(target))
            {
                GraphWriters.Write(graph, kind, file);
            }

            await cli.Error.WriteLineAsync($"wrote {target}: {graph.Actors.Count} actors, {graph.Relations.Count} relations");
            return 0;
        }, ct));
        return command;
    }
}
