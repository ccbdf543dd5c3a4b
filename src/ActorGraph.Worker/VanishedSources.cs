using ActorGraph.Core.Model;
using ActorGraph.Ingestion;
using ActorGraph.Ingestion.Feeds;

namespace ActorGraph.Worker;

/// <summary>
/// Which sources a cycle retracts because their file is gone from the watched folders. A source is judged by its
/// origin, the file it was last read from, whatever id its dataset names: it is retracted when that file lies under
/// a watched folder and is no longer one the worker takes (deleted, moved away, renamed, excluded, or no longer a
/// dataset or article file), or when the file was read and written this cycle as another source. A source some file
/// named this cycle stays (its file moved, or its write failed), and so does one whose file is still there but was
/// rejected: it keeps its last good version.
/// </summary>
internal static class VanishedSources
{
    /// <summary>The sources to retract, with the reason for each.</summary>
    /// <param name="sources">The sources in the store after the cycle's writes.</param>
    /// <param name="watched">The worker's sources: folders, files and feed URLs, as configured.</param>
    /// <param name="files">The files the worker takes this cycle.</param>
    /// <param name="results">What happened to each of those files.</param>
    /// <param name="sourceRoot">The folder path-derived source ids are relative to; null: paths as given.</param>
    public static IReadOnlyList<(string SourceId, string Reason)> Find(
        IReadOnlyList<SourceRecord> sources, IEnumerable<string> watched, IReadOnlyList<string> files, IReadOnlyList<SourceResult> results, string? sourceRoot = null)
    {
        var folders = watched.Where(s => !FeedIngestor.IsFeed(s) && Directory.Exists(s)).ToList();
        var fullFolders = folders.Select(Path.GetFullPath).ToList();
        var taken = files.Select(Path.GetFullPath).ToHashSet(SourceOrigin.PathComparer);
        var named = results.Select(r => r.SourceId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var written = results
            .Where(r => r.SourceId is not null && r.Outcome is SourceOutcome.Added or SourceOutcome.Updated or SourceOutcome.Unchanged)
            .GroupBy(r => Path.GetFullPath(r.Path), SourceOrigin.PathComparer)
            .ToDictionary(g => g.Key, g => g.First().SourceId!, SourceOrigin.PathComparer);
        var gone = new List<(string, string)>();
        foreach (var source in sources)
        {
            var id = source.Info.Id;
            if (named.Contains(id))
            {
                continue;
            }

            if (source.Origin is { } origin)
            {
                // Feed items are never "vanished files"; their feed decides about them. Files outside the watched
                // folders (ingested by hand, or from a folder no longer watched) are not the worker's to judge.
                if (!fullFolders.Exists(origin.IsFileUnder))
                {
                    continue;
                }

                if (!taken.Contains(origin.Location))
                {
                    gone.Add((id, File.Exists(origin.Location) ? $"{origin.Location} is excluded or not a dataset or article file" : $"{origin.Location} vanished"));
                }
                else if (written.TryGetValue(origin.Location, out var now))
                {
                    gone.Add((id, $"{origin.Location} is now source {now}"));
                }
            }
            else if (!FeedIngestor.IsFeed(id) && IsVanishedPathId(id, folders, files, sourceRoot))
            {
                // Written before origins were recorded and not seen since: only an id derived from a path tells.
                gone.Add((id, "its file vanished"));
            }
        }

        return gone;
    }

    /// <summary>The rule from before origins: the id is a path under a watched folder, and no file taken has that path.</summary>
    private static bool IsVanishedPathId(string id, List<string> folders, IReadOnlyList<string> files, string? sourceRoot) =>
        folders.Select(f => DatasetIngestor.DefaultSourceId(f, sourceRoot).TrimEnd('/') + "/").Any(f => id.StartsWith(f, StringComparison.Ordinal) || f == "./")
        && !files.Any(f => DatasetIngestor.DefaultSourceId(f, sourceRoot) == id);
}
