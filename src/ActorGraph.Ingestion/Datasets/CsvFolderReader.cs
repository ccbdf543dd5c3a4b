using System.Text;
using System.Text.Unicode;
using ActorGraph.Core.Model;

namespace ActorGraph.Ingestion.Datasets;

/// <summary>
/// Reads a CSV folder laid out like <c>actorgraph export --format csv</c> writes it — <c>actors.csv</c>,
/// <c>relations.csv</c>, optional <c>roles.csv</c> and <c>source.json</c> — as one source, a row at a time. Every row
/// goes through the checks of the dataset format (<see cref="DatasetReader"/>), so errors read as there, naming the CSV
/// file and its line: <c>actors.csv:3: actors[1].kind: unknown kind …</c>. Columns are found by header name; the
/// type suffixes of <c>neo4j-admin</c> headers (<c>id:ID(Actor)</c>, <c>:START_ID(Actor)</c>, <c>weight:double</c>)
/// are ignored, as are the columns the export adds (sources, cluster, influence, labels, strength, corroboration).
/// </summary>
public static partial class CsvFolderReader
{
    /// <summary>The longest CSV row read, in bytes.</summary>
    public const int MaxLineBytes = 4 * 1024 * 1024;

    // Header names (suffixes removed) of each file, mapped to the dataset format's keys; null: read by nobody.
    private static readonly Dictionary<string, string?> ActorColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = "id",
        ["name"] = "name",
        ["kind"] = "kind",
        ["aliases"] = "aliases",
        ["sources"] = null,
        ["cluster"] = null,
        ["influence"] = null,
        ["LABEL"] = null,
    };

    private static readonly Dictionary<string, string?> RelationColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["START_ID"] = "source",
        ["END_ID"] = "target",
        ["TYPE"] = "type",
        ["weight"] = "weight",
        ["confidence"] = "confidence",
        ["since"] = "since",
        ["until"] = "until",
        ["context"] = "context",
        ["evidence"] = "evidence",
        ["strength"] = null,
        ["sources"] = null,
        ["corroborationSources"] = null,
        ["corroborationPublishers"] = null,
        ["corroborationStories"] = null,
    };

    private static readonly Dictionary<string, string?> RoleColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["person"] = "person",
        ["title"] = "title",
        ["of"] = "of",
        ["since"] = "since",
        ["until"] = "until",
        ["sources"] = null,
    };

    /// <summary>Whether <paramref name="path"/> is a folder holding <c>actors.csv</c> and <c>relations.csv</c>.</summary>
    public static bool IsCsvFolder(string path) =>
        Directory.Exists(path) && File.Exists(Path.Combine(path, "actors.csv")) && File.Exists(Path.Combine(path, "relations.csv"));

    /// <summary>Reads and checks the CSV folder <paramref name="folder"/> under <paramref name="limits"/> (<see cref="IngestLimits.Default"/> when null).</summary>
    /// <param name="folder">The folder, as the user named it; errors name its files so.</param>
    /// <param name="defaultSourceId">The source id used when <c>source.json</c> is missing or gives none.</param>
    /// <param name="limits">The limits the folder is read under.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<DatasetReadResult> ReadAsync(string folder, string defaultSourceId, IngestLimits? limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentException.ThrowIfNullOrWhiteSpace(defaultSourceId);
        var sink = new Sink(Sink.Mode.Document);
        var (source, binder, failed) = await ReadFolderAsync(folder, defaultSourceId, limits ?? IngestLimits.Default, sink, cancellationToken).ConfigureAwait(false);
        return failed ?? binder.Finish(source, sink.Roles, sink.Relations);
    }

    /// <summary>
    /// Checks the CSV folder as <see cref="ReadAsync"/> does, with the same errors, keeping the actors and the keys of
    /// the relations but not the relations: on success the result is a <see cref="DatasetReadResult.Stream"/> that
    /// reads the folder again, in batches of about <paramref name="batchSize"/> assertions, when a store writes it.
    /// The second reading is hashed again as it goes; a folder that changed in between is not written.
    /// </summary>
    /// <param name="folder">The folder, as the user named it; errors name its files so.</param>
    /// <param name="defaultSourceId">The source id used when <c>source.json</c> is missing or gives none.</param>
    /// <param name="limits">The limits the folder is read under (<see cref="IngestLimits.Default"/> when null).</param>
    /// <param name="batchSize">About how many assertions each batch holds.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    public static async Task<DatasetReadResult> CheckAsync(string folder, string defaultSourceId, IngestLimits? limits, int batchSize = SourceStream.DefaultBatchSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentException.ThrowIfNullOrWhiteSpace(defaultSourceId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        limits ??= IngestLimits.Default;
        var sink = new Sink(Sink.Mode.Check);
        var (source, binder, failed) = await ReadFolderAsync(folder, defaultSourceId, limits, sink, cancellationToken).ConfigureAwait(false);
        var failure = failed ?? binder.Failure(source);
        binder.Release();
        if (failure is not null)
        {
            return failure;
        }

        var hash = sink.Hash!;
        return DatasetReadResult.Success(new SourceStream(
            source!, hash.ToHash(), checked((int)hash.Actors), checked((int)hash.Roles), checked((int)hash.Relations),
            ct => BatchPump.ReadAsync(
                async (send, token) =>
                {
                    var batches = new Sink(Sink.Mode.Batches, batchSize, send);
                    var (_, again, failed) = await ReadFolderAsync(folder, defaultSourceId, limits, batches, token).ConfigureAwait(false);
                    if ((failed ?? again.Failure(source)) is { } changed)
                    {
                        throw new InvalidDataException($"{folder} changed since it was checked: {changed.Errors[0]}");
                    }

                    again.Release();
                    await batches.FlushAsync(1).ConfigureAwait(false);
                },
                ct)));
    }

    /// <summary>
    /// Reads <c>source.json</c>, <c>actors.csv</c>, <c>roles.csv</c> and <c>relations.csv</c> in turn, binding every
    /// row and giving what it binds to <paramref name="sink"/>; the source, the binder with its errors, or the result
    /// of a <c>source.json</c> that could not be read.
    /// </summary>
    private static async Task<(SourceInfo? Source, DatasetReader.Binder Binder, DatasetReadResult? Failed)> ReadFolderAsync(
        string folder, string defaultSourceId, IngestLimits limits, Sink sink, CancellationToken cancellationToken)
    {
        var binder = new DatasetReader.Binder(Path.Combine(folder, "source.json"), defaultSourceId, limits, "declare it in actors.csv")
        {
            CheckRepeats = sink.Kind != Sink.Mode.Batches,
        };
        SourceInfo? source = new(defaultSourceId, null, null, null);
        var sourceFile = Path.Combine(folder, "source.json");
        if (File.Exists(sourceFile))
        {
            var read = DatasetReader.Read(sourceFile, await File.ReadAllBytesAsync(sourceFile, cancellationToken).ConfigureAwait(false), defaultSourceId, limits);
            if (read.Document is not { } document)
            {
                return (null, binder, read);
            }

            source = document.Source;
        }

        sink.Start(source);
        var items = 0;
        var tooMany = false;
        bool Count(int line)
        {
            if (++items <= limits.MaxStreamedItems)
            {
                return true;
            }

            tooMany = true;
            binder.Error(line, "file", $"more than the {limits.MaxStreamedItems:N0} items a streamed source may have (raise it with --limit MaxStreamedItems=N)");
            return false;
        }

        await ReadTableAsync(Path.Combine(folder, "actors.csv"), "actors", ActorColumns, binder, (line, node, field) =>
        {
            if (binder.BindActor(node, field) is { } actor)
            {
                sink.Actor(actor);
            }

            return Count(line);
        }, sink.AfterLines, cancellationToken).ConfigureAwait(false);
        if (!tooMany && File.Exists(Path.Combine(folder, "roles.csv")))
        {
            await ReadTableAsync(Path.Combine(folder, "roles.csv"), "roles", RoleColumns, binder, (line, node, field) =>
            {
                if (binder.BindRole(node, field) is { } role)
                {
                    sink.Role(role);
                }

                return Count(line);
            }, sink.AfterLines, cancellationToken).ConfigureAwait(false);
        }

        if (!tooMany)
        {
            await ReadTableAsync(Path.Combine(folder, "relations.csv"), "relations", RelationColumns, binder, (line, node, field) =>
            {
                if (binder.BindUniqueRelation(node, field) is { } relation)
                {
                    sink.Relation(relation);
                }

                return Count(line);
            }, sink.AfterLines, cancellationToken).ConfigureAwait(false);
        }

        return (source, binder, null);
    }

    /// <summary>Reads one CSV file: its header, then each row as a mapping of the dataset format's keys.</summary>
    private static async Task ReadTableAsync(
        string file, string list, Dictionary<string, string?> columns, DatasetReader.Binder binder, Func<int, DocNode, string, bool> onRow,
        Func<ValueTask> afterLines, CancellationToken cancellationToken)
    {
        binder.File = file;
        string?[]? keys = null;
        var index = 0;
        bool Line(int line, ReadOnlySpan<byte> bytes)
        {
            if (bytes.IsEmpty)
            {
                return true;
            }

            if (!Utf8.IsValid(bytes))
            {
                binder.Error(line, "encoding", "the line is not valid UTF-8 text");
                return binder.ErrorCount < JsonLinesDatasetReader.MaxErrors;
            }

            if (Cells(Encoding.UTF8.GetString(bytes)) is not { } cells)
            {
                binder.Error(line, "syntax", "a quoted value is not closed, or a quote is followed by more text");
                return binder.ErrorCount < JsonLinesDatasetReader.MaxErrors;
            }

            if (keys is null)
            {
                keys = Header(cells, line, columns, binder);
                return keys is not null;
            }

            if (cells.Count != keys.Length)
            {
                binder.Error(line, $"{list}[{index++}]", $"{cells.Count} values for the {keys.Length} columns of the header");
                return binder.ErrorCount < JsonLinesDatasetReader.MaxErrors;
            }

            var entries = new List<(string Key, int Line, DocNode Value)>();
            for (var i = 0; i < cells.Count; i++)
            {
                if (keys[i] is { } key && cells[i].Length > 0)
                {
                    entries.Add((key, line, key == "aliases" ? Aliases(line, cells[i]) : DocNode.OfScalar(line, cells[i])));
                }
            }

            return onRow(line, DocNode.OfMap(line, entries), $"{list}[{index++}]") && binder.ErrorCount < JsonLinesDatasetReader.MaxErrors;
        }

        if (!File.Exists(file))
        {
            binder.Error(1, "file", "no such file");
            return;
        }

        var stream = StreamingFile.OpenSequential(file);
        await using (stream.ConfigureAwait(false))
        {
            await LineSplitter.ReadAsync(stream, MaxLineBytes, Line, line =>
            {
                binder.Error(line, "line", $"longer than the {MaxLineBytes:N0} bytes a row may have");
                return binder.ErrorCount < JsonLinesDatasetReader.MaxErrors;
            }, afterLines, cancellationToken).ConfigureAwait(false);
        }

        if (keys is null && binder.ErrorCount == 0)
        {
            binder.Error(1, "file", $"the file is empty; its first line is the header ({string.Join(", ", columns.Where(c => c.Value is not null).Select(c => c.Key))})");
        }
    }

    /// <summary>The dataset key of each column, null for the columns read by nobody; null (with the error recorded) for a bad header.</summary>
    private static string?[]? Header(List<string> cells, int line, Dictionary<string, string?> columns, DatasetReader.Binder binder)
    {
        var keys = new string?[cells.Count];
        for (var i = 0; i < cells.Count; i++)
        {
            // "id:ID(Actor)" is "id", ":START_ID(Actor)" is "START_ID", "weight:double" is "weight".
            var cell = cells[i].Trim();
            var name = cell.StartsWith(':') ? cell[1..] : cell.Split(':')[0];
            name = name.Split('(')[0];
            if (!columns.TryGetValue(name, out var key))
            {
                binder.Error(line, "header", $"unknown column '{cell}'; expected {string.Join(", ", columns.Keys)}");
                return null;
            }

            if (key is not null && keys.Contains(key))
            {
                binder.Error(line, "header", $"the column '{cell}' is given twice");
                return null;
            }

            keys[i] = key;
        }

        return keys;
    }

    /// <summary>An <c>aliases</c> cell: values separated by <c>;</c>, as the export writes them.</summary>
    private static DocNode Aliases(int line, string cell) =>
        DocNode.OfSequence(line, [.. cell.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(a => DocNode.OfScalar(line, a))]);

    /// <summary>The cells of one CSV line (RFC 4180 quoting, <c>""</c> for a quote); null when the quoting is broken.</summary>
    private static List<string>? Cells(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var at = 0;
        while (true)
        {
            cell.Clear();
            if (at < line.Length && line[at] == '"')
            {
                at++;
                while (true)
                {
                    if (at >= line.Length)
                    {
                        return null;
                    }

                    if (line[at] == '"')
                    {
                        if (at + 1 < line.Length && line[at + 1] == '"')
                        {
                            cell.Append('"');
                            at += 2;
                            continue;
                        }

                        at++;
                        break;
                    }

                    cell.Append(line[at++]);
                }

                if (at < line.Length && line[at] != ',')
                {
                    return null;
                }
            }
            else
            {
                var end = line.IndexOf(',', at);
                cell.Append(line, at, (end < 0 ? line.Length : end) - at);
                at = end < 0 ? line.Length : end;
            }

            cells.Add(cell.ToString());
            if (at >= line.Length)
            {
                return cells;
            }

            at++;
        }
    }
}
