namespace ActorGraph.Ingestion.Datasets;

/// <summary>How the streaming readers (JSON Lines, CSV folders, GDELT, FollowTheMoney) open a file: read once, front to back.</summary>
internal static class StreamingFile
{
    /// <summary>Opens <paramref name="path"/> for one sequential, asynchronous read.</summary>
    public static FileStream OpenSequential(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous);

    /// <summary>The result for a file that is not there.</summary>
    public static DatasetReadResult Missing(string path) => DatasetReadResult.Failure([new DatasetError(path, 1, "file", "no such file")]);
}
