namespace ActorGraph.Ingestion;

/// <summary>How <see cref="DatasetIngestor"/> reads the files it is given.</summary>
public enum IngestFormat
{
    /// <summary>By the file's ending (and, for JSON Lines, its first line): datasets, JSON Lines, articles, FtM, GDELT.</summary>
    Auto,

    /// <summary>Every file is a FollowTheMoney entity stream, one entity per line (<c>docs/importers.md</c>).</summary>
    Ftm,

    /// <summary>Every file is a GDELT 2.0 event file, zipped or not (<c>docs/importers.md</c>).</summary>
    Gdelt,
}
