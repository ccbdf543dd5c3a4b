using System.CommandLine;
using ActorGraph.Extraction;
using ActorGraph.Ingestion;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace ActorGraph.Cli.Commands;

/// <summary>The <c>ingest</c> command: dataset files, articles and folders, each file one source.</summary>
internal static class IngestCommand
{
    public static Command Create(CommandRunner cli)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Dataset files (.yaml, .yml, .json, .jsonl, .ndjson), articles (.txt, .md, .html) or folders searched recursively.", Arity = ArgumentArity.OneOrMore };
        var limit = LimitOption.Create();
        var maxFileSize = MaxFileSizeOption.Create();
        var format = IngestFormatOption.Create();
        var command = new Command("ingest", "Ingest datasets and news articles: each file is one source, written whole or not at all.") { paths, cli.Options.Json, limit, maxFileSize, format };
        command.SetAction((parse, ct) => cli.WithStore(parse, initialize: true, async (store, loggers) =>
        {
            var limits = MaxFileSizeOption.Apply(LimitOption.Apply(LimitOption.Parse(parse.GetValue(limit))), parse.GetValue(maxFileSize));
            var extractor = new Extractor(Lexicon.Load(parse.GetValue(cli.Options.Lexicons)));
            var ingestor = new DatasetIngestor(store, loggers.CreateLogger<DatasetIngestor>(), extractor, limits) { Format = IngestFormatOption.Parse(parse.GetValue(format)) };
            var files = DatasetIngestor.FindFiles(parse.GetValue(paths)!);
            IngestReport report;
            if (cli.Terminal.ProgressConsole is { } console && files.Count > 1)
            {
                // A bar on standard error while files are read; it clears itself when done.
                report = await console.Progress()
                    .AutoClear(true)
                    .Columns(new Spectre.Console.TaskDescriptionColumn(), new Spectre.Console.ProgressBarColumn(), new Spectre.Console.PercentageColumn(), new Spectre.Console.RemainingTimeColumn())
                    .StartAsync(async context =>
                    {
                        var task = context.AddTask("Ingesting", maxValue: files.Count);
                        return await ingestor.IngestAsync(files, new StepProgress(() => task.Increment(1)), ct);
                    });
            }
            else
            {
                report = await ingestor.IngestAsync(files, ct);
            }
            foreach (var error in report.Results.SelectMany(r => r.Errors))
            {
                await cli.Error.WriteLineAsync(error.ToString());
            }

            if (parse.GetValue(cli.Options.Json))
            {
                cli.WriteJson(new IngestJson(
                    report.Count(SourceOutcome.Added), report.Count(SourceOutcome.Updated), report.Count(SourceOutcome.Unchanged),
                    report.Count(SourceOutcome.Rejected), report.Count(SourceOutcome.Failed),
                    [.. report.Results.Select(r => new IngestSourceJson(
                        r.Path, r.SourceId, r.Outcome.ToString().ToLowerInvariant(), r.Actors, r.Roles, r.Relations,
                        [.. r.Errors.Select(e => new IngestErrorJson(e.File, e.Line, e.Field, e.Message))]))]), CliJson.Default.IngestJson);
            }
            else
            {
                var table = new TextTable("FILE", "SOURCE", "OUTCOME", "ACTORS", "ROLES", "RELATIONS");
                foreach (var r in report.Results)
                {
                    table.Add(r.Path, r.SourceId ?? "-", r.Outcome.ToString().ToLowerInvariant(), r.Actors, r.Roles, r.Relations);
                }

                table.WriteTo(cli.Terminal);
                await cli.Out.WriteLineAsync(
                    $"{report.Count(SourceOutcome.Added)} added, {report.Count(SourceOutcome.Updated)} updated, " +
                    $"{report.Count(SourceOutcome.Unchanged)} unchanged, {report.Count(SourceOutcome.Rejected)} rejected" +
                    (report.Count(SourceOutcome.Failed) > 0 ? $", {report.Count(SourceOutcome.Failed)} failed" : ""));
            }

            return ExitCodes.Of(report.Status);
        }, ct));
        return command;
    }

    /// <summary>Reports progress on the calling thread, in order (unlike <see cref="Progress{T}"/>).</summary>
    private sealed class StepProgress(Action step) : IProgress<SourceResult>
    {
        public void Report(SourceResult value) => step();
    }
}
