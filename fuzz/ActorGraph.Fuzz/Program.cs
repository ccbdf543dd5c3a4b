using ActorGraph.Fuzz;
using SharpFuzz;

// ActorGraph's fuzz targets, run by AFL++ through SharpFuzz (scripts/fuzz.sh TARGET MINUTES). Each target reads
// one input and checks that the reader returned either a result or errors with lines; anything else (an exception,
// a broken invariant, or more time than the target's bound) is a crash for AFL to keep.
// "ActorGraph.Fuzz TARGET FILE..." replays inputs (crashes AFL saved) in an uninstrumented build and tells what failed.
if (args.Length < 1 || !Targets.All.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine($"usage: ActorGraph.Fuzz TARGET [FILE...]   (TARGET: {string.Join(", ", Targets.All.Keys)})");
    return 2;
}

if (args.Length > 1)
{
    var failed = 0;
    foreach (var file in args.Skip(1))
    {
        try
        {
            Targets.Bounded(target, File.ReadAllBytes(file));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            failed++;
            var frame = Environment.GetEnvironmentVariable("FUZZ_TRACE") is null ? e.StackTrace?.Split('\n').FirstOrDefault()?.Trim() : e.ToString();
            Console.WriteLine($"{file}: {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")} {frame}");
        }
    }

    Console.WriteLine($"{args.Length - 1} inputs, {failed} failed");
    return failed > 0 ? 1 : 0;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    Targets.Bounded(target, buffer.ToArray());
});
return 0;
