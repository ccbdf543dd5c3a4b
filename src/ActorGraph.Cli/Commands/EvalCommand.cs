using System.CommandLine;
using System.Globalization;
using ActorGraph.Extraction;
using ActorGraph.Extraction.Evaluation;

namespace ActorGraph.Cli.Commands;

/// <summary>The <c>eval</c> command: extraction scored against gold annotations.</summary>
internal static class EvalCommand
{
    public static Command Create(CommandRunner cli)
    {
        var corpus = new Argument<string>("CORPUS_DIR") { Description = "A folder of articles, each annotated by a gold file beside it (report.txt and report.gold.json; see docs/extraction.md)." };
        var goldOption = new Option<string?>("--gold")
        {
            Description = "Read the gold files from this folder instead (same relative path, else same file name), so that texts kept out of the repository are scored against gold kept in it.",
            HelpName = "GOLD_DIR",
        };
        var explain = new Option<bool>("--explain") { Description = "List every miss and every false find, by article." };
        var command = new Command("eval", "Score extraction against gold annotations: precision, recall and F1 per relation type, for roles and for actors.") { corpus, goldOption, cli.Options.Json, explain };
        command.SetAction(async (parse, ct) =>
        {
            var folder = parse.GetValue(corpus)!;
            var goldFolder = parse.GetValue(goldOption);
            foreach (var required in new[] { folder, goldFolder })
            {
                if (required is not null && !Directory.Exists(required))
                {
                    throw new UsageException($"{required}: no such folder");
                }
            }

            var extractor = new Extractor(Lexicon.Load(parse.GetValue(cli.Options.Lexicons)));
            CorpusEvaluation evaluation;
            try
            {
                evaluation = await CorpusEvaluation.EvaluateAsync(extractor, folder, goldFolder, ct);
            }
            catch (FormatException e)
            {
                await cli.Error.WriteLineAsync(e.Message);
                return ExitCodes.SomeRejected;
            }

            if (evaluation.Documents.Count == 0)
            {
                var where = goldFolder is null ? string.Empty : $", or in {goldFolder}";
                throw new UsageException($"{folder}: no article with a gold file (NAME.txt beside NAME{GoldDocument.FileEnding}{where})");
            }

            var differences = parse.GetValue(explain) ? evaluation.Differences.ToList() : null;
            if (parse.GetValue(cli.Options.Json))
            {
                var measures = EvaluationSummary.Measures(evaluation);
                cli.WriteJson(new EvalJson(
                    evaluation.Documents.Count, ScoreOf(evaluation.Relations),
                    measures.Where(m => m.Type is not null).ToDictionary(m => m.Measure, m => ScoreOf(m.Score)),
                    ScoreOf(evaluation.Roles), ScoreOf(evaluation.Actors),
                    differences?.Select(d => new DifferenceJson(d.Document, d.What, d.Missed ? "missed" : "false", d.Text)).ToList()), CliJson.Default.EvalJson);
                return 0;
            }

            var table = new TextTable("MEASURE", "PRECISION", "RECALL", "F1", "GOLD", "FOUND", "CORRECT");
            void Row(string name, Score s) => table.Add(name, s.Precision.ToString("F3", CultureInfo.InvariantCulture), s.Recall.ToString("F3", CultureInfo.InvariantCulture), s.F1.ToString("F3", CultureInfo.InvariantCulture), s.Gold, s.Extracted, s.Correct);
            foreach (var measure in EvaluationSummary.Measures(evaluation))
            {
                Row(measure.Type is null ? measure.Measure : "  " + measure.Measure, measure.Score);
            }

            table.WriteTo(cli.Terminal);
            await cli.Out.WriteLineAsync($"{evaluation.Documents.Count} articles");
            foreach (var d in differences ?? [])
            {
                await cli.Out.WriteLineAsync($"{d.Document}: {(d.Missed ? "missed" : "false")} {d.What}: {d.Text}");
            }

            return 0;
        });
        return command;
    }

    private static EvalScoreJson ScoreOf(Score s)
    {
        var rounded = EvaluationSummary.Round(s);
        return new(rounded.Precision, rounded.Recall, rounded.F1, rounded.Gold, rounded.Extracted, rounded.Correct);
    }
}
