using System.CommandLine;
using System.Diagnostics;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.Json;
using ActorGraph.Core;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Ingestion;
using ActorGraph.Query;
using ActorGraph.Storage.Neo4j;
using Microsoft.Extensions.Logging;

namespace ActorGraph.Cli;

/// <summary>
/// The <c>actorgraph</c> command line. Exit codes: 0 success, 1 failure, 2 usage error,
/// 3 some input rejected (the rest ingested).
/// </summary>
internal sealed class CliApp(TextWriter stdout, TextWriter stderr)
{
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

    private RootCommand BuildCommands()
    {
        var root = new RootCommand("ActorGraph: who leads, advises, facilitates and sanctions whom, and how influence flows between them.");
        root.Options.Add(_store);
        root.Options.Add(_verbose);
        root.Subcommands.Add(IngestCommand());
        root.Subcommands.Add(StatsCommand());
        root.Subcommands.Add(SourcesCommand());
        root.Subcommands.Add(RetractCommand());
        root.Subcommands.Add(ActorCommand());
        root.Subcommands.Add(PathsCommand());
        root.Subcommands.Add(ClustersCommand());
        root.Subcommands.Add(RankCommand());
        root.Subcommands.Add(SchemaCommand());
        return root;
    }

    private Command IngestCommand()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Dataset files (.yaml, .yml, .json) or folders searched recursively.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("ingest", "Ingest dataset files: each file is one source, written whole or not at all.") { paths, _json };
        command.SetAction((parse, ct) => WithStore(parse, initialize: true, async (store, loggers) =>
        {
            var report = await new DatasetIngestor(store, loggers.CreateLogger<DatasetIngestor>()).IngestAsync(parse.GetValue(paths)!, ct);
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

                table.WriteTo(stdout);
                await stdout.WriteLineAsync(
                    $"{report.Count(SourceOutcome.Added)} added, {report.Count(SourceOutcome.Updated)} updated, " +
                    $"{report.Count(SourceOutcome.Unchanged)} unchanged, {report.Count(SourceOutcome.Rejected)} rejected" +
                    (report.Count(SourceOutcome.Failed) > 0 ? $", {report.Count(SourceOutcome.Failed)} failed" : ""));
            }

            return report.ExitCode;
        }, ct));
        return command;
    }

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
                new TextTable("ACTORS", "ROLES", "RELATIONS", "SOURCES").Add(stats.Actors, stats.Roles, stats.Relations, stats.Sources).WriteTo(stdout);
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
                WriteJson(new SourcesJson([.. sources.Select(s => new SourceJson(
                    s.Info.Id, s.Info.Title, s.Info.Url?.OriginalString, Date(s.Info.Published), s.ContentHash,
                    s.IngestedAt.ToString("O", CultureInfo.InvariantCulture)))]), CliJson.Default.SourcesJson);
            }
            else
            {
                var table = new TextTable("SOURCE", "PUBLISHED", "TITLE");
                foreach (var s in sources)
                {
                    table.Add(s.Info.Id, s.Info.Published, s.Info.Title);
                }

                table.WriteTo(stdout);
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
            RelationJson ToJson(GraphRelation r) => new(
                NameOf(r.Source), Vocabulary.Name(r.Kind), NameOf(r.Target), r.Weight, r.Confidence, r.Strength,
                Date(r.Since), Date(r.Until), Evidence(r.Provenance));

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

                table.WriteTo(stdout);
            }

            if (outgoing.Count + incoming.Count > 0)
            {
                await stdout.WriteLineAsync();
                var table = new TextTable("SOURCE", "TYPE", "TARGET", "STRENGTH", "SINCE", "SOURCES");
                foreach (var r in outgoing.Concat(incoming))
                {
                    table.Add(NameOf(r.Source), Vocabulary.Name(r.Kind), NameOf(r.Target), r.Strength, r.Since, string.Join(", ", r.Provenance.Select(p => p.SourceId)));
                }

                table.WriteTo(stdout);
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
        var command = new Command("paths", "The strongest loopless influence paths from one actor to another.") { from, to, k, _json };
        AddFilters(command);
        command.SetAction((parse, ct) => WithEngine(
            parse,
            graph =>
            {
                var paths = graph.StrongestPaths(parse.GetValue(from)!, parse.GetValue(to)!, parse.GetValue(k));
                return Task.FromResult(new PathsJson(
                    graph.Snapshot.Resolve(parse.GetValue(from)!).Name,
                    graph.Snapshot.Resolve(parse.GetValue(to)!).Name,
                    [.. paths.Select(p => new PathJson(
                        p.Strength,
                        [.. p.Actors.Select(a => a.Name)],
                        [.. p.Steps.Select(s => new StepJson(s.Source.Name, Vocabulary.Name(s.Kind), s.Target.Name, s.Strength, s.Relation.Weight, s.Relation.Confidence, Evidence(s.Relation.Provenance)))]))]));
            },
            async (gds, filter) =>
            {
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
                string.Join(" ", p.Steps.Select((s, j) => (j == 0 ? s.Source : "") + $" -{s.Type}-> {s.Target}")).Trim());
            foreach (var s in p.Steps)
            {
                var first = s.Evidence.FirstOrDefault(x => x.Evidence is not null);
                var quote = first is null ? "" : $": \"{first.Evidence}\" [{first.Source}]";
                await stdout.WriteLineAsync($"     {s.Source} {s.Type} {s.Target} ({s.Strength.ToString("0.###", CultureInfo.InvariantCulture)}){quote}");
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
        var command = new Command("clusters", "Group the actors into clusters (Louvain modularity).") { seed, resolution, _json };
        AddFilters(command);
        command.SetAction((parse, ct) => WithEngine(
            parse,
            graph =>
            {
                var result = graph.Clusters(new ClusterOptions { Seed = parse.GetValue(seed), Resolution = parse.GetValue(resolution) });
                return Task.FromResult(new ClustersJson(result.Algorithm, parse.GetValue(seed), result.Modularity,
                    [.. result.Clusters.Select(c => new ClusterJson(c.Members.Count, [.. c.Members.Select(m => m.Name)]))]));
            },
            async (gds, filter) =>
            {
                // Graph Data Science's Louvain, like the local default; its members come ordered by name.
                var result = await gds.CommunitiesAsync(filter, GdsCommunityAlgorithm.Louvain, parse.GetValue(resolution), parse.GetValue(seed), ct);
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

                table.WriteTo(stdout);
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
        var command = new Command("rank", "The most influential actors (weighted PageRank over who influences whom).") { top, _json };
        AddFilters(command);
        command.SetAction((parse, ct) => WithEngine(
            parse,
            graph => Task.FromResult(new RankJson("influence", [.. graph.InfluenceRank().Take(parse.GetValue(top))
                .Select(s => new ScoreJson(s.Actor.Name, s.Actor.Id.Value, Vocabulary.Name(s.Actor.Kind), s.Score))])),
            async (gds, filter) => new RankJson("influence", [.. (await gds.InfluenceRankAsync(filter, parse.GetValue(top), ct))
                .Select(s => new ScoreJson(s.Name, s.Id.Value, Vocabulary.Name(s.Kind), s.Score))]),
            (result, json) =>
            {
                if (json)
                {
                    WriteJson(result, CliJson.Default.RankJson);
                    return Task.FromResult(0);
                }

                var table = new TextTable("#", "ACTOR", "KIND", "INFLUENCE");
                for (var i = 0; i < result.Actors.Count; i++)
                {
                    table.Add(i + 1, result.Actors[i].Name, result.Actors[i].Kind, result.Actors[i].Score);
                }

                table.WriteTo(stdout);
                return Task.FromResult(0);
            },
            ct));
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

    private void AddFilters(Command command)
    {
        command.Options.Add(_types);
        command.Options.Add(_asOf);
        command.Options.Add(_minConfidence);
        command.Options.Add(_engine);
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
}
