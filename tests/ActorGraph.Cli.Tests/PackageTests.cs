using System.Diagnostics;
using System.Reflection;
using System.Text;
using ActorGraph.Testing;

namespace ActorGraph.Cli.Tests;

/// <summary>
/// What a .NET user installs: <c>scripts/pack-check.sh</c> packs the solution as it was just built, installs the
/// actorgraph tool from the packages into a temporary tool path, runs it, and builds and runs a fresh console project
/// against ActorGraph.Query from the same folder.
/// </summary>
public sealed class PackageTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(6);
    private readonly string _packages = Directory.CreateTempSubdirectory("actorgraph-packages-").FullName;

    public void Dispose() => Directory.Delete(_packages, recursive: true);

    [SkippableFact]
    public async Task PackCheck_PackagesInALocalFolder_InstallTheToolAndBuildAConsoleProject()
    {
        var bash = Executables.Find("ACTORGRAPH_BASH", "bash");
        Skip.If(bash is null, Executables.Missing("bash, which runs scripts/pack-check.sh,", "ACTORGRAPH_BASH", "apt-get install bash"));
        Skip.If(Executables.Find("ACTORGRAPH_DOTNET", "dotnet") is null, Executables.Missing("The dotnet command, which packs,", "ACTORGRAPH_DOTNET", "install the .NET SDK"));
        var version = typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        var (exitCode, output) = await RunAsync(bash, Repository.File("scripts", "pack-check.sh"), "--no-build");

        Assert.True(exitCode == 0, $"pack-check.sh exited with {exitCode}:\n{output}");
        Assert.Contains($"pack-check: actorgraph --version: {version}\n", output, StringComparison.Ordinal);
        Assert.Contains("pack-check: console project: path Saudi Arabia -> Marco Rubio -> United States 0.4536\n", output, StringComparison.Ordinal);
        Assert.Contains($"pack-check: ok {version}\n", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_packages, $"actorgraph.{version}.nupkg")), output);
    }

    /// <summary>Runs the script on the build this test runs from (its configuration), into a folder of this test's own.</summary>
    private async Task<(int ExitCode, string Output)> RunAsync(string bash, params string[] arguments)
    {
        var start = new ProcessStartInfo(bash, arguments)
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // The test host's MSBuild settings belong to the build that runs the tests, not to the script's own dotnet calls.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["ACTORGRAPH_PACKAGES"] = _packages;
        start.Environment["ACTORGRAPH_CONFIGURATION"] = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"pack-check.sh did not finish within {Limit.TotalMinutes} minutes:\n{await stdout}\n{await stderr}");
        }

        output.Append(await stdout);
        var errors = await stderr;
        return (process.ExitCode, errors.Length == 0 ? output.ToString() : $"{output}\nstandard error:\n{errors}");
    }
}
