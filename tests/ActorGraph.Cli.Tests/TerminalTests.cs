using System.CommandLine;
using ActorGraph.Testing;

namespace ActorGraph.Cli.Tests;

/// <summary>Human output: Spectre tables and progress on a terminal, plain text when redirected, NO_COLOR, help examples.</summary>
public sealed class TerminalTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("actorgraph-terminal-").FullName;

    private string Store => $"sqlite:{Path.Combine(_folder, "t.db")}";

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Output_OnATerminal_DrawsTablesInColourAndIngestShowsProgressOnStderr()
    {
        var (code, output, error) = await Cli.Run(true, "--store", Store, "ingest", Repository.File("samples"));
        var (_, stats, _) = await Cli.Run(true, "--store", Store, "stats");

        Assert.Equal(0, code);
        Assert.Contains("╭", output, StringComparison.Ordinal);
        Assert.Contains("\u001b[", stats, StringComparison.Ordinal);
        Assert.Contains("│ ACTORS", stats.Replace("\u001b[1;96m", "", StringComparison.Ordinal).Replace("\u001b[0m", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Ingesting", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Output_NoColorSet_KeepsTheTablesButDropsEveryEscapeCode()
    {
        await Cli.Run(false, "--store", Store, "ingest", Repository.File("samples"));
        Environment.SetEnvironmentVariable("NO_COLOR", "1");
        try
        {
            var (code, output, _) = await Cli.Run(true, "--store", Store, "rank", "--top", "3");

            Assert.Equal(0, code);
            Assert.Contains("╭", output, StringComparison.Ordinal);
            Assert.DoesNotContain("\u001b", output, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("NO_COLOR", null);
        }
    }

    [Fact]
    public async Task Output_Redirected_IsPlainTextWithoutProgress()
    {
        var (code, output, error) = await Cli.Run(false, "--store", Store, "ingest", Repository.File("samples"));

        Assert.Equal(0, code);
        Assert.StartsWith("FILE  ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("╭", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("Ingesting", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_EveryCommand_ShowsExamples()
    {
        var root = new CliApp(TextWriter.Null, TextWriter.Null).BuildCommands();
        var commands = root.Subcommands.SelectMany(c => c.Subcommands.Prepend(c)).ToList();

        Assert.True(commands.Count >= 19);
        foreach (var command in commands)
        {
            var path = command.Parents.OfType<Command>().Any(p => p != root) ? ["schema", command.Name] : new[] { command.Name };
            var (code, output, _) = await Cli.Run(false, [.. path, "--help"]);
            Assert.Equal(0, code);
            Assert.Contains("Examples:", output, StringComparison.Ordinal);
            var examples = output[output.IndexOf("Examples:", StringComparison.Ordinal)..].Split('\n').Skip(1).TakeWhile(l => l.StartsWith("    actorgraph ", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(examples);
            Assert.All(examples, e => Assert.Contains($" {command.Name}", e, StringComparison.Ordinal));
        }
    }
}
