using System.Diagnostics;
using System.Text.Json;
using ActorGraph.Core.Model;
using ActorGraph.Ingestion;
using ActorGraph.Ingestion.Datasets;
using ActorGraph.Storage.Embedded;

namespace ActorGraph.Benchmarks;

/// <summary>
/// Times the two halves of ingesting one JSON Lines file (wall and CPU seconds): reading and checking it, and writing
/// it to a fresh embedded store. With <c>--stream</c>, as <c>ingest</c> does it: the check keeps only the hash, and the
/// write reads the file again in batches.
/// </summary>
internal static class IngestParts
{
    public static async Task<int> RunAsync(string file, bool streamed = false)
    {
        var results = new Dictionary<string, object>();
        using var self = Process.GetCurrentProcess();
        var watch = Stopwatch.StartNew();
        var cpu = self.TotalProcessorTime;
        var limits = new IngestLimits { MaxItems = 10_000_000 };
        var read = streamed
            ? await JsonLinesDatasetReader.CheckFileAsync(file, "bench", limits)
            : await JsonLinesDatasetReader.ReadFileAsync(file, "bench", limits);
        results["read_s"] = Math.Round(watch.Elapsed.TotalSeconds, 3);
        self.Refresh();
        results["read_cpu_s"] = Math.Round((self.TotalProcessorTime - cpu).TotalSeconds, 3);
        results["read_peak_working_set_mb"] = Math.Round(self.PeakWorkingSet64 / 1e6, 1);
        var stream = read.Stream ?? (read.Document is { } d ? SourceStream.FromDocument(d) : throw new InvalidOperationException(string.Join('\n', read.Errors.Take(5))));
        results["relations"] = stream.Relations;
        // What the read keeps until the write (the document, or only the stream), after a full collection.
        results["read_live_mb"] = Math.Round(GC.GetTotalMemory(forceFullCollection: true) / 1e6, 1);
        var folder = Directory.CreateTempSubdirectory("actorgraph-ingest-bench-");
        try
        {
            await using var store = EmbeddedGraphStore.Create(new EmbeddedStoreOptions { Path = Path.Combine(folder.FullName, "bench.db") });
            await store.InitializeAsync();
            watch.Restart();
            self.Refresh();
            cpu = self.TotalProcessorTime;
            _ = read.Document is { } document ? await store.UpsertSourceAsync(document) : await store.UpsertSourceAsync(stream);
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
