using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Query;
using ActorGraph.Storage.Neo4j;
using ActorGraph.Worker;
using Microsoft.Extensions.Logging;

namespace ActorGraph.Cli;

/// <summary>
/// What every command runs on: the output streams, the terminal, the shared options, and the runners that open the
/// store (and pick the analysis engine) for a command, then close it.
/// </summary>
internal sealed class CommandRunner(TextWriter stdout, TextWriter stderr, bool interactive)
{
    public TextWriter Out => stdout;

    public TextWriter Error => stderr;

    public Terminal Terminal { get; } = new(stdout, interactive, stderr);

    public CliOptions Options { get; } = new();

    /// <summary>
    /// Computes an answer with the chosen engine, then writes it: the local engine reads a snapshot and computes in
    /// this process; the gds engine asks Neo4j's Graph Data Science, so the graph never has to fit here.
    /// </summary>
    public async Task<int> WithEngine<T>(
        ParseResult parse,
        Func<InfluenceGraph, Task<T>> local,
        Func<GdsEngine, SnapshotFilter, Task<T>> gds,
        Func<T, bool, Task<int>> write,
        CancellationToken cancellationToken)
    {
        var useGds = parse.GetValue(Options.Engine) == "gds";
        if (useGds && !(StoreLocation.TryParse(parse.GetValue(Options.Store)!, out var location, out _) && location is StoreLocation.Neo4jLocation))
        {
            await stderr.WriteLineAsync("actorgraph: --engine gds computes inside Neo4j; it needs --store neo4j:http://HOST:7474");
            return ExitCodes.Usage;
        }

        return await WithStore(parse, initialize: false, async (store, _) =>
        {
            var result = useGds
                ? await gds(new GdsEngine((Neo4jGraphStore)store), Options.Filter(parse))
                : await local(InfluenceGraph.Build(await store.ReadSnapshotAsync(Options.Filter(parse), cancellationToken)));
            return await write(result, parse.GetValue(Options.Json));
        }, cancellationToken);
    }

    /// <summary>Opens the store the command line names, runs <paramref name="action"/> on it, and closes it.</summary>
    public async Task<int> WithStore(ParseResult parse, bool initialize, Func<IGraphStore, ILoggerFactory, Task<int>> action, CancellationToken cancellationToken)
    {
        if (!StoreLocation.TryParse(parse.GetValue(Options.Store)!, out var location, out var error))
        {
            throw new InvalidOperationException(error);
        }

        var verbose = parse.GetValue(Options.Verbose);
        using var loggers = LoggerFactory.Create(builder => builder
            .SetMinimumLevel(verbose ? LogLevel.Information : LogLevel.Warning)
            .AddSimpleConsole(o => o.SingleLine = true)
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
        await using var store = await location!.OpenAsync(loggers, initialize, cancellationToken);
        return await action(store, loggers);
    }

    public void WriteJson<T>(T value, JsonTypeInfo<T> type)
    {
        stdout.WriteLine(JsonSerializer.Serialize(value, type));
    }

    public void WriteRelations(IReadOnlyList<RelationJson> relations)
    {
        var table = new TextTable("SOURCE", "TYPE", "TARGET", "STRENGTH", "SINCE", "UNTIL");
        foreach (var r in relations)
        {
            table.Add(r.Source, r.Type, r.Target, r.Strength, r.Since, r.Until);
        }

        table.WriteTo(Terminal);
    }
}
