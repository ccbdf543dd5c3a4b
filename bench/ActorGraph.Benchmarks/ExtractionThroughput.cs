using System.Diagnostics;
using System.Globalization;
using System.Text;
using ActorGraph.Extraction;

namespace ActorGraph.Benchmarks;

/// <summary>
/// Extraction throughput: the corpus articles are read once, then extracted over and over on one thread until
/// the given amount of text has passed; prints MB/s and the peak working set as JSON.
/// </summary>
public static class ExtractionThroughput
{
    public static int Run(string corpus, int megabytes)
    {
        var articles = Directory.EnumerateFiles(corpus, "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(p => ArticleReader.Read(p, File.ReadAllBytes(p), isHtml: false).Article!)
            .ToList();
        var extractor = new Extractor();

        // Warm up: lexicons, JIT.
        foreach (var article in articles)
        {
            extractor.Extract(article);
        }

        var target = megabytes * 1_000_000L;
        long bytes = 0;
        var relations = 0;
        var watch = Stopwatch.StartNew();
        while (bytes < target)
        {
            foreach (var article in articles)
            {
                relations += extractor.Extract(article).Relations.Count;
                bytes += Encoding.UTF8.GetByteCount(article.Text);
            }
        }

        watch.Stop();
        var rate = bytes / 1_000_000.0 / watch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"megabytes\": {bytes / 1_000_000.0:F1}, \"seconds\": {watch.Elapsed.TotalSeconds:F2}, \"mb_per_second\": {rate:F2}, \"relations\": {relations}, \"peak_working_set_mb\": {Process.GetCurrentProcess().PeakWorkingSet64 / 1_000_000}}}"));
        return 0;
    }
}
