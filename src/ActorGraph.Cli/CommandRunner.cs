using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Hosting;
using ActorGraph.Query;
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
    /// Computes an answer with the engine <c>--engine</c> names, then writes it: the local engine reads a snapshot and
    /// computes in this process; the gds engine asks Neo4j's Graph Data Science, so the graph never has to fit here.
    /// Both answer with the same result types, so each command maps its results once.
    /// </summary>
    public Task<int> WithEngine<T>(
        ParseResult parse,
        Func<IInfluenceEngine, SnapshotFilter, Task<T>> compute,
        Func<T, bool, Task<int>> write,
        CancellationToken cancellationToken) =>
        WithAnalysis(parse, null, async connection =>
        {
            var filter = Options.Filter(parse);
            return await compute(connection.Engine(EngineKind(parse)), filter);
        }, write, cancellationToken);

    /// <summary>
    /// Computes an answer only the local engine has (reach, neighbours, betweenness, …) over the influence graph of
    /// the filtered snapshot, then writes it; with <c>--engine gds</c> it says so, as a usage error.
    /// </summary>
    public Task<int> WithGraph<T>(
        ParseResult parse,
        string localOnly,
        Func<InfluenceGraph, Task<T>> compute,
        Func<T, bool, Task<int>> write,
        CancellationToken cancellationToken) =>
        WithAnalysis(parse, localOnly, async connection =>
            await compute(InfluenceGraph.Build(await connection.Store.ReadSnapshotAsync(Options.Filter(parse), cancellationToken))), write, cancellationToken);

    /// <summary>Whether <c>--engine gds</c> was asked for.</summary>
    public bool UsesGds(ParseResult parse) => EngineKind(parse) == InfluenceEngineKind.Gds;

    /// <summary>Opens the store the command line names, runs <paramref name="action"/> on it, and closes it.</summary>
    public Task<int> WithStore(ParseResult parse, bool initialize, Func<IGraphStore, ILoggerFactory, Task<int>> action, CancellationToken cancellationToken) =>
        WithConnection(parse, initialize, (connection, loggers) => action(connection.Store, loggers), cancellationToken);

    private async Task<int> WithAnalysis<T>(ParseResult parse, string? localOnly, Func<GraphConnection, Task<T>> compute, Func<T, bool, Task<int>> write, CancellationToken cancellationToken)
    {
        if (UsesGds(parse))
        {
            if (!(StoreLocation.TryParse(parse.GetValue(Options.Store)!, out var location, out _) && location!.Supports(InfluenceEngineKind.Gds)))
            {
                await stderr.WriteLineAsync("actorgraph: --engine gds computes inside Neo4j; it needs --store neo4j:http://HOST:7474");
                return ExitCodes.Usage;
            }

            if (localOnly is not null)
            {
                throw new UsageException(localOnly);
            }
        }

        return await WithConnection(parse, initialize: false, async (connection, _) => await write(await compute(connection), parse.GetValue(Options.Json)), cancellationToken);
    }

    private async Task<int> WithConnection(ParseResult parse, bool initialize, Func<GraphConnection, ILoggerFactory, Task<int>> action, CancellationToken cancellationToken)
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
        await using var connection = await location!.ConnectAsync(loggers, initialize, cancellationToken);
        return await action(connection, loggers);
    }

    private InfluenceEngineKind EngineKind(ParseResult parse) =>
        parse.GetValue(Options.Engine) == "gds" ? InfluenceEngineKind.Gds : InfluenceEngineKind.Local;

    public void WriteJson<T>(T value, JsonTypeInfo<T> type)
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
