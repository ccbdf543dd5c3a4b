using ActorGraph.Ingestion;
using ActorGraph.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ActorGraph.Worker.Tests;

public sealed partial class WorkerTests
{
    /// <summary>A flow sequence cut across lines: YamlDotNet's scanner threw InvalidOperationException on it, which ended the worker.</summary>
    private const string CutFlowSequence = "actors:\n  - name: Vladimir Putin\n    kind: person\n    aliases: [Mosco\n  - w, the Kremlin] }\n";

    [Fact]
    public async Task Cycle_FolderOfGoodAndMutatedFiles_IngestsEveryGoodFile()
    {
        foreach (var (name, bytes) in Mutants.Datasets)
        {
            File.WriteAllBytes(Path.Combine(P("data"), "good-" + name), bytes);
        }

        var mutants = Mutants.Make(Mutants.Datasets, 60, seed: 13);
        for (var i = 0; i < mutants.Count; i++)
        {
            File.WriteAllBytes(Path.Combine(P("data"), $"mutant-{i:00}-{mutants[i].Name}"), mutants[i].Bytes);
        }

        File.WriteAllText(P("data/mutant-cut.yaml"), CutFlowSequence);
        File.WriteAllText(P("data/mutant-laughs.yaml"), "a: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n");
        File.WriteAllText(P("data/mutant-deep.html"), string.Concat(Enumerable.Repeat("<div>", 5000)));
        await using var store = await OpenStoreAsync();

        var report = await new IngestCycle(new WorkerOptions { Sources = { P("data") }, SourceRoot = _folder }, NullLoggerFactory.Instance).RunAsync(store, default);

        var good = report.Ingest.Results.Where(r => Path.GetFileName(r.Path).StartsWith("good-", StringComparison.Ordinal)).ToList();
        Assert.Equal(Mutants.Datasets.Count, good.Count);
        Assert.All(good, r => Assert.Equal(SourceOutcome.Added, r.Outcome));
        Assert.Equal(IngestStatus.SomeRejected, report.Status);
        Assert.All(report.Ingest.Results.Where(r => r.Outcome == SourceOutcome.Rejected), r => Assert.All(r.Errors, e => Assert.True(e.Line >= 1, e.ToString())));
        var rejected = report.Ingest.Results.Where(r => r.Outcome == SourceOutcome.Rejected).Select(r => Path.GetFileName(r.Path)).ToList();
        Assert.Contains("mutant-cut.yaml", rejected);
        Assert.Contains("mutant-laughs.yaml", rejected);
        Assert.Contains("mutant-deep.html", rejected);
    }

    [Fact]
    public void Host_LimitSettings_AreBoundFromTheirSectionAndChecked()
    {
        using var host = WorkerHost.Build(new Dictionary<string, string?>
        {
            ["ActorGraph:Worker:Sources:0"] = "data",
            ["ActorGraph:Worker:Limits:MaxItems"] = "1000000",
            ["ActorGraph:Worker:Limits:ExtractionTimeout"] = "00:00:30",
        });

        var options = host.Services.GetRequiredService<IOptions<WorkerOptions>>().Value;

        Assert.Equal((1_000_000, TimeSpan.FromSeconds(30)), (options.Limits.MaxItems, options.Limits.ExtractionTimeout));
        var bad = new WorkerOptions { Sources = { "data" }, Limits = { MaxHtmlDepth = 0, MaxNestingDepth = 5000 } };
        Assert.Equal(["ActorGraph:Worker:Limits:MaxNestingDepth may be at most 1000", "ActorGraph:Worker:Limits:MaxHtmlDepth must be positive"], bad.Validate());
    }
}
