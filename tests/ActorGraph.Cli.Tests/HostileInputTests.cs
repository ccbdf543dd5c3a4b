using System.Diagnostics;
using ActorGraph.Testing;

namespace ActorGraph.Cli.Tests;

/// <summary>
/// Malformed and hostile files given to <c>actorgraph ingest</c>: each is rejected as <c>file:line: field: message</c>
/// with exit code 3, no stack trace is printed, and the good files beside them are ingested.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("actorgraph-hostile-").FullName;

    private string Store => $"sqlite:{Path.Combine(_folder, "cli.db")}";

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Ingest_ProcessGivenTheFileThatCrashedIt_ExitsThreeAndIngestsTheGoodFile()
    {
        var cut = Path.Combine(_folder, "cut.yaml");
        await File.WriteAllTextAsync(cut, "actors:\n  - name: Vladimir Putin\n    kind: person\n    aliases: [Mosco\n  - w, the Kremlin] }\n");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "actorgraph.dll"), "--store", Store, "ingest", cut, Repository.File("samples", "oil-sanctions-2025-10.yaml")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(3, process.ExitCode);
        Assert.Contains($"\n{cut}:4: syntax: not well-formed YAML after this line (an unclosed [ or {{, or a value cut off?)\n", "\n" + error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Contains("1 added, 0 updated, 0 unchanged, 1 rejected", await output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_MutatedSamples_ExitZeroOrThreeWithoutAStackTrace()
    {
        var mutants = Mutants.Make(Mutants.Datasets, 24, seed: 7);
        var (_, _, _) = await Cli.Run("--store", Store, "ingest", Repository.File("samples"));
        for (var i = 0; i < mutants.Count; i++)
        {
            var file = Path.Combine(_folder, $"{i:00}-{mutants[i].Name}");
            await File.WriteAllBytesAsync(file, mutants[i].Bytes);

            var (code, _, error) = await Cli.Run("--store", Store, "ingest", file);

            Assert.True(code is 0 or 3, $"{mutants[i]}: exit {code}");
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
            Assert.All(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.StartsWith(file + ":", line, StringComparison.Ordinal));
            Assert.Equal(code == 3, error.Length > 0);
        }
    }

    [Fact]
    public async Task Ingest_LimitOption_RaisesALimitByItsSettingName()
    {
        var (refused, _, refusal) = await Cli.Run("--store", Store, "ingest", Repository.File("samples", "oil-sanctions-2025-10.yaml"), "--limit", "MaxItems=10");
        var (taken, _, _) = await Cli.Run("--store", Store, "ingest", Repository.File("samples", "oil-sanctions-2025-10.yaml"), "--limit", "maxitems=100", "--limit", "ExtractionTimeout=2.5");

        Assert.Equal(3, refused);
        Assert.Contains("more than the 10 items a source may have", refusal, StringComparison.Ordinal);
        Assert.Equal(0, taken);
    }

    [Theory]
    [InlineData("MaxItems")]
    [InlineData("MaxBananas=3")]
    [InlineData("MaxItems=-1")]
    [InlineData("ExtractionTimeout=soon")]
    public async Task Ingest_BadLimit_IsAUsageErrorNamingTheLimits(string limit)
    {
        var (code, _, error) = await Cli.Run("--store", Store, "ingest", Repository.File("samples"), "--limit", limit);

        Assert.Equal(2, code);
        Assert.StartsWith("actorgraph: --limit ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_MaxFileSizeOption_RaisesTheCapOnYamlAndJsonFiles()
    {
        var sample = Repository.File("samples", "oil-sanctions-2025-10.yaml");
        var size = new FileInfo(sample).Length;

        var (refused, _, refusal) = await Cli.Run("--store", Store, "ingest", sample, "--max-file-size", (size - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var (taken, _, _) = await Cli.Run("--store", Store, "ingest", sample, "--max-file-size", "1M");
        var (bad, _, usage) = await Cli.Run("--store", Store, "ingest", sample, "--max-file-size", "big");

        Assert.Equal(3, refused);
        Assert.Contains($"{sample}:1: file: {size:N0} bytes is larger than the {size - 1:N0} bytes a YAML or JSON dataset may have", refusal, StringComparison.Ordinal);
        Assert.Contains("--max-file-size", refusal, StringComparison.Ordinal);
        Assert.Equal(0, taken);
        Assert.Equal(2, bad);
        Assert.Contains("--max-file-size 'big'", usage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportJsonl_ThenIngestIntoAnotherStore_ExportsTheSameLines()
    {
        var first = Path.Combine(_folder, "first.jsonl");
        var second = Path.Combine(_folder, "second.jsonl");
        var other = $"sqlite:{Path.Combine(_folder, "other.db")}";
        await Cli.Run("--store", Store, "ingest", Repository.File("samples"));

        var (exported, _, _) = await Cli.Run("--store", Store, "export", "--format", "jsonl", "-o", first);
        var (ingested, output, _) = await Cli.Run("--store", other, "ingest", first);
        await Cli.Run("--store", other, "export", "--format", "jsonl", "-o", second);

        Assert.Equal((0, 0), (exported, ingested));
        Assert.Contains("1 added", output, StringComparison.Ordinal);
        Assert.StartsWith("{\"source\":", await File.ReadAllTextAsync(first), StringComparison.Ordinal);
        Assert.Equal(await File.ReadAllLinesAsync(first), await File.ReadAllLinesAsync(second));
    }

    [Fact]
    public async Task ExportCsv_ThenIngestTheFolder_GivesTheSameGraph()
    {
        var folder = Path.Combine(_folder, "csv");
        var (first, second) = (Path.Combine(_folder, "first.jsonl"), Path.Combine(_folder, "second.jsonl"));
        var other = $"sqlite:{Path.Combine(_folder, "from-csv.db")}";
        await Cli.Run("--store", Store, "ingest", Repository.File("samples"));

        var (exported, _, _) = await Cli.Run("--store", Store, "export", "--format", "csv", "-o", folder);
        var (ingested, output, _) = await Cli.Run("--store", other, "ingest", folder);
        await Cli.Run("--store", Store, "export", "--format", "jsonl", "-o", first);
        await Cli.Run("--store", other, "export", "--format", "jsonl", "-o", second);

        Assert.Equal((0, 0), (exported, ingested));
        Assert.Contains("1 added", output, StringComparison.Ordinal);
        // CSV carries no evidence: everything else comes back.
        static IEnumerable<string> WithoutEvidence(string file) => File.ReadLines(file)
            .Select(l => System.Text.RegularExpressions.Regex.Replace(l, ",\"(context|evidence)\":\"(?:[^\"\\\\]|\\\\.)*\"", string.Empty));
        Assert.Equal(WithoutEvidence(first), WithoutEvidence(second));
    }
}
