namespace ActorGraph.Ingestion.Datasets;

/// <summary>How the streaming readers (JSON Lines, CSV folders, GDELT, FollowTheMoney) open a file: read once, front to back.</summary>
internal static class StreamingFile
{
    /// <summary>Opens <paramref name="path"/> for one sequential, asynchronous read.</summary>
    public static FileStream OpenSequential(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous);

    /// <summary>Reads <paramref name="path"/> with <paramref name="read"/>, or says it is not there.</summary>
    public static async Task<DatasetReadResult> ReadAsync(string path, Func<FileStream, Task<DatasetReadResult>> read)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return Missing(path);
        }

        var stream = OpenSequential(path);
        await using (stream.ConfigureAwait(false))
        {
            return await read(stream).ConfigureAwait(false);
        }
    }

    /// <summary>The result for a file that is not there.</summary>
    public static DatasetReadResult Missing(string path) => DatasetReadResult.Failure([new DatasetError(path, 1, "file", "no such file")]);
}
