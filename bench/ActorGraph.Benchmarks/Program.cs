using ActorGraph.Benchmarks;
using BenchmarkDotNet.Running;

// generate N M SEED FILE   write a block-model graph as "from<TAB>to<TAB>weight" lines
// generate-ftm N SEED FILE  write a FollowTheMoney entity stream of N entities (JSON Lines)
// time FILE [--store]       time the kernels on FILE once (and the embedded store with --store); prints JSON
// load STORE_DB              time reading the analysis snapshot of an embedded store (through its image) in this process; prints JSON
// ingest-parts FILE.jsonl [--stream]  time reading a JSON Lines dataset and writing it to a fresh embedded store (--stream: checked, then written in batches); prints JSON
// hash N                     time the content hash of a made-up document of 100,000 actors and N relations
// extract CORPUS_DIR [MB]    extraction throughput over the corpus articles repeated to MB megabytes (default 20), one thread; prints JSON
// anything else             BenchmarkDotNet (e.g. --filter '*')
switch (args)
{
    case ["generate", var n, var m, var seed, var file]:
        BlockModelGraph.Generate(int.Parse(n, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m, System.Globalization.CultureInfo.InvariantCulture), int.Parse(seed, System.Globalization.CultureInfo.InvariantCulture)).Write(file);
        return 0;
    case ["generate-ftm", var count, var seed, var file]:
        FtmFile.Write(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), int.Parse(seed, System.Globalization.CultureInfo.InvariantCulture), file);
        return 0;
    case ["extract", var corpus, .. var size]:
        return ExtractionThroughput.Run(corpus, size.Length > 0 ? int.Parse(size[0], System.Globalization.CultureInfo.InvariantCulture) : 20);
    case ["ingest-parts", var jsonl]:
        return await IngestParts.RunAsync(jsonl);
    case ["ingest-parts", var jsonl, "--stream"]:
        return await IngestParts.RunAsync(jsonl, streamed: true);
    case ["hash", var relations]:
        return HashTiming.Run(int.Parse(relations, System.Globalization.CultureInfo.InvariantCulture));
    case ["load", var db]:
        return await SnapshotLoad.RunAsync(db);
    case ["time", var file, .. var rest]:
        return await Compare.RunAsync(file, rest.Contains("--store"));
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Kernels).Assembly).Run(args);
        return 0;
}
