using System.Globalization;
using System.Text;
using System.Text.Unicode;
using ActorGraph.Core.Model;
using ActorGraph.Core.Text;

namespace ActorGraph.Ingestion.Datasets;

/// <summary>
/// Reads ActorGraph dataset files (YAML or JSON, one schema; see <c>docs/dataset-format.md</c>) into a
/// <see cref="SourceDocument"/>. A file with any error yields every error it has and no document.
/// </summary>
public static partial class DatasetReader
{
    /// <summary>The largest YAML or JSON dataset file read by default, in bytes (<see cref="IngestLimits.MaxDatasetFileBytes"/>).</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>The file endings read as datasets.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".yaml", ".yml", ".json"];

    /// <summary>Whether <paramref name="path"/> has a dataset file ending.</summary>
    public static bool IsDatasetFile(string path) =>
        Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads and checks a dataset file.</summary>
    /// <param name="path">The file, as the user named it; errors name it so.</param>
    /// <param name="defaultSourceId">The source id used when the file's <c>source</c> gives none.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static Task<DatasetReadResult> ReadFileAsync(string path, string defaultSourceId, CancellationToken cancellationToken = default) =>
        ReadFileAsync(path, defaultSourceId, null, cancellationToken);

    /// <summary>Reads and checks a dataset file under limits.</summary>
    /// <param name="path">The file, as the user named it; errors name it so.</param>
    /// <param name="defaultSourceId">The source id used when the file's <c>source</c> gives none.</param>
    /// <param name="limits">The limits the file is read under; <see cref="IngestLimits.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<DatasetReadResult> ReadFileAsync(string path, string defaultSourceId, IngestLimits? limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return Fail(path, 1, "file", "no such file");
        }

        var maxBytes = (limits ?? IngestLimits.Default).MaxDatasetFileBytes;
        if (info.Length > maxBytes)
        {
            return Fail(path, 1, "file", $"{info.Length:N0} bytes is larger than the {maxBytes:N0} bytes a YAML or JSON dataset may have, because it is read whole: raise it with --max-file-size BYTES, or write the dataset as JSON Lines (.jsonl), which is read a line at a time and has no size cap");
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return Read(path, bytes, defaultSourceId, limits);
    }

    /// <summary>
    /// Reads and checks dataset bytes under <paramref name="limits"/> (<see cref="IngestLimits.Default"/> when null).
    /// The syntax (YAML or JSON) is chosen by the file ending of <paramref name="path"/>.
    /// </summary>
    public static DatasetReadResult Read(string path, ReadOnlySpan<byte> bytes, string defaultSourceId, IngestLimits? limits = null)
    {
        limits ??= IngestLimits.Default;
        ArgumentNullException.ThrowIfNull(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(defaultSourceId);
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        if (!Utf8.IsValid(bytes))
        {
            var valid = ValidPrefixLength(bytes);
            return Fail(path, bytes[..valid].Count((byte)'\n') + 1, "encoding", "the file is not valid UTF-8 text");
        }

        var text = Encoding.UTF8.GetString(bytes);
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return Fail(path, text.AsSpan(0, text.IndexOf('\0', StringComparison.Ordinal)).Count('\n') + 1, "encoding", "the file holds a NUL character: it is not a text file");
        }

        var isJson = string.Equals(Path.GetExtension(path), ".json", StringComparison.OrdinalIgnoreCase);
        DocNode root;
        try
        {
            root = isJson ? JsonTreeReader.Read(text, limits) : YamlTreeReader.Read(text, limits);
        }
        catch (SyntaxError e)
        {
            return Fail(path, e.Line, "syntax", e.Message);
        }

        return new Binder(path, defaultSourceId, limits).Bind(root);
    }

    private static int ValidPrefixLength(ReadOnlySpan<byte> bytes)
    {
        Span<char> sink = stackalloc char[256];
        var consumed = 0;
        while (consumed < bytes.Length)
        {
            var status = Utf8.ToUtf16(bytes[consumed..], sink, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            consumed += read;
            if (status is not System.Buffers.OperationStatus.DestinationTooSmall)
            {
                break;
            }
        }

        return consumed;
    }

    private static DatasetReadResult Fail(string path, int line, string field, string message) =>
        DatasetReadResult.Failure([new DatasetError(path, line, field, message)]);
}
