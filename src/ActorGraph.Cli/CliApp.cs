using System.CommandLine;
using ActorGraph.Cli.Commands;
using ActorGraph.Core;
using ActorGraph.Core.Storage;
using ActorGraph.Extraction;
using ActorGraph.Hosting;

namespace ActorGraph.Cli;

/// <summary>
/// The <c>actorgraph</c> command line: parses, runs one command from <c>Commands/</c>, and turns the failures users
/// can act on into a message and an exit code (<see cref="ExitCodes"/>).
/// </summary>
internal sealed class CliApp(TextWriter stdout, TextWriter stderr, bool interactive = false)
{
    private readonly CommandRunner _cli = new(stdout, stderr, interactive);

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
            return ExitCodes.Usage;
        }

        if (parse.GetValue(_cli.Options.Store) is { } storeText && !StoreLocation.TryParse(storeText, out _, out var storeError))
        {
            await stderr.WriteLineAsync($"actorgraph: {storeError}");
            return ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (LexiconException e)
        {
            await stderr.WriteLineAsync($"actorgraph: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (UsageException e)
        {
            await stderr.WriteLineAsync($"actorgraph: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (ActorNotFoundException e)
        {
            await stderr.WriteLineAsync($"actorgraph: {e.Message}");
            return ExitCodes.Failure;
        }
        catch (GraphStoreException e)
        {
            await stderr.WriteLineAsync($"actorgraph: {e.Message}");
            if (e.Code == "Neo.ClientError.Security.Unauthorized")
            {
                await stderr.WriteLineAsync($"actorgraph: set {StoreLocation.UserVariable} and {StoreLocation.PasswordVariable} (or {StoreLocation.PasswordFileVariable}) for this server.");
            }

            return ExitCodes.Failure;
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("actorgraph: cancelled");
            return ExitCodes.Failure;
        }
    }

    internal RootCommand BuildCommands()
    {
        var root = new RootCommand("ActorGraph: who leads, advises, facilitates and sanctions whom, and how influence flows between them.");
        root.Options.Add(_cli.Options.Store);
        root.Options.Add(_cli.Options.Verbose);
        root.Options.Add(_cli.Options.Lexicons);
        root.Subcommands.Add(IngestCommand.Create(_cli));
        root.Subcommands.Add(ExtractCommand.Create(_cli));
        root.Subcommands.Add(EvalCommand.Create(_cli));
        root.Subcommands.Add(StatsCommand.Create(_cli));
        root.Subcommands.Add(SourcesCommand.Create(_cli));
        root.Subcommands.Add(RetractCommand.Create(_cli));
        root.Subcommands.Add(ActorCommand.Create(_cli));
        root.Subcommands.Add(PathsCommand.Create(_cli));
        root.Subcommands.Add(ClustersCommand.Create(_cli));
        root.Subcommands.Add(RankCommand.Create(_cli));
        root.Subcommands.Add(ReachCommand.Create(_cli));
        root.Subcommands.Add(NeighborsCommand.Create(_cli));
        root.Subcommands.Add(ChangesCommand.Create(_cli));
        root.Subcommands.Add(SchemaCommand.Create(_cli));
        root.Subcommands.Add(WorkerCommand.Create(_cli));
        root.Subcommands.Add(RunsCommand.Create(_cli));
        root.Subcommands.Add(ExportCommand.Create(_cli));
        root.Subcommands.Add(ReportCommand.Create(_cli));
        root.Subcommands.Add(DisputesCommand.Create(_cli));
        root.Subcommands.Add(TimelineCommand.Create(_cli));
        HelpExamples.AddTo(root);
        return root;
    }
}
