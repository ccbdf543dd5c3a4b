namespace ActorGraph.Ingestion;

/// <summary>Writes a file path the way a path-derived source id holds it.</summary>
internal static class SourcePath
{
    /// <summary>
    /// Forward slashes, no empty or <c>.</c> segments, and <c>NAME/..</c> folded away (a leading <c>..</c> stays):
    /// <c>./samples//articles/../a.yaml</c> becomes <c>samples/a.yaml</c>. A path that folds to nothing is <c>.</c>.
    /// </summary>
    public static string Normalize(string path)
    {
        var text = path.Replace('\\', '/');
        var rooted = text.StartsWith('/');
        var segments = new List<string>();
        foreach (var segment in text.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == ".")
            {
                continue;
            }

            if (segment == ".." && segments.Count > 0 && segments[^1] != "..")
            {
                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            if (segment == ".." && rooted)
            {
                // Above the root of the file system is the root itself.
                continue;
            }

            segments.Add(segment);
        }

        var joined = string.Join('/', segments);
        return rooted ? "/" + joined : joined.Length == 0 ? "." : joined;
    }
}
