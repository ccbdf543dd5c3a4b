using System.Diagnostics;
using System.Text.Json;
using ActorGraph.Ingestion;
using ActorGraph.Ingestion.Datasets;
using ActorGraph.Storage.Embedded;

namespace ActorGraph.Benchmarks;

/// <summary>Times the two halves of ingesting one JSON Lines file (wall and CPU seconds): reading and checking it, and writing it to a fresh embedded store.</summary>
internal static class IngestParts
{
    public static async Task<int> RunAsync(string file)
    {
        var results = new Dictionary<string, object>();
        using var self = Process.GetCurrentProcess();
        var watch = Stopwatch.StartNew();
        var cpu = self.TotalProcessorTime;
        var read = await JsonLinesDatasetReader.ReadFileAsync(file, "bench", new IngestLimits { MaxItems = 10_000_000 });
        results["read_s"] = Math.Round(watch.Elapsed.TotalSeconds, 3);
        self.Refresh();
        results["read_cpu_s"] = Math.Round((self.TotalProcessorTime - cpu).TotalSeconds, 3);
        var document = read.Document ?? throw new InvalidOperationException(string.Join('\n', read.Errors.Take(5)));
        results["relations"] = document.Relations.Count;
        var folder = Directory.CreateTempSubdirectory("actorgraph-ingest-bench-");
        try
        {
            await using var store = EmbeddedGraphStore.Create(new EmbeddedStoreOptions { Path = Path.Combine(folder.FullName, "bench.db") });
            await store.InitializeAsync();
            watch.Restart();
            self.Refresh();
            cpu = self.TotalProcessorTime;
            await store.UpsertSourceAsync(document);
            results["write_s"] = Math.Round(watch.Elapsed.TotalSeconds, 3);
            self.Refresh();
            results["write_cpu_s"] = Math.Round((self.TotalProcessorTime - cpu).TotalSeconds, 3);
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        self.Refresh();
        results["peak_working_set_mb"] = Math.Round(self.PeakWorkingSet64 / 1e6, 1);
        Console.WriteLine(JsonSerializer.Serialize(results));
        return 0;
    }
}
