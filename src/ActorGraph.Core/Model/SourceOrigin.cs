namespace ActorGraph.Core.Model;

/// <summary>
/// Where a source was last read from: the file's full path or the feed item's URL. Unlike the source id, which a
/// dataset may name itself, the origin follows the file, so the worker can tell that a file vanished, moved or no
/// longer counts whatever id its dataset gives.
/// </summary>
/// <param name="Kind">A file or a feed item.</param>
/// <param name="Location">The file's full path, or the feed item's URL.</param>
public sealed record SourceOrigin(SourceOriginKind Kind, string Location)
{
    /// <summary>The origin of a file: its full path.</summary>
    public static SourceOrigin FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new SourceOrigin(SourceOriginKind.File, Path.GetFullPath(path));
    }

    /// <summary>The origin of a feed item: its URL.</summary>
    public static SourceOrigin FromFeedItem(Uri link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return new SourceOrigin(SourceOriginKind.FeedItem, link.AbsoluteUri);
    }

    /// <summary>The kind as stores write it: <c>file</c> or <c>feed-item</c>.</summary>
    public static string Name(SourceOriginKind kind) => kind switch
    {
        SourceOriginKind.File => "file",
        SourceOriginKind.FeedItem => "feed-item",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Reads an origin as stores write it; null when either part is missing or the kind is unknown.</summary>
    public static SourceOrigin? Parse(string? kind, string? location) => (kind, location) switch
    {
        ("file", { Length: > 0 }) => new SourceOrigin(SourceOriginKind.File, location),
        ("feed-item", { Length: > 0 }) => new SourceOrigin(SourceOriginKind.FeedItem, location),
        _ => null,
    };

    /// <summary>Whether this is a file under <paramref name="folder"/> (a full path), at any depth.</summary>
    public bool IsFileUnder(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var prefix = Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar;
        return Kind == SourceOriginKind.File && Location.StartsWith(prefix, PathComparison);
    }

    /// <summary>How file paths compare on this system: ignoring case on Windows and macOS.</summary>
    public static StringComparison PathComparison { get; } =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>The string comparer for file paths on this system.</summary>
    public static StringComparer PathComparer { get; } =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>The kind and location, e.g. <c>file:/data/a.yaml</c>.</summary>
    public override string ToString() => $"{Name(Kind)}:{Location}";
}
