using System.Globalization;
using System.Runtime.CompilerServices;
using ActorGraph.Core.Model;

namespace ActorGraph.Testing;

/// <summary>Sources given to stores as streams of batches, and snapshots written out as text to compare.</summary>
public static class Streams
{
    /// <summary>
    /// <paramref name="document"/> as a stream checked as it is read, in batches of <paramref name="size"/>
    /// assertions, actors first, each batch mixing what comes next; the batch numbered <paramref name="failAt"/> (from 0)
    /// throws instead, and <paramref name="hash"/> replaces the document's hash when given.
    /// </summary>
    public static SourceStream Batched(SourceDocument document, int size, int? failAt = null, string? hash = null, Action? onRead = null)
    {
        List<object> items = [.. document.Actors, .. document.Roles, .. document.Relations];
        async IAsyncEnumerable<SourceBatch> Read([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            onRead?.Invoke();
            var number = 0;
            foreach (var chunk in items.Chunk(size))
            {
                await Task.Yield();
                cancellationToken.ThrowIfCancellationRequested();
                if (number++ == failAt)
                {
                    throw new IOException("the disk went away");
                }

                yield return new SourceBatch([.. chunk.OfType<Actor>()], [.. chunk.OfType<Role>()], [.. chunk.OfType<Relation>()]);
            }
        }

        return new SourceStream(document.Source, hash ?? document.ContentHash, document.Actors.Count, document.Roles.Count, document.Relations.Count, Read)
            .WithOrigin(document.Origin);
    }

    /// <summary>Everything a snapshot holds but the times of writing, one line per element, in a stable order.</summary>
    public static string Describe(GraphSnapshot snapshot)
    {
        static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
        static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
        IEnumerable<string> lines =
        [
            .. snapshot.Sources.Select(s => $"source {s.Info} {s.ContentHash} {s.Origin}"),
            .. snapshot.Actors.Select(a => $"actor {a.Id} {a.Name} {a.Kind} [{string.Join(", ", a.Aliases)}] [{string.Join(", ", a.Sources)}]"),
            .. snapshot.Roles.Select(r => $"role {r.Person} {r.Title} {r.Of} {Day(r.Since)} {Day(r.Until)} [{string.Join(", ", r.Sources)}]"),
            .. snapshot.Relations.Select(r => $"relation {r.Source} {r.Kind} {r.Target} {Number(r.Weight)} {Number(r.Confidence)} {Day(r.Since)} {Day(r.Until)} " +
                string.Join(" ", r.Provenance.Select(p => $"<{p.SourceId} {Number(p.Weight)} {Number(p.Confidence)} {p.Evidence} {p.Context}>"))),
        ];
        return string.Join('\n', lines.Order(StringComparer.Ordinal));
    }
}
