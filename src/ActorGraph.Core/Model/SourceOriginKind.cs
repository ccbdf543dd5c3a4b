namespace ActorGraph.Core.Model;

/// <summary>What kind of place a source was read from.</summary>
public enum SourceOriginKind
{
    /// <summary>A dataset or article file; the origin's location is the file's full path.</summary>
    File,

    /// <summary>An item of an RSS or Atom feed; the origin's location is the item's URL.</summary>
    FeedItem,
}
