using System.Diagnostics;
using ActorGraph.Extraction;
using ActorGraph.Ingestion;
using ActorGraph.Ingestion.Datasets;
using ActorGraph.Ingestion.Feeds;
using ActorGraph.Ingestion.Importers;

namespace ActorGraph.Fuzz;

/// <summary>
/// The fuzz targets: the dataset readers (YAML and JSON; JSON Lines), the FtM and GDELT importers, the article reader with extraction (text, Markdown, HTML)
/// and the feed reader. The first byte of an input picks the syntax; the rest is the file.
/// </summary>
internal static class Targets
{
    /// <summary>The most one input may take; the inputs AFL makes are small, so this is generous.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    // Instrumented code must not run before the fuzzer has set up its coverage map, so nothing is built up front.
    private static readonly Lazy<Extractor> Extractor = new(() => new Extractor());

    private static readonly Uri Feed = new("https://example.org/world/rss.xml");

    public static IReadOnlyDictionary<string, Action<byte[]>> All { get; } = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["dataset"] = Dataset,
        ["jsonl"] = JsonLines,
        ["ftm"] = Ftm,
        ["gdelt"] = Gdelt,
        ["article"] = Article,
        ["feed"] = FeedItems,
    };

    /// <summary>Runs <paramref name="target"/> on <paramref name="input"/> and fails when it takes longer than <see cref="Bound"/>.</summary>
    public static void Bounded(Action<byte[]> target, byte[] input)
    {
        var clock = Stopwatch.StartNew();
        target(input);
        if (clock.Elapsed > Bound)
        {
            throw new TimeoutException($"{clock.Elapsed.TotalSeconds:0.0} s for {input.Length} bytes; the bound is {Bound.TotalSeconds} s");
        }
    }

    public static void Dataset(byte[] input)
    {
        var path = input.Length > 0 && (input[0] & 1) == 1 ? "fuzz.json" : "fuzz.yaml";
        var body = input.Length > 0 ? input.AsSpan(1) : [];
        var result = DatasetReader.Read(path, body, "fuzz");
        Invariants(result, path, Lines(body));
    }

    public static void JsonLines(byte[] input)
    {
        using var stream = new MemoryStream(input, writable: false);
        var result = JsonLinesDatasetReader.ReadAsync("fuzz.jsonl", stream, "fuzz", IngestLimits.Default).GetAwaiter().GetResult();
        Invariants(result, "fuzz.jsonl", input.Count((byte)'\n') + 1);
    }

    public static void Ftm(byte[] input)
    {
        using var stream = new MemoryStream(input, writable: false);
        var result = FtmImporter.ReadAsync("fuzz.ftm.json", stream, "fuzz", IngestLimits.Default).GetAwaiter().GetResult();
        Invariants(result, "fuzz.ftm.json", input.Count((byte)'\n') + 1);
    }

    public static void Gdelt(byte[] input)
    {
        using var stream = new MemoryStream(input, writable: false);
        var result = GdeltImporter.ReadAsync("fuzz.export.CSV", stream, "fuzz", IngestLimits.Default).GetAwaiter().GetResult();
        Invariants(result, "fuzz.export.CSV", input.Count((byte)'\n') + 1);
    }

    public static void Article(byte[] input)
    {
        var (path, isHtml) = (input.Length > 0 ? input[0] % 3 : 0) switch
        {
            0 => ("fuzz.txt", false),
            1 => ("fuzz.md", false),
            _ => ("fuzz.html", true),
        };
        var body = input.Length > 0 ? input.AsSpan(1) : [];
        var read = ArticleReader.Read(path, body, isHtml);
        That((read.Article is null) == (read.Problems.Count > 0), "an article read has an article or problems, never both or neither");
        foreach (var problem in read.Problems)
        {
            That(problem.File == path && problem.Line >= 1 && problem.Field.Length > 0 && problem.Message.Length > 0, $"a problem names file, line and field: {problem}");
        }

        Invariants(ArticleImport.Extract(path, read, "fuzz", Extractor.Value, IngestLimits.Default), path, int.MaxValue);
    }

    public static void FeedItems(byte[] input)
    {
        var result = FeedReader.Read(input, Feed);
        That((result.Items is null) == (result.Error is not null), "a feed read has items or an error, never both or neither");
        That(result.Items is not null || result.Line >= 1, "an unreadable feed names a line");
        foreach (var item in result.Items ?? [])
        {
            That(item.Link.IsAbsoluteUri && item.Link.Scheme is "http" or "https", $"an item's link is an http(s) URL: {item.Link}");
        }
    }

    private static void Invariants(DatasetReadResult result, string path, int lines)
    {
        That(result.Succeeded == (result.Errors.Count == 0) && result.Succeeded == (result.Document is not null), "a read has a document or errors, never both or neither");
        foreach (var error in result.Errors)
        {
            That(error.File == path && error.Line >= 1 && error.Line <= lines && error.Field.Length > 0 && error.Message.Length > 0, $"an error names file, line and field: {error}");
        }
    }

    /// <summary>How many lines <paramref name="body"/> has at most: YAML also breaks lines at CR, NEL, LS and PS.</summary>
    private static int Lines(ReadOnlySpan<byte> body) =>
        System.Text.Encoding.UTF8.GetString(body).Replace("\r\n", "\n", StringComparison.Ordinal).Count(c => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029') + 1;

    private static void That(bool condition, string invariant)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"broken invariant: {invariant}");
        }
    }
}
