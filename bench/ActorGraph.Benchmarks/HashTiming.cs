using System.Diagnostics;
using ActorGraph.Core.Model;

namespace ActorGraph.Benchmarks;

/// <summary>
/// Times the content hash of a document of 100,000 actors and N relations (made up, seed 42): the best of five
/// <c>new SourceDocument</c>, which computes it; prints seconds.
/// </summary>
internal static class HashTiming
{
    public static int Run(int relations)
    {
        var random = new Random(42);
        var actors = Enumerable.Range(0, 100_000).Select(i => new Actor(ActorId.Parse($"a{i}"), $"Actor {i}", ActorKind.Person, [])).ToList();
        var list = Enumerable.Range(0, relations).Select(_ => new Relation(
            actors[random.Next(actors.Count)].Id, (RelationKind)random.Next(4), actors[random.Next(actors.Count)].Id,
            random.Next(1, 100) / 100.0, 1, null, null, null, null)).ToList();
        var source = new SourceInfo("bench", "block model", null, null);
        var best = double.MaxValue;
        for (var round = 0; round < 5; round++)
        {
            var watch = Stopwatch.StartNew();
            _ = new SourceDocument(source, actors, [], list).ContentHash;
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }

        Console.WriteLine($"hash of {actors.Count:N0} actors and {relations:N0} relations: {best:F3} s (best of 5)");
        Streamed(source, actors, list);
        return 0;
    }

    /// <summary>The same hash one assertion at a time on one thread, as a streamed source is checked.</summary>
    private static void Streamed(SourceInfo source, List<Actor> actors, List<Relation> relations)
    {
        var best = double.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            var watch = Stopwatch.StartNew();
            var hash = new ContentHashBuilder(source);
            actors.ForEach(hash.Add);
            relations.ForEach(hash.Add);
            _ = hash.ToHash();
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }

        Console.WriteLine($"the same, one assertion at a time on one thread: {best:F3} s (best of 3)");
    }
}
