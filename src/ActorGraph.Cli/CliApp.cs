using System.CommandLine;
using System.Diagnostics;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using ActorGraph.Core;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Export;
using ActorGraph.Extraction;
using ActorGraph.Extraction.Evaluation;
using ActorGraph.Ingestion;
using ActorGraph.Query;
using ActorGraph.Storage.Neo4j;
using ActorGraph.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Logging;

namespace ActorGraph.Cli;

/// <summary>
/// The <c>actorgraph</c> command line. Exit codes: 0 success, 1 failure, 2 usage error,
/// 3 some input rejected (the rest ingested).
/// </summary>
internal sealed partial class CliApp(TextWriter stdout, TextWriter stderr, bool interactive = false)
{
    private readonly Terminal _terminal = new(stdout, interactive, stderr);

    public const int UsageError = 2;

    private readonly Option<string> _store = new("--store")
    {
        Description = $"Where the graph lives: sqlite:PATH or neo4j:http://HOST:7474[?database=NAME] (credentials from ${StoreLocation.UserVariable} and ${StoreLocation.PasswordVariable}). Default: ${StoreLocation.EnvironmentVariable}, else {StoreLocation.Default}.",
        Recursive = true,
        HelpName = "STORE",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(StoreLocation.EnvironmentVariable) is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : StoreLocation.Default,
    };

    private readonly Option<bool> _verbose = new("--verbose", "-v")
    {
        Description = "Log progress to standard error.",
        Recursive = true,
    };

    private readonly Option<bool> _json = new("--json") { Description = "Write JSON for scripts instead of tables." };

    private readonly Option<string[]> _types = new("--type")
    {
        Description = "Follow only these relation types (LEADS, FACILITATES, ADVISES, SANCTIONS); repeatable.",
        AllowMultipleArgumentsPerToken = true,
        HelpName = "TYPE",
    };

    private readonly Option<DateOnly?> _asOf = new("--as-of")
    {
        Description = "Use only relations and roles that hold on this day (YYYY-MM-DD).",
        HelpName = "DATE",
        CustomParser = ParseDate,
    };

    private readonly Option<string> _engine = EngineOption();

    private readonly Option<double> _minConfidence = new("--min-confidence")
    {
        Description = "Use only relations whose combined confidence is at least this (0 to 1).",
        HelpName = "X",
    };

    private readonly Option<string?> _lexicons = new("--lexicons")
    {
        Description = "A folder of lexicon files (countries.tsv, organizations.tsv, titles.tsv, given-names.tsv, person-names.tsv, words.tsv) that add to the built-in ones when reading articles. Default: $ACTORGRAPH_LEXICONS.",
        Recursive = true,
        HelpName = "DIR",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("ACTORGRAPH_LEXICONS") is { Length: > 0 } folder ? folder : null,
    };

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var root = BuildCommands();
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await stderr.WriteLineAsync($"actorgraph: {error.Message}");
            }

            await stderr.WriteLineAsync("Try 'actorgraph --help'.");
            return UsageError;
        }

        if (parse.GetValue(_store) is { } storeText && !StoreLocation.TryParse(storeText, out _, out var storeError))
        {
            await stderr.WriteLineAsync($"actorgraph: {storeError}");
            return UsageError;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (LexiconException e)
        {
            await stderr.WriteLineAsync($"actorgraph: {e.Message}");
            return UsageError;
        }
        catch (UsageException e)
        {
            await stderr.WriteLineAsync($"actorgraph: {e.Message}");
            return UsageError;
        }
        catch (ActorNotFoundException e)
        {
            await stderr.WriteLineAsync($"actorgraph: {e.Message}");
            return IngestReport.Failure;
        }
        catch (GraphStoreException e)
        {
            await stderr.WriteLineAsync($"actorgraph: {e.Message}");
            if (e.Code == "Neo.ClientError.Security.Unauthorized")
            {
                await stderr.WriteLineAsync($"actorgraph: set {StoreLocation.UserVariable} and {StoreLocation.PasswordVariable} (or {StoreLocation.PasswordFileVariable}) for this server.");
            }

            return IngestReport.Failure;
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("actorgraph: cancelled");
            return IngestReport.Failure;
        }
    }

    internal RootCommand BuildCommands()
    {
        var root = new RootCommand("ActorGraph: who leads, advises, facilitates and sanctions whom, and how influence flows between them.");
        root.Options.Add(_store);
        root.Options.Add(_verbose);
        root.Options.Add(_lexicons);
        root.Subcommands.Add(IngestCommand());
        root.Subcommands.Add(ExtractCommand());
        root.Subcommands.Add(EvalCommand());
        root.Subcommands.Add(StatsCommand());
        root.Subcommands.Add(SourcesCommand());
        root.Subcommands.Add(RetractCommand());
        root.Subcommands.Add(ActorCommand());
        root.Subcommands.Add(PathsCommand());
        root.Subcommands.Add(ClustersCommand());
        root.Subcommands.Add(RankCommand());
        root.Subcommands.Add(ReachCommand());
        root.Subcommands.Add(NeighborsCommand());
        root.Subcommands.Add(ChangesCommand());
        root.Subcommands.Add(SchemaCommand());
        root.Subcommands.Add(WorkerCommand());
        root.Subcommands.Add(RunsCommand());
        root.Subcommands.Add(ExportCommand());
        root.Subcommands.Add(ReportCommand());
        root.Subcommands.Add(DisputesCommand());
        root.Subcommands.Add(TimelineCommand());
        HelpExamples.AddTo(root);
        return root;
    }

    private Command IngestCommand()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Dataset files (.yaml, .yml, .json, .jsonl, .ndjson), articles (.txt, .md, .html) or folders searched recursively.", Arity = ArgumentArity.OneOrMore };
        var limit = LimitOption.Create();
        var maxFileSize = MaxFileSizeOption.Create();
        var format = IngestFormatOption.Create();
        var command = new Command("ingest", "Ingest datasets and news articles: each file is one source, written whole or not at all.") { paths, _json, limit, maxFileSize, format };
        command.SetAction((parse, ct) => WithStore(parse, initialize: true, async (store, loggers) =>
        {
            var limits = MaxFileSizeOption.Apply(LimitOption.Apply(LimitOption.Parse(parse.GetValue(limit))), parse.GetValue(maxFileSize));
            var extractor = new Extractor(Lexicon.Load(parse.GetValue(_lexicons)));
            var ingestor = new DatasetIngestor(store, loggers.CreateLogger<DatasetIngestor>(), extractor, limits) { Format = IngestFormatOption.Parse(parse.GetValue(format)) };
            var files = DatasetIngestor.FindFiles(parse.GetValue(paths)!);
            IngestReport report;
            if (_terminal.ProgressConsole is { } console && files.Count > 1)
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
                await stderr.WriteLineAsync(error.ToString());
            }

            if (parse.GetValue(_json))
            {
                WriteJson(new IngestJson(
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

                table.WriteTo(_terminal);
                await stdout.WriteLineAsync(
                    $"{report.Count(SourceOutcome.Added)} added, {report.Count(SourceOutcome.Updated)} updated, " +
                    $"{report.Count(SourceOutcome.Unchanged)} unchanged, {report.Count(SourceOutcome.Rejected)} rejected" +
                    (report.Count(SourceOutcome.Failed) > 0 ? $", {report.Count(SourceOutcome.Failed)} failed" : ""));
            }

            return report.ExitCode;
        }, ct));
        return command;
    }

    private Command ExtractCommand()
    {
        var file = new Argument<string>("FILE") { Description = "An article: plain text or Markdown (.txt, .md; optional Title:, Date:, URL: header lines, then a blank line) or an HTML page (.html)." };
        var explain = new Option<bool>("--explain") { Description = "Show, for each role and relation, the rule that found it and the line and sentence it comes from." };
        var command = new Command("extract", "Show what ingest would take from an article: its actors, roles and relations, each relation with its evidence sentence.") { file, _json, explain };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            var read = await ArticleReader.ReadFileAsync(path, ct);
            if (read.Article is null)
            {
                foreach (var problem in read.Problems)
                {
                    await stderr.WriteLineAsync(problem.ToString());
                }

                return IngestReport.SomeRejected;
            }

            var result = new Extractor(Lexicon.Load(parse.GetValue(_lexicons))).Extract(read.Article);
            var withRules = parse.GetValue(explain);
            if (parse.GetValue(_json))
            {
                WriteJson(new ExtractJson(
                    [.. result.Actors.Select(a => new ExtractActorJson(a.Name, Vocabulary.Name(a.Kind), a.Aliases))],
                    [.. result.Roles.Select(r => new ExtractRoleJson(r.Person, r.Title, r.Of, Date(r.Since), Date(r.Until), withRules ? r.Rule : null, withRules ? r.Line : null, withRules ? r.Evidence : null))],
                    [.. result.Relations.Select(r => new ExtractRelationJson(r.Source, Vocabulary.Name(r.Type), r.Target, r.Confidence, r.Evidence, withRules ? r.Rule : null, withRules ? r.Line : null, Date(r.Until)))],
                    read.Article.Title, read.Article.Url?.OriginalString, Date(read.Article.Published)), CliJson.Default.ExtractJson);
                return 0;
            }

            if (read.Article.Title is { } title)
            {
                await stdout.WriteLineAsync($"{title}{(read.Article.Published is { } day ? $" ({Date(day)})" : "")}");
                await stdout.WriteLineAsync();
            }

            var actors = new TextTable("ACTOR", "KIND", "ALIASES");
            foreach (var a in result.Actors)
            {
                actors.Add(a.Name, Vocabulary.Name(a.Kind), string.Join(", ", a.Aliases));
            }

            actors.WriteTo(_terminal);
            await stdout.WriteLineAsync();
            var roles = withRules ? new TextTable("PERSON", "TITLE", "OF", "SINCE", "UNTIL", "RULE", "LINE") : new TextTable("PERSON", "TITLE", "OF", "SINCE", "UNTIL");
            foreach (var r in result.Roles)
            {
                object?[] row = [r.Person, r.Title, r.Of ?? "-", Date(r.Since) ?? "-", Date(r.Until) ?? "-"];
                roles.Add(withRules ? [.. row, r.Rule, r.Line] : row);
            }

            roles.WriteTo(_terminal);
            await stdout.WriteLineAsync();
            var relations = withRules ? new TextTable("SOURCE", "TYPE", "TARGET", "CONFIDENCE", "RULE", "LINE") : new TextTable("SOURCE", "TYPE", "TARGET", "CONFIDENCE");
            foreach (var r in result.Relations)
            {
                object?[] row = [r.Source, Vocabulary.Name(r.Type), r.Target, r.Confidence];
                relations.Add(withRules ? [.. row, r.Rule, r.Line] : row);
            }

            relations.WriteTo(_terminal);
            if (withRules)
            {
                foreach (var r in result.Relations)
                {
                    await stdout.WriteLineAsync();
                    await stdout.WriteLineAsync($"{r.Source} {Vocabulary.Name(r.Type)} {r.Target}: rule {r.Rule}, line {r.Line}, confidence {r.Confidence.ToString(CultureInfo.InvariantCulture)}");
                    await stdout.WriteLineAsync($"  \"{r.Evidence}\"");
                }
            }

            return 0;
        });
        return command;
    }

    private Command EvalCommand()
    {
        var corpus = new Argument<string>("CORPUS_DIR") { Description = "A folder of articles, each annotated by a gold file beside it (report.txt and report.gold.json; see docs/extraction.md)." };
        var goldOption = new Option<string?>("--gold")
        {
            Description = "Read the gold files from this folder instead (same relative path, else same file name), so that texts kept out of the repository are scored against gold kept in it.",
            HelpName = "GOLD_DIR",
        };
        var explain = new Option<bool>("--explain") { Description = "List every miss and every false find, by article." };
        var command = new Command("eval", "Score extraction against gold annotations: precision, recall and F1 per relation type, for roles and for actors.") { corpus, goldOption, _json, explain };
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

            var extractor = new Extractor(Lexicon.Load(parse.GetValue(_lexicons)));
            CorpusEvaluation evaluation;
            try
            {
                evaluation = await CorpusEvaluation.EvaluateAsync(extractor, folder, goldFolder, ct);
            }
            catch (FormatException e)
            {
                await stderr.WriteLineAsync(e.Message);
                return IngestReport.SomeRejected;
            }

            if (evaluation.Documents.Count == 0)
            {
                var where = goldFolder is null ? string.Empty : $", or in {goldFolder}";
                throw new UsageException($"{folder}: no article with a gold file (NAME.txt beside NAME{GoldDocument.FileEnding}{where})");
            }

            var differences = parse.GetValue(explain) ? evaluation.Differences.ToList() : null;
            if (parse.GetValue(_json))
            {
                WriteJson(new EvalJson(
                    evaluation.Documents.Count, ScoreOf(evaluation.Relations),
                    evaluation.Types.ToDictionary(t => Vocabulary.Name(t.Key), t => ScoreOf(t.Value)),
                    ScoreOf(evaluation.Roles), ScoreOf(evaluation.Actors),
                    differences?.Select(d => new DifferenceJson(d.Document, d.What, d.Missed ? "missed" : "false", d.Text)).ToList()), CliJson.Default.EvalJson);
                return 0;
            }

            var table = new TextTable("MEASURE", "PRECISION", "RECALL", "F1", "GOLD", "FOUND", "CORRECT");
            void Row(string name, Score s) => table.Add(name, s.Precision.ToString("F3", CultureInfo.InvariantCulture), s.Recall.ToString("F3", CultureInfo.InvariantCulture), s.F1.ToString("F3", CultureInfo.InvariantCulture), s.Gold, s.Extracted, s.Correct);
            Row("relations", evaluation.Relations);
            foreach (var (kind, score) in evaluation.Types)
            {
                Row("  " + Vocabulary.Name(kind), score);
            }

            Row("roles", evaluation.Roles);
            Row("actors", evaluation.Actors);
            table.WriteTo(_terminal);
            await stdout.WriteLineAsync($"{evaluation.Documents.Count} articles");
            foreach (var d in differences ?? [])
            {
                await stdout.WriteLineAsync($"{d.Document}: {(d.Missed ? "missed" : "false")} {d.What}: {d.Text}");
            }

            return 0;
        });
        return command;
    }

    private static EvalScoreJson ScoreOf(Score s) =>
        new(Math.Round(s.Precision, 4), Math.Round(s.Recall, 4), Math.Round(s.F1, 4), s.Gold, s.Extracted, s.Correct);

    private Command StatsCommand()
    {
        var command = new Command("stats", "Count the actors, roles, relations and sources in the store.") { _json };
        command.SetAction((parse, ct) => WithStore(parse, initialize: false, async (store, _) =>
        {
            var stats = await store.GetStatisticsAsync(ct);
            if (parse.GetValue(_json))
            {
                WriteJson(new StatsJson(stats.Actors, stats.Roles, stats.Relations, stats.Sources), CliJson.Default.StatsJson);
            }
            else
            {
                new TextTable("ACTORS", "ROLES", "RELATIONS", "SOURCES").Add(stats.Actors, stats.Roles, stats.Relations, stats.Sources).WriteTo(_terminal);
            }

            return 0;
        }, ct));
        return command;
    }

    private Command SourcesCommand()
    {
        var command = new Command("sources", "List the sources in the store.") { _json };
        command.SetAction((parse, ct) => WithStore(parse, initialize: false, async (store, _) =>
        {
            var sources = await store.ListSourcesAsync(ct);
            if (parse.GetValue(_json))
            {
                var stories = StoryGroups.Build(sources.Select(s => s.Info));
                WriteJson(new SourcesJson([.. sources.Select(s => new SourceJson(
                    s.Info.Id, s.Info.Title, s.Info.Url?.OriginalString, Date(s.Info.Published), s.ContentHash,
                    s.IngestedAt.ToString("O", CultureInfo.InvariantCulture),
                    s.Origin?.Location, s.Origin is { } origin ? SourceOrigin.Name(origin.Kind) : null,
                    Publishers.Of(s.Info), stories.StoryOf(s.Info.Id)))]), CliJson.Default.SourcesJson);
            }
            else
            {
                var table = new TextTable("SOURCE", "PUBLISHED", "TITLE", "ORIGIN");
                foreach (var s in sources)
                {
                    table.Add(s.Info.Id, s.Info.Published, s.Info.Title, s.Origin?.Location);
                }

                table.WriteTo(_terminal);
            }

            return 0;
        }, ct));
        return command;
    }

    private Command RetractCommand()
    {
        var id = new Argument<string>("SOURCE") { Description = "The id of the source to retract." };
        var command = new Command("retract", "Remove everything a source asserted; what other sources assert stays.") { id };
        command.SetAction((parse, ct) => WithStore(parse, initialize: true, async (store, _) =>
        {
            var sourceId = parse.GetValue(id)!;
            if (!await store.RetractSourceAsync(sourceId, ct))
            {
                await stderr.WriteLineAsync($"actorgraph: the store has no source '{sourceId}'");
                return 1;
            }

            await stdout.WriteLineAsync($"retracted {sourceId}");
            return 0;
        }, ct));
        return command;
    }

    private Command ActorCommand()
    {
        var name = new Argument<string>("NAME") { Description = "An id, name or alias (case and accents do not matter)." };
        var command = new Command("actor", "Show an actor: kind, aliases, roles, and relations in and out with their sources.") { name, _json };
        command.SetAction((parse, ct) => WithStore(parse, initialize: false, async (store, _) =>
        {
            var snapshot = await store.ReadSnapshotAsync(null, ct);
            var actor = snapshot.Resolve(parse.GetValue(name)!);
            var roles = snapshot.Roles.Where(r => r.Person == actor.Id).ToList();
            var outgoing = snapshot.Relations.Where(r => r.Source == actor.Id).ToList();
            var incoming = snapshot.Relations.Where(r => r.Target == actor.Id).ToList();
            string NameOf(ActorId id) => snapshot.Find(id)?.Name ?? id.Value;
            RelationJson ToJson(GraphRelation r) => RelationToJson(snapshot, r);

            if (parse.GetValue(_json))
            {
                WriteJson(new ActorJson(
                    actor.Id.Value, actor.Name, Vocabulary.Name(actor.Kind), actor.Aliases, actor.Sources,
                    [.. roles.Select(r => new RoleJson(r.Title, r.Of is { } of ? NameOf(of) : null, Date(r.Since), Date(r.Until), r.Sources))],
                    [.. outgoing.Select(ToJson)], [.. incoming.Select(ToJson)]), CliJson.Default.ActorJson);
                return 0;
            }

            await stdout.WriteLineAsync($"{actor.Name} ({Vocabulary.Name(actor.Kind)}, id {actor.Id})");
            if (actor.Aliases.Count > 0)
            {
                await stdout.WriteLineAsync($"aliases: {string.Join(", ", actor.Aliases)}");
            }

            await stdout.WriteLineAsync($"sources: {string.Join(", ", actor.Sources)}");
            if (roles.Count > 0)
            {
                await stdout.WriteLineAsync();
                var table = new TextTable("ROLE", "OF", "SINCE", "UNTIL", "SOURCES");
                foreach (var r in roles)
                {
                    table.Add(r.Title, r.Of is { } of ? NameOf(of) : "", r.Since, r.Until, string.Join(", ", r.Sources));
                }

                table.WriteTo(_terminal);
            }

            if (outgoing.Count + incoming.Count > 0)
            {
                await stdout.WriteLineAsync();
                var table = new TextTable("SOURCE", "TYPE", "TARGET", "STRENGTH", "SINCE", "SOURCES");
                foreach (var r in outgoing.Concat(incoming))
                {
                    table.Add(NameOf(r.Source), Vocabulary.Name(r.Kind), NameOf(r.Target), r.Strength, r.Since, string.Join(", ", r.Provenance.Select(p => p.SourceId)));
                }

                table.WriteTo(_terminal);
                foreach (var r in outgoing.Concat(incoming))
                {
                    foreach (var p in r.Provenance.Where(p => p.Evidence is not null))
                    {
                        await stdout.WriteLineAsync($"  {NameOf(r.Source)} {Vocabulary.Name(r.Kind)} {NameOf(r.Target)} [{p.SourceId}]: \"{p.Evidence}\"");
                    }
                }
            }

            return 0;
        }, ct));
        return command;
    }

    private Command PathsCommand()
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
        var command = new Command("paths", "The strongest loopless influence paths from one actor to another.") { from, to, k, ignoreDirection, _json };
        AddFilters(command);
        command.SetAction((parse, ct) => WithEngine(
            parse,
            graph =>
            {
                var paths = parse.GetValue(ignoreDirection)
                    ? graph.ConnectionPaths(parse.GetValue(from)!, parse.GetValue(to)!, parse.GetValue(k))
                    : graph.StrongestPaths(parse.GetValue(from)!, parse.GetValue(to)!, parse.GetValue(k));
                return Task.FromResult(new PathsJson(
                    graph.Snapshot.Resolve(parse.GetValue(from)!).Name,
                    graph.Snapshot.Resolve(parse.GetValue(to)!).Name,
                    [.. paths.Select(p => new PathJson(
                        p.Strength,
                        [.. p.Actors.Select(a => a.Name)],
                        [.. p.Steps.Select(s => new StepJson(
                            s.Source.Name, Vocabulary.Name(s.Kind), s.Target.Name, s.Strength, s.Relation.Weight, s.Relation.Confidence,
                            Evidence(s.Relation.Provenance), s.AgainstDirection ? true : null, CorroborationJson.From(s.Relation.Corroboration)))]))]));
            },
            async (gds, filter) =>
            {
                if (parse.GetValue(ignoreDirection))
                {
                    throw new UsageException("--ignore-direction is computed by the local engine only");
                }

                var source = await gds.FindActorAsync(parse.GetValue(from)!, ct);
                var target = await gds.FindActorAsync(parse.GetValue(to)!, ct);
                var paths = await gds.StrongestPathsAsync(filter, source.Id, target.Id, parse.GetValue(k), ct);
                return new PathsJson(source.Name, target.Name, [.. paths.Select(p => new PathJson(
                    p.Strength,
                    [.. p.Steps.Select(s => s.FromName).Take(1).Concat(p.Steps.Select(s => s.ToName))],
                    [.. p.Steps.Select(s => new StepJson(s.FromName, Vocabulary.Name(s.Kind), s.ToName, s.Strength, s.Weight, s.Confidence, Evidence(s.Provenance)))]))]);
            },
            WritePaths,
            ct));
        return command;
    }

    private async Task<int> WritePaths(PathsJson result, bool json)
    {
        if (json)
        {
            WriteJson(result, CliJson.Default.PathsJson);
            return 0;
        }

        if (result.Paths.Count == 0)
        {
            await stdout.WriteLineAsync($"No influence path leads from {result.From} to {result.To}.");
            return 0;
        }

        for (var i = 0; i < result.Paths.Count; i++)
        {
            var p = result.Paths[i];
            await stdout.WriteLineAsync($"{i + 1}. strength {p.Strength.ToString("0.####", CultureInfo.InvariantCulture)}: " +
                p.Steps[0].Source + string.Concat(p.Steps.Select(s => (s.AgainstDirection == true ? $" <-{s.Type}- " : $" -{s.Type}-> ") + s.Target)));
            foreach (var s in p.Steps)
            {
                var first = s.Evidence.FirstOrDefault(x => x.Evidence is not null);
                var quote = first is null ? "" : $": \"{first.Evidence}\" [{first.Source}]";
                var step = s.AgainstDirection == true ? $"{s.Target} {s.Type} {s.Source}" : $"{s.Source} {s.Type} {s.Target}";
                await stdout.WriteLineAsync($"     {step} ({s.Strength.ToString("0.###", CultureInfo.InvariantCulture)}){quote}");
            }
        }

        return 0;
    }

    private Command ClustersCommand()
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
        var command = new Command("clusters", "Group the actors into clusters, label them by their most influential members, and name the brokers between them.") { algorithm, seed, resolution, _json };
        AddFilters(command);
        command.SetAction((parse, ct) => WithEngine(
            parse,
            graph =>
            {
                var chosen = parse.GetValue(algorithm) switch
                {
                    "louvain" => ClusterAlgorithm.Louvain,
                    "labelprop" => ClusterAlgorithm.LabelPropagation,
                    "components" => ClusterAlgorithm.Components,
                    _ => ClusterAlgorithm.Leiden,
                };
                var result = graph.Clusters(new ClusterOptions { Algorithm = chosen, Seed = parse.GetValue(seed), Resolution = parse.GetValue(resolution) });
                return Task.FromResult(new ClustersJson(result.Algorithm, parse.GetValue(seed), result.Modularity,
                    [.. result.Clusters.Select(c => new ClusterJson(c.Members.Count, [.. c.Members.Select(m => m.Name)], c.Label))],
                    [.. result.Brokers.Select(b => new BrokerJson(b.Actor.Name, b.Actor.Id.Value, b.Participation, b.Clusters))]));
            },
            async (gds, filter) =>
            {
                // Graph Data Science runs Leiden and Louvain; its members come ordered by name.
                var chosen = parse.GetValue(algorithm) switch
                {
                    "leiden" => GdsCommunityAlgorithm.Leiden,
                    "louvain" => GdsCommunityAlgorithm.Louvain,
                    var other => throw new UsageException($"--algorithm {other} is computed by the local engine only; with --engine gds use leiden or louvain"),
                };
                var result = await gds.CommunitiesAsync(filter, chosen, parse.GetValue(resolution), parse.GetValue(seed), ct);
                return new ClustersJson(result.Algorithm, parse.GetValue(seed), result.Modularity, [.. result.Members
                    .GroupBy(m => m.Community)
                    .Select(g => new ClusterJson(g.Count(), [.. g.Select(m => m.Name).Order(StringComparer.Ordinal)]))
                    .OrderByDescending(c => c.Size).ThenBy(c => c.Members[0], StringComparer.Ordinal)]);
            },
            async (result, json) =>
            {
                if (json)
                {
                    WriteJson(result, CliJson.Default.ClustersJson);
                    return 0;
                }

                await stdout.WriteLineAsync($"{result.Clusters.Count} clusters, modularity {result.Modularity.ToString("0.####", CultureInfo.InvariantCulture)} ({result.Algorithm})");
                var table = new TextTable("#", "SIZE", "MEMBERS");
                for (var i = 0; i < result.Clusters.Count; i++)
                {
                    table.Add(i + 1, result.Clusters[i].Size, string.Join(", ", result.Clusters[i].Members));
                }

                table.WriteTo(_terminal);
                if (result.Brokers is { Count: > 0 } brokers)
                {
                    await stdout.WriteLineAsync();
                    var brokerTable = new TextTable("BROKER", "PARTICIPATION", "CLUSTERS");
                    foreach (var b in brokers.Take(10))
                    {
                        brokerTable.Add(b.Name, b.Participation, b.Clusters);
                    }

                    brokerTable.WriteTo(_terminal);
                }

                return 0;
            },
            ct));
        return command;
    }

    private Command RankCommand()
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
        var command = new Command("rank", "The most influential actors: by influence (weighted PageRank), betweenness or degree.") { by, unweighted, sample, top, _json };
        AddFilters(command);
        command.SetAction((parse, ct) => WithEngine(
            parse,
            graph =>
            {
                var measure = parse.GetValue(by)!;
                var count = parse.GetValue(top);
                IEnumerable<ScoreJson> scores = measure switch
                {
                    "betweenness" => graph.Betweenness(new BetweennessOptions { Weighted = !parse.GetValue(unweighted), SampleSize = parse.GetValue(sample) })
                        .Select(s => new ScoreJson(s.Actor.Name, s.Actor.Id.Value, Vocabulary.Name(s.Actor.Kind), s.Score)),
                    "degree" => graph.Degrees()
                        .Select(d => new ScoreJson(d.Actor.Name, d.Actor.Id.Value, Vocabulary.Name(d.Actor.Kind), d.Total, d.In, d.Out)),
                    _ => graph.InfluenceRank()
                        .Select(s => new ScoreJson(s.Actor.Name, s.Actor.Id.Value, Vocabulary.Name(s.Actor.Kind), s.Score)),
                };
                return Task.FromResult(new RankJson(measure, [.. scores.Take(count)]));
            },
            async (gds, filter) => parse.GetValue(by) != "influence"
                ? throw new UsageException($"--by {parse.GetValue(by)} is computed by the local engine only; with --engine gds use influence")
                : new RankJson("influence", [.. (await gds.InfluenceRankAsync(filter, parse.GetValue(top), ct))
                    .Select(s => new ScoreJson(s.Name, s.Id.Value, Vocabulary.Name(s.Kind), s.Score))]),
            (result, json) =>
            {
                if (json)
                {
                    WriteJson(result, CliJson.Default.RankJson);
                    return Task.FromResult(0);
                }

                var table = new TextTable("#", "ACTOR", "KIND", result.By.ToUpperInvariant());
                for (var i = 0; i < result.Actors.Count; i++)
                {
                    table.Add(i + 1, result.Actors[i].Name, result.Actors[i].Kind, result.Actors[i].Score);
                }

                table.WriteTo(_terminal);
                return Task.FromResult(0);
            },
            ct));
        return command;
    }

    private Command ReachCommand()
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
        var command = new Command("reach", "Every actor an actor influences along a path at least --min-strength strong, with its strongest path.") { name, minStrength, _json };
        AddFilters(command);
        command.SetAction((parse, ct) => WithEngine(
            parse,
            graph => Task.FromResult(new ReachJson(
                graph.Snapshot.Resolve(parse.GetValue(name)!).Name,
                parse.GetValue(minStrength),
                [.. graph.Reach(parse.GetValue(name)!, parse.GetValue(minStrength)).Select(r => new ReachedJson(
                    r.Actor.Name, r.Actor.Id.Value, Vocabulary.Name(r.Actor.Kind), r.Strength, [.. r.Path.Actors.Select(a => a.Name)]))])),
            (_, _) => throw new UsageException("reach is computed by the local engine only"),
            async (result, json) =>
            {
                if (json)
                {
                    WriteJson(result, CliJson.Default.ReachJson);
                    return 0;
                }

                await stdout.WriteLineAsync($"{result.From} reaches {result.Actors.Count} actors with strength at least {result.MinStrength.ToString(CultureInfo.InvariantCulture)}");
                var table = new TextTable("ACTOR", "KIND", "STRENGTH", "STRONGEST PATH");
                foreach (var r in result.Actors)
                {
                    table.Add(r.Name, r.Kind, r.Strength, string.Join(" -> ", r.Path));
                }

                table.WriteTo(_terminal);
                return 0;
            },
            ct));
        return command;
    }

    private Command NeighborsCommand()
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
        var command = new Command("neighbors", "An actor's ego network: the actors within --depth steps and the relations among them.") { name, depth, _json };
        AddFilters(command);
        command.SetAction((parse, ct) => WithEngine(
            parse,
            graph =>
            {
                var ego = graph.Neighbors(parse.GetValue(name)!, parse.GetValue(depth));
                return Task.FromResult(new NeighborsJson(
                    ego.Center.Name,
                    ego.Depth,
                    [.. ego.Actors.Select(n => new NeighborJson(n.Actor.Name, n.Actor.Id.Value, Vocabulary.Name(n.Actor.Kind), n.Distance))],
                    [.. ego.Relations.Select(r => RelationToJson(graph.Snapshot, r))]));
            },
            (_, _) => throw new UsageException("neighbors is computed by the local engine only"),
            async (result, json) =>
            {
                if (json)
                {
                    WriteJson(result, CliJson.Default.NeighborsJson);
                    return 0;
                }

                await stdout.WriteLineAsync($"{result.Center}: {result.Actors.Count - 1} actors within {result.Depth} steps, {result.Relations.Count} relations");
                var table = new TextTable("DISTANCE", "ACTOR", "KIND");
                foreach (var n in result.Actors)
                {
                    table.Add(n.Distance, n.Name, n.Kind);
                }

                table.WriteTo(_terminal);
                await stdout.WriteLineAsync();
                WriteRelations(result.Relations);
                return 0;
            },
            ct));
        return command;
    }

    private Command ChangesCommand()
    {
        var from = new Option<DateOnly?>("--from") { Description = "The day before the window (YYYY-MM-DD).", HelpName = "DATE", CustomParser = ParseDate };
        var to = new Option<DateOnly?>("--to") { Description = "The last day of the window (YYYY-MM-DD).", HelpName = "DATE", CustomParser = ParseDate };
        var sinceRun = SinceRunOption();
        var command = new Command("changes", "What changed between two days: relations and roles that began or ended.") { from, to, sinceRun, _json };
        command.Validators.Add(r =>
        {
            // --from and --to are required unless --since-run asks for the worker's cycles instead.
            var byRun = r.GetResult(sinceRun) is not null;
            foreach (var option in new[] { from, to }.Where(o => r.GetResult(o) is null && !byRun))
            {
                r.AddError($"Option '{option.Name}' is required.");
            }

            if (byRun && (r.GetResult(from) is not null || r.GetResult(to) is not null))
            {
                r.AddError("--since-run takes no --from or --to");
            }

            if (r.GetValue(from) is { } f && r.GetValue(to) is { } t && t < f)
            {
                r.AddError("--to must not be before --from");
            }
        });
        command.SetAction((parse, ct) => WithStore(parse, initialize: false, async (store, _) =>
        {
            if (parse.GetValue(sinceRun) is { } run)
            {
                return await ChangesSinceRunAsync(store, run, parse.GetValue(_json), ct);
            }

            var snapshot = await store.ReadSnapshotAsync(null, ct);
            var changes = GraphChanges.Between(snapshot, parse.GetValue(from)!.Value, parse.GetValue(to)!.Value);
            string NameOf(ActorId id) => snapshot.Find(id)?.Name ?? id.Value;
            RoleChangeJson Role(GraphRole r) => new(NameOf(r.Person), r.Title, r.Of is { } of ? NameOf(of) : null, Date(r.Since), Date(r.Until));
            var result = new ChangesJson(
                Date(changes.From)!,
                Date(changes.To)!,
                [.. changes.RelationsBegun.Select(r => RelationToJson(snapshot, r))],
                [.. changes.RelationsEnded.Select(r => RelationToJson(snapshot, r))],
                [.. changes.RolesBegun.Select(Role)],
                [.. changes.RolesEnded.Select(Role)]);
            if (parse.GetValue(_json))
            {
                WriteJson(result, CliJson.Default.ChangesJson);
                return 0;
            }

            foreach (var (title, relations) in new[] { ("Relations that began", result.RelationsBegun), ("Relations that ended", result.RelationsEnded) })
            {
                await stdout.WriteLineAsync($"{title} after {result.From} and by {result.To}: {relations.Count}");
                WriteRelations(relations);
            }

            foreach (var (title, roles) in new[] { ("Roles that began", result.RolesBegun), ("Roles that ended", result.RolesEnded) })
            {
                await stdout.WriteLineAsync($"{title}: {roles.Count}");
                var table = new TextTable("PERSON", "TITLE", "OF", "SINCE", "UNTIL");
                foreach (var r in roles)
                {
                    table.Add(r.Person, r.Title, r.Of, r.Since, r.Until);
                }

                table.WriteTo(_terminal);
            }

            return 0;
        }, ct));
        return command;
    }

    private void WriteRelations(IReadOnlyList<RelationJson> relations)
    {
        var table = new TextTable("SOURCE", "TYPE", "TARGET", "STRENGTH", "SINCE", "UNTIL");
        foreach (var r in relations)
        {
            table.Add(r.Source, r.Type, r.Target, r.Strength, r.Since, r.Until);
        }

        table.WriteTo(_terminal);
    }

    private static RelationJson RelationToJson(GraphSnapshot snapshot, GraphRelation r)
    {
        string NameOf(ActorId id) => snapshot.Find(id)?.Name ?? id.Value;
        return new RelationJson(NameOf(r.Source), Vocabulary.Name(r.Kind), NameOf(r.Target), r.Weight, r.Confidence, r.Strength, Date(r.Since), Date(r.Until), Evidence(r.Provenance),
            CorroborationJson.From(r.Corroboration));
    }

    private Command WorkerCommand()
    {
        var schedule = new Option<string>("--schedule") { Description = "A cron expression (five fields, or six with seconds first), e.g. '0 * * * *' for hourly.", HelpName = "CRON" };
        var sources = new Option<string[]>("--source") { Description = "A dataset or article file, a folder, or an RSS/Atom feed URL to ingest every cycle; repeatable.", HelpName = "PATH_OR_URL", AllowMultipleArgumentsPerToken = true };
        var feedState = new Option<string>("--feed-state") { Description = "Keep each feed's ETag, Last-Modified and items in this file across restarts.", HelpName = "PATH" };
        var retractRemoved = new Option<bool>("--retract-removed-items") { Description = "Retract the source of a feed item that left its feed (default: keep it)." };
        var exclude = new Option<string[]>("--exclude") { Description = "File name patterns to leave out (* and ?); repeatable.", HelpName = "PATTERN", AllowMultipleArgumentsPerToken = true };
        var timeZone = new Option<string>("--time-zone") { Description = "The time zone the schedule is read in (default UTC).", HelpName = "ZONE" };
        var once = new Option<bool>("--once") { Description = "Run one cycle and exit with the ingest exit code (0, 1 or 3)." };
        var keepVanished = new Option<bool>("--keep-vanished") { Description = "Keep the sources of files that vanished instead of retracting them." };
        var healthFile = new Option<string>("--health-file") { Description = "Rewrite this JSON file after every cycle (last success, last error) for health checks.", HelpName = "PATH" };
        var limit = LimitOption.Create();
        var alerts = new WorkerAlertOptions();
        var command = new Command("worker", "Keep the store current: ingest the sources on start and on a cron schedule, retract what vanished. Settings also come from appsettings.json and ActorGraph__Worker__* variables.")
        {
            schedule, sources, exclude, timeZone, once, keepVanished, healthFile, feedState, retractRemoved, limit,
        };
        alerts.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var overrides = new Dictionary<string, string?>();
            void Set(string key, string? value)
            {
                if (value is not null)
                {
                    overrides[$"{WorkerOptions.Section}:{key}"] = value;
                }
            }

            Set("Schedule", parse.GetValue(schedule));
            Set("TimeZone", parse.GetValue(timeZone));
            Set("HealthFile", parse.GetValue(healthFile));
            Set("Once", parse.GetValue(once) ? "true" : null);
            Set("RetractVanished", parse.GetValue(keepVanished) ? "false" : null);
            Set("Feeds:StateFile", parse.GetValue(feedState));
            Set("Feeds:RetractRemovedItems", parse.GetValue(retractRemoved) ? "true" : null);
            Set("Lexicons", parse.GetValue(_lexicons));
            foreach (var (key, value) in alerts.Settings(parse))
            {
                Set(key, value);
            }

            foreach (var (name, value) in LimitOption.Parse(parse.GetValue(limit)))
            {
                Set($"Limits:{name}", value);
            }

            if (parse.GetResult(_store) is { Implicit: false })
            {
                Set("Store", parse.GetValue(_store));
            }

            var paths = parse.GetValue(sources) ?? [];
            for (var i = 0; i < paths.Length; i++)
            {
                Set($"Sources:{i}", paths[i]);
            }

            var patterns = parse.GetValue(exclude) ?? [];
            for (var i = 0; i < patterns.Length; i++)
            {
                Set($"Exclude:{i}", patterns[i]);
            }

            using var host = WorkerHost.Build(overrides);
            IngestWorker worker;
            try
            {
                // Resolving the worker validates its options, so bad settings are reported before anything starts.
                worker = host.Services.GetRequiredService<IngestWorker>();
            }
            catch (OptionsValidationException e)
            {
                foreach (var failure in e.Failures)
                {
                    await stderr.WriteLineAsync($"actorgraph worker: {failure}");
                }

                return UsageError;
            }

            // --once reports its cycle; a scheduled worker that was asked to stop has stopped as asked.
            var runOnce = host.Services.GetRequiredService<IOptions<WorkerOptions>>().Value.Once;
            await host.RunAsync(ct);
            return runOnce ? worker.ExitCode : 0;
        });
        return command;
    }

    private Command ExportCommand()
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
        AddFilters(command, withEngine: false);
        command.Validators.Add(r =>
        {
            // Read the token, not the value: an unknown format has no value, and its own error says so.
            if (r.GetResult(format) is { Tokens: [{ Value: "csv" }] } && r.GetValue(output) is null)
            {
                r.AddError("--format csv writes two files: give the folder with -o");
            }
        });
        command.SetAction((parse, ct) => WithStore(parse, initialize: false, async (store, _) =>
        {
            var graph = ExportedGraph.From(await store.ReadSnapshotAsync(Filter(parse), ct));
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
                await stderr.WriteLineAsync($"wrote {Path.Combine(target!, "actors.csv")} and {Path.Combine(target!, "relations.csv")} (with roles.csv and source.json, ingest reads the folder back)");
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
                GraphWriters.Write(graph, kind, stdout);
                return 0;
            }

            await using (var file = new StreamWriter(target))
            {
                GraphWriters.Write(graph, kind, file);
            }

            await stderr.WriteLineAsync($"wrote {target}: {graph.Actors.Count} actors, {graph.Relations.Count} relations");
            return 0;
        }, ct));
        return command;
    }

    private Command ReportCommand()
    {
        var output = new Option<string>("--output", "-o") { Description = "The HTML file to write.", Required = true, HelpName = "FILE" };
        var title = new Option<string>("--title") { Description = "The report's title.", DefaultValueFactory = _ => "Actor graph", HelpName = "TEXT" };
        var command = new Command("report", "Write one self-contained HTML file (works offline) with the interactive graph: clusters, influence, evidence on click, strongest paths, filters and tables.") { output, title };
        AddFilters(command, withEngine: false);
        command.SetAction((parse, ct) => WithStore(parse, initialize: false, async (store, _) =>
        {
            var snapshot = await store.ReadSnapshotAsync(Filter(parse), ct);
            var graph = ExportedGraph.From(snapshot);
            var target = parse.GetValue(output)!;
            await using (var file = new StreamWriter(target))
            {
                await Export.Report.HtmlReportWriter.WriteAsync(graph, snapshot, parse.GetValue(title)!, file, ct);
            }

            await stderr.WriteLineAsync($"wrote {target}: {graph.Actors.Count} actors, {graph.Relations.Count} relations, {graph.Clustering.Clusters.Count} clusters");
            return 0;
        }, ct));
        return command;
    }

    private Command RunsCommand()
    {
        var limit = new Option<int>("--limit") { Description = "How many runs, newest first.", DefaultValueFactory = _ => 20, HelpName = "N" };
        limit.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--limit must be at least 1");
            }
        });
        var command = new Command("runs", "The worker's recent cycles: when, what they did, what went wrong.") { limit, _json };
        command.SetAction((parse, ct) => WithStore(parse, initialize: false, async (store, _) =>
        {
            var runs = await store.ListRunsAsync(parse.GetValue(limit), ct);
            string Moment(DateTimeOffset t) => t.ToString("O", CultureInfo.InvariantCulture);
            if (parse.GetValue(_json))
            {
                WriteJson(new RunsJson([.. runs.Select(r => new RunJson(
                    Moment(r.Started), Moment(r.Ended), r.ExitCode, r.Added, r.Updated, r.Unchanged, r.Rejected, r.Failed, r.Retracted, r.Errors))]), CliJson.Default.RunsJson);
                return 0;
            }

            var table = new TextTable("STARTED", "SECONDS", "EXIT", "ADDED", "UPDATED", "UNCHANGED", "REJECTED", "FAILED", "RETRACTED");
            foreach (var r in runs)
            {
                table.Add(Moment(r.Started), Math.Round((r.Ended - r.Started).TotalSeconds, 1), r.ExitCode, r.Added, r.Updated, r.Unchanged, r.Rejected, r.Failed, r.Retracted);
            }

            table.WriteTo(_terminal);
            foreach (var error in runs.Take(1).SelectMany(r => r.Errors))
            {
                await stdout.WriteLineAsync($"  {error}");
            }

            return 0;
        }, ct));
        return command;
    }

    private Command SchemaCommand()
    {
        var apply = new Command("apply", "Create or check the store's schema (Neo4j: the constraints and indexes of cypher/schema.cypher). Idempotent.") { _json };
        apply.SetAction((parse, ct) => WithStore(parse, initialize: true, async (_, _) =>
        {
            var display = StoreLocation.TryParse(parse.GetValue(_store)!, out var location, out _) ? location!.Display : parse.GetValue(_store)!;
            if (parse.GetValue(_json))
            {
                WriteJson(new SchemaJson(display, true), CliJson.Default.SchemaJson);
            }
            else
            {
                await stdout.WriteLineAsync($"schema applied to {display}");
            }

            return 0;
        }, ct));
        return new Command("schema", "Manage the store's schema.") { apply };
    }

    private static Option<string> EngineOption()
    {
        var engine = new Option<string>("--engine")
        {
            Description = "Where to compute: local (in this process, the default) or gds (inside Neo4j with Graph Data Science; needs --store neo4j:...).",
            HelpName = "ENGINE",
            DefaultValueFactory = _ => "local",
        };
        engine.AcceptOnlyFromAmong("local", "gds");
        return engine;
    }

    private void AddFilters(Command command, bool withEngine = true)
    {
        command.Options.Add(_types);
        command.Options.Add(_asOf);
        command.Options.Add(_minConfidence);
        if (withEngine)
        {
            command.Options.Add(_engine);
        }

        command.Validators.Add(r =>
        {

            foreach (var type in r.GetValue(_types) ?? [])
            {
                if (!Vocabulary.TryParseRelation(type, out _))
                {
                    r.AddError($"--type: unknown relation type '{type}'; expected one of {string.Join(", ", Vocabulary.RelationKinds.Select(Vocabulary.Name))}");
                }
            }

            if (r.GetValue(_minConfidence) is < 0 or > 1 or double.NaN)
            {
                r.AddError("--min-confidence must be between 0 and 1");
            }
        });
    }

    private SnapshotFilter Filter(ParseResult parse)
    {
        var types = parse.GetValue(_types);
        return new SnapshotFilter
        {
            Kinds = types is { Length: > 0 } ? types.Select(t => Vocabulary.TryParseRelation(t, out var kind) ? kind : throw new UnreachableException()).ToHashSet() : null,
            AsOf = parse.GetValue(_asOf),
            MinConfidence = parse.GetValue(_minConfidence),
        };
    }

    /// <summary>
    /// Computes an answer with the chosen engine, then writes it: the local engine reads a snapshot and computes in
    /// this process; the gds engine asks Neo4j's Graph Data Science, so the graph never has to fit here.
    /// </summary>
    private async Task<int> WithEngine<T>(
        ParseResult parse,
        Func<InfluenceGraph, Task<T>> local,
        Func<GdsEngine, SnapshotFilter, Task<T>> gds,
        Func<T, bool, Task<int>> write,
        CancellationToken cancellationToken)
    {
        var useGds = parse.GetValue(_engine) == "gds";
        if (useGds && !(StoreLocation.TryParse(parse.GetValue(_store)!, out var location, out _) && location is StoreLocation.Neo4jLocation))
        {
            await stderr.WriteLineAsync("actorgraph: --engine gds computes inside Neo4j; it needs --store neo4j:http://HOST:7474");
            return UsageError;
        }

        return await WithStore(parse, initialize: false, async (store, _) =>
        {
            var result = useGds
                ? await gds(new GdsEngine((Neo4jGraphStore)store), Filter(parse))
                : await local(InfluenceGraph.Build(await store.ReadSnapshotAsync(Filter(parse), cancellationToken)));
            return await write(result, parse.GetValue(_json));
        }, cancellationToken);
    }

    private async Task<int> WithStore(ParseResult parse, bool initialize, Func<IGraphStore, ILoggerFactory, Task<int>> action, CancellationToken cancellationToken)
    {
        if (!StoreLocation.TryParse(parse.GetValue(_store)!, out var location, out var error))
        {
            throw new InvalidOperationException(error);
        }

        var verbose = parse.GetValue(_verbose);
        using var loggers = LoggerFactory.Create(builder => builder
            .SetMinimumLevel(verbose ? LogLevel.Information : LogLevel.Warning)
            .AddSimpleConsole(o => o.SingleLine = true)
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
        await using var store = await location!.OpenAsync(loggers, initialize, cancellationToken);
        return await action(store, loggers);
    }

    private void WriteJson<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        if (ReferenceEquals(stdout, Console.Out))
        {
            // Straight to the process's output as UTF-8: clusters of a million relations are 14 MB of JSON, which
            // would otherwise be made into a string first and encoded again.
            stdout.Flush();
            using var output = Console.OpenStandardOutput();
            JsonSerializer.Serialize(output, value, type);
            output.Write("\n"u8);
            return;
        }

        stdout.WriteLine(JsonSerializer.Serialize(value, type));
    }

    private static List<EvidenceJson> Evidence(IEnumerable<Provenance> provenance) =>
        [.. provenance.Select(p => new EvidenceJson(p.SourceId, p.Evidence, p.Context))];

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? ParseDate(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        result.AddError($"'{text}' is not a date; expected YYYY-MM-DD");
        return null;
    }

    /// <summary>Reports progress on the calling thread, in order (unlike <see cref="Progress{T}"/>).</summary>
    private sealed class StepProgress(Action step) : IProgress<SourceResult>
    {
        public void Report(SourceResult value) => step();
    }
}
