using System.CommandLine;
using ActorGraph.Export;

namespace ActorGraph.Cli.Commands;

/// <summary>The <c>report</c> command: one self-contained HTML file.</summary>
internal static class ReportCommand
{
    public static Command Create(CommandRunner cli)
    {
        var output = new Option<string>("--output", "-o") { Description = "The HTML file to write.", Required = true, HelpName = "FILE" };
        var title = new Option<string>("--title") { Description = "The report's title.", DefaultValueFactory = _ => "Actor graph", HelpName = "TEXT" };
        var command = new Command("report", "Write one self-contained HTML file (works offline) with the interactive graph: clusters, influence, evidence on click, strongest paths, filters and tables.") { output, title };
        cli.Options.AddFilters(command, withEngine: false);
        command.SetAction((parse, ct) => cli.WithStore(parse, initialize: false, async (store, _) =>
        {
            var snapshot = await store.ReadSnapshotAsync(cli.Options.Filter(parse), ct);
            var graph = ExportedGraph.From(snapshot);
            var target = parse.GetValue(output)!;
            await using (var file = new StreamWriter(target))
            {
                await Export.Report.HtmlReportWriter.WriteAsync(graph, snapshot, parse.GetValue(title)!, file, ct);
            }

            await cli.Error.WriteLineAsync($"wrote {target}: {graph.Actors.Count} actors, {graph.Relations.Count} relations, {graph.Clustering.Clusters.Count} clusters");
            return 0;
        }, ct));
        return command;
    }
}
