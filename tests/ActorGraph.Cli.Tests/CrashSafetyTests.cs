using System.Diagnostics;
using ActorGraph.Core.Model;
using ActorGraph.Storage.Embedded;

namespace ActorGraph.Cli.Tests;

/// <summary>
/// The worker killed with SIGKILL at many moments during ingestion, then restarted, ends with the same graph as a
/// run that was never interrupted: every source is written in one transaction, and its content hash is committed
/// with it, so an interrupted cycle leaves each source as before or as after and the next cycle completes the work.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private const int Files = 150;
    private readonly string _folder = Directory.CreateTempSubdirectory("actorgraph-crash-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Worker_KilledAtManyMoments_EndsWithTheGraphOfACleanRun()
    {
        var random = new Random(20261126);
        var killedMidway = 0;
        for (var round = 0; round < 12; round++)
        {
            // Every round changes every file, so each run has all sources to rewrite when it is killed. The worker
            // logs each source once committed; it is killed after a random number of them.
            WriteCorpus(round);
            var killAfter = random.Next(1, Files * 3 / 4);
            var committed = 0;
            using var killed = new SemaphoreSlim(0);
            using var worker = StartWorker("crash.db", line =>
            {
                if (line.Contains("Ingested", StringComparison.Ordinal) && Interlocked.Increment(ref committed) == killAfter)
                {
                    killed.Release();
                }
            });
            await Task.WhenAny(killed.WaitAsync(), worker.WaitForExitAsync());
            if (!worker.HasExited)
            {
                worker.Kill(entireProcessTree: true);
            }

            await worker.WaitForExitAsync();
            var written = (await ReadAsync("crash.db")).Sources.Count(s => s.Info.Title!.EndsWith($"round {round}", StringComparison.Ordinal));
            killedMidway += written is > 0 and < Files ? 1 : 0;
        }

        WriteCorpus(99);
        using (var finish = StartWorker("crash.db"))
        {
            await finish.WaitForExitAsync();
            Assert.Equal(0, finish.ExitCode);
        }

        using (var clean = StartWorker("clean.db"))
        {
            await clean.WaitForExitAsync();
            Assert.Equal(0, clean.ExitCode);
        }

        var crashed = await ReadAsync("crash.db");
        var expected = await ReadAsync("clean.db");
        Assert.True(killedMidway >= 9, $"only {killedMidway} of 12 kills landed in the middle of a cycle");
        Assert.Equal(Describe(expected), Describe(crashed));
        Assert.Equal(Files, crashed.Sources.Count);
        Assert.Equal(crashed.Relations.Count, crashed.Relations.Select(r => (r.Source, r.Kind, r.Target)).Distinct().Count());
    }

    [Fact]
    public async Task Worker_SigtermMidCycle_StopsWithinTheTimeoutAndLosesNothing()
    {
        WriteCorpus(0);
        using var started = new SemaphoreSlim(0);
        var committed = 0;
        using var worker = StartWorker("term.db", line =>
        {
            if (line.Contains("Ingested", StringComparison.Ordinal) && Interlocked.Increment(ref committed) == 20)
            {
                started.Release();
            }
        }, once: false);
        await Task.WhenAny(started.WaitAsync(), worker.WaitForExitAsync());
        Assert.False(worker.HasExited, "the worker ended before it could be stopped");

        using (var term = Process.Start("kill", ["-TERM", worker.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await term.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await worker.WaitForExitAsync(timeout.Token);

        // Stopped cleanly: the host ran its shutdown, and every source is either fully written or not at all.
        Assert.Equal(0, worker.ExitCode);
        var partial = await ReadAsync("term.db");
        Assert.InRange(partial.Sources.Count, 20, Files);
        using (var finish = StartWorker("term.db"))
        {
            await finish.WaitForExitAsync();
        }

        using (var clean = StartWorker("term-clean.db"))
        {
            await clean.WaitForExitAsync();
        }

        Assert.Equal(Describe(await ReadAsync("term-clean.db")), Describe(await ReadAsync("term.db")));
    }

    private Process StartWorker(string database, Action<string>? onLine = null, bool once = true)
    {
        string[] arguments = [Path.Combine(AppContext.BaseDirectory, "actorgraph.dll"), "--store", $"sqlite:{database}", "worker", "--source", "data", .. once ? ["--once"] : Array.Empty<string>()];
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__ActorGraph.Ingestion"] = "Information";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => onLine?.Invoke(e.Data ?? string.Empty);
        process.ErrorDataReceived += (_, e) => onLine?.Invoke(e.Data ?? string.Empty);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void WriteCorpus(int round)
    {
        var data = Path.Combine(_folder, "data");
        Directory.CreateDirectory(data);
        for (var file = 0; file < Files; file++)
        {
            var people = Enumerable.Range(0, 8).Select(i => $"Person {(file * 3 + i * 7 + round) % 30}").Distinct().ToList();
            var lines = new List<string> { $"source: {{ title: \"file {file}, round {round}\" }}", "actors:" };
            lines.AddRange(people.Select(p => $"  - {{ name: {p}, kind: person, aliases: [\"{p} r{round}\"] }}"));
            lines.Add("relations:");
            for (var i = 1; i < people.Count; i++)
            {
                var type = (i % 4) switch { 0 => "LEADS", 1 => "ADVISES", 2 => "FACILITATES", _ => "SANCTIONS" };
                lines.Add($"  - {{ source: {people[0]}, type: {type}, target: {people[i]}, confidence: 0.{(file + i + round) % 9 + 1} }}");
            }

            File.WriteAllLines(Path.Combine(data, $"report-{file:00}.yaml"), lines);
        }
    }

    private async Task<GraphSnapshot> ReadAsync(string database)
    {
        await using var store = EmbeddedGraphStore.Create(new EmbeddedStoreOptions { Path = Path.Combine(_folder, database) });
        await store.InitializeAsync();
        return await store.ReadSnapshotAsync();
    }

    private static List<string> Describe(GraphSnapshot snapshot) =>
    [
        .. snapshot.Sources.Select(s => $"source {s.Info.Id} {s.Info.Title} {s.ContentHash}"),
        .. snapshot.Actors.Select(a => $"actor {a.Id} {a.Name} {a.Kind} [{string.Join(",", a.Aliases)}] [{string.Join(",", a.Sources)}]"),
        .. snapshot.Relations.Select(r => $"relation {r.Source} {r.Kind} {r.Target} {r.Weight:R} {r.Confidence:R} [{string.Join(",", r.Provenance.Select(p => p.SourceId))}]"),
    ];
}
