using System.Text.Unicode;
using ActorGraph.Core.Model;

namespace ActorGraph.Ingestion.Datasets;

/// <summary>
/// Reads ActorGraph datasets in JSON Lines (<c>.jsonl</c>, <c>.ndjson</c>): the first line is <c>{"source": {…}}</c>,
/// each later line one of <c>{"actor": {…}}</c>, <c>{"role": {…}}</c> or <c>{"relation": {…}}</c> with the keys of the
/// YAML/JSON format, and an actor is declared on a line before any line that refers to it. The file is read a line at
/// a time: memory follows what the source asserts, not the size of its text, so there is no size cap, and the item
/// limit is <see cref="IngestLimits.MaxStreamedItems"/>. Errors are those of <see cref="DatasetReader"/>, at their lines.
/// </summary>
public static class JsonLinesDatasetReader
{
    /// <summary>The longest line read, in bytes: far above any actor or relation the limits allow.</summary>
    public const int MaxLineBytes = 4 * 1024 * 1024;

    /// <summary>The most errors reported for one file; reading stops there.</summary>
    public const int MaxErrors = 1000;

    /// <summary>The file endings read as JSON Lines datasets.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".jsonl", ".ndjson"];

    /// <summary>Whether <paramref name="path"/> has a JSON Lines file ending.</summary>
    public static bool IsJsonLinesFile(string path) =>
        Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads and checks a JSON Lines dataset file under <paramref name="limits"/> (<see cref="IngestLimits.Default"/> when null).</summary>
    /// <param name="path">The file, as the user named it; errors name it so.</param>
    /// <param name="defaultSourceId">The source id used when the source line gives none.</param>
    /// <param name="limits">The limits the file is read under.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static Task<DatasetReadResult> ReadFileAsync(string path, string defaultSourceId, IngestLimits? limits, CancellationToken cancellationToken = default) =>
        StreamingFile.ReadAsync(path, stream => ReadAsync(path, stream, defaultSourceId, limits, cancellationToken));

    /// <summary>Reads and checks a JSON Lines dataset from <paramref name="stream"/>; <paramref name="path"/> names it in errors.</summary>
    public static async Task<DatasetReadResult> ReadAsync(string path, Stream stream, string defaultSourceId, IngestLimits? limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrWhiteSpace(defaultSourceId);
        var reader = new LineBinder(path, defaultSourceId, limits ?? IngestLimits.Default, LineBinder.Mode.Document);
        await LineSplitter.ReadAsync(stream, MaxLineBytes, reader.Line, reader.TooLong, null, cancellationToken).ConfigureAwait(false);
        return reader.Finish();
    }

    /// <summary>
    /// Checks a JSON Lines dataset file as <see cref="ReadFileAsync"/> does, with the same errors, but keeps only what
    /// checking needs (the actors, the keys of the relations read so far, the content hash): on success the result is
    /// a <see cref="DatasetReadResult.Stream"/> that reads the file again, in batches of about
    /// <paramref name="batchSize"/> assertions, when a store writes it. Memory then follows the actors and the batch
    /// size, not the relations. When the file has changed by then, reading the stream fails and nothing is written.
    /// </summary>
    /// <param name="path">The file, as the user named it; errors name it so.</param>
    /// <param name="defaultSourceId">The source id used when the source line gives none.</param>
    /// <param name="limits">The limits the file is read under (<see cref="IngestLimits.Default"/> when null).</param>
    /// <param name="batchSize">About how many assertions each batch holds.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    public static Task<DatasetReadResult> CheckFileAsync(string path, string defaultSourceId, IngestLimits? limits, int batchSize = SourceStream.DefaultBatchSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(defaultSourceId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        limits ??= IngestLimits.Default;
        return StreamingFile.ReadAsync(path, async stream =>
        {
            using var bytes = new HashingStream(stream);
            var reader = new LineBinder(path, defaultSourceId, limits, LineBinder.Mode.Check);
            await LineSplitter.ReadAsync(bytes, MaxLineBytes, reader.Line, reader.TooLong, reader.HashPendingAsync, cancellationToken).ConfigureAwait(false);
            var checkedBytes = bytes.Hash();
            return await reader.FinishAsync(ct => ReadBatchesAsync(path, defaultSourceId, limits, batchSize, checkedBytes, ct)).ConfigureAwait(false);
        });
    }

    /// <summary>
    /// Reads the file again, binding every line as the check did, and hands on batches as they fill: the reading runs
    /// on its own task, at most two batches ahead of the store that writes them. The file's bytes are hashed again and
    /// must be those checked (<paramref name="checkedBytes"/>), else reading fails after the last batch and the store
    /// rolls back: a file that changed in between is never written half old, half new.
    /// </summary>
    private static IAsyncEnumerable<SourceBatch> ReadBatchesAsync(
        string path, string defaultSourceId, IngestLimits limits, int batchSize, byte[] checkedBytes, CancellationToken cancellationToken) =>
        BatchPump.ReadAsync(
            async (send, token) =>
            {
                var stream = StreamingFile.OpenSequential(path);
                await using (stream.ConfigureAwait(false))
                {
                    using var bytes = new HashingStream(stream);
                    var reader = new LineBinder(path, defaultSourceId, limits, LineBinder.Mode.Batches);
                    ValueTask Flush(int least) => reader.Pending >= least ? send(reader.TakeBatch()) : ValueTask.CompletedTask;
                    await LineSplitter.ReadAsync(bytes, MaxLineBytes, reader.Line, reader.TooLong, () => Flush(batchSize), token).ConfigureAwait(false);
                    reader.FinishBatches();
                    if (!bytes.Hash().AsSpan().SequenceEqual(checkedBytes))
                    {
                        throw new InvalidDataException($"{path} changed since it was checked; nothing of it was written. Ingest it again.");
                    }

                    await Flush(1).ConfigureAwait(false);
                }
            },
            cancellationToken);

    /// <summary>
    /// Binds the file line by line with the dataset schema's binder, keeping what <see cref="Mode"/> asks for: the
    /// whole document, only the content hash (and what the binder needs to check later lines), or the assertions
    /// bound since the last batch was taken.
    /// </summary>
    private sealed class LineBinder(string path, string defaultSourceId, IngestLimits limits, LineBinder.Mode mode)
    {
        private static readonly string[] Keys = ["source", "actor", "role", "relation"];
        private readonly DatasetReader.Binder _binder = new(path, defaultSourceId, limits, "declare it on an actor line before this one") 
        {
            CheckRepeats = mode != Mode.Batches,
            DeferRepeats = mode == Mode.Check,
        };
        private readonly ValueCount _values = new(limits, streamed: true);
        private List<Actor> _actorsBound = [];
        private List<Role> _roles = [];
        private List<Relation> _relations = [];
        private readonly Queue<Task<ContentHashBuilder>> _hashing = new();
        private ContentHashBuilder? _hash;
        private SourceInfo? _source;
        private int _items;
        private int _actors;
        private int _roleLines;
        private int _relationLines;
        private bool _sawFirst;
        private bool _stopped;

        public bool Line(int line, ReadOnlySpan<byte> bytes)
        {
            if (bytes.Trim(" \t"u8).IsEmpty)
            {
                return true;
            }

            if (!Utf8.IsValid(bytes))
            {
                return Error(line, "encoding", "the line is not valid UTF-8 text");
            }

            if (_sawFirst && RelationLine.TryRead(bytes, _binder, limits, out var fast, out var values) && TryAddFast(line, fast!, values, out var keepReading))
            {
                return keepReading;
            }

            DocNode node;
            try
            {
                node = JsonTreeReader.Read(bytes, limits, _values, line);
            }
            catch (SyntaxError e)
            {
                return Error(e.Line, "syntax", e.Message);
            }

            if (node.Kind != DocNodeKind.Map || node.Entries.Count != 1 || !Keys.Contains(node.Entries[0].Key, StringComparer.Ordinal))
            {
                return Error(line, "line", $"expected one of {{\"source\": {{…}}}} (first line only), {{\"actor\": {{…}}}}, {{\"role\": {{…}}}} or {{\"relation\": {{…}}}}, found {Describe(node)}");
            }

            var (key, _, value) = node.Entries[0];
            var first = !_sawFirst;
            _sawFirst = true;
            if (key == "source")
            {
                if (!first)
                {
                    return Error(line, "source", "only the first line may give the source");
                }

                _source = _binder.BindSource(value);
                if (mode == Mode.Check && _source is not null)
                {
                    _hash = new ContentHashBuilder(_source);
                }

                return Continue(line);
            }

            if (first)
            {
                Error(line, "source", "the first line must be {\"source\": {…}}, naming the source the file is");
            }

            if (++_items > limits.MaxStreamedItems)
            {
                _stopped = true;
                return Error(line, "file", $"more than the {limits.MaxStreamedItems:N0} items a streamed source may have (raise it with --limit MaxStreamedItems=N)");
            }

            switch (key)
            {
                case "actor":
                    if (_binder.BindActor(value, $"actors[{_actors++}]") is { } actor)
                    {
                        Take(actor);
                    }

                    break;
                case "role":
                    if (_binder.BindRole(value, $"roles[{_roleLines++}]") is { } role)
                    {
                        Take(role);
                    }

                    break;
                default:
                    if (_binder.BindUniqueRelation(value, $"relations[{_relationLines++}]") is { } relation)
                    {
                        Take(relation);
                    }

                    break;
            }

            return Continue(line);
        }

        /// <summary>
        /// Takes a relation the fast path read, counting it as the general path would; false (nothing taken) when it
        /// repeats an earlier relation or passes a limit, which the general path then reports.
        /// </summary>
        private bool TryAddFast(int line, Relation relation, int values, out bool keepReading)
        {
            keepReading = true;
            if (_items >= limits.MaxStreamedItems || !_values.CanAdd(values) || !_binder.TryAddChecked(relation, _relationLines, line))
            {
                return false;
            }

            for (var i = 0; i < values; i++)
            {
                _values.Add(line);
            }

            _items++;
            _relationLines++;
            Take(relation);
            keepReading = Continue(line);
            return true;
        }

        public bool TooLong(int line) => Error(line, "line", $"longer than the {MaxLineBytes:N0} bytes a line may have");

        public DatasetReadResult Finish()
        {
            if (!_sawFirst)
            {
                Error(1, "file", "the file is empty; the first line of a JSON Lines dataset is {\"source\": {…}}");
            }

            return _binder.Finish(_source, _roles, _relations);
        }

        /// <summary>How many assertions were bound since the last batch was taken.</summary>
        public int Pending => _actorsBound.Count + _roles.Count + _relations.Count;

        /// <summary>The assertions bound since the last batch was taken.</summary>
        public SourceBatch TakeBatch()
        {
            var batch = new SourceBatch(_actorsBound, _roles, _relations);
            _actorsBound = [];
            _roles = [];
            _relations = [];
            return batch;
        }

        /// <summary>
        /// While checking: hashes the relations read since the last call on another thread (a SHA-256 per line costs
        /// about as much as reading the line), at most two such parts at a time.
        /// </summary>
        public async ValueTask HashPendingAsync()
        {
            if (_source is not { } source || _relations.Count < 4096)
            {
                return;
            }

            var part = _relations;
            _relations = [];
            _hashing.Enqueue(Task.Run(() =>
            {
                var builder = new ContentHashBuilder(source);
                part.ForEach(builder.Add);
                return builder;
            }));
            while (_hashing.Count > 2)
            {
                _hash!.Add(await _hashing.Dequeue().ConfigureAwait(false));
            }
        }

        /// <summary>The stream of the file checked, read again by <paramref name="read"/>; or every error found.</summary>
        public async Task<DatasetReadResult> FinishAsync(Func<CancellationToken, IAsyncEnumerable<SourceBatch>> read)
        {
            while (_hashing.TryDequeue(out var part))
            {
                _hash!.Add(await part.ConfigureAwait(false));
            }

            _relations.ForEach(r => _hash?.Add(r));
            _relations = [];
            var hash = _hash;
            if (!_sawFirst)
            {
                Error(1, "file", "the file is empty; the first line of a JSON Lines dataset is {\"source\": {…}}");
            }

            _binder.ReportRepeats(MaxErrors);

            var failure = _binder.Failure(_source);
            _binder.Release();
            if (failure is not null)
            {
                return failure;
            }

            // The second reading checks the file's bytes, not each assertion's line again: it hashes 100 MB in a
            // tenth of a second instead of a second per million lines.
            return DatasetReadResult.Success(new SourceStream(
                _source!, hash!.ToHash(), checked((int)hash.Actors), checked((int)hash.Roles), checked((int)hash.Relations), read, verify: false));
        }

        /// <summary>Ends a second reading: a file that no longer reads as it did when checked cannot be written.</summary>
        public void FinishBatches()
        {
            if (!_sawFirst)
            {
                Error(1, "file", "the file is empty");
            }

            var failure = _binder.Failure(_source);
            _binder.Release();
            if (failure is not null)
            {
                throw new InvalidDataException($"{path} changed since it was checked: {failure.Errors[0]}");
            }
        }

        private void Take(Actor actor)
        {
            switch (mode)
            {
                case Mode.Check:
                    _hash?.Add(actor);
                    break;
                case Mode.Batches:
                    _actorsBound.Add(actor);
                    break;
            }
        }

        private void Take(Role role)
        {
            if (mode == Mode.Check)
            {
                _hash?.Add(role);
            }
            else
            {
                _roles.Add(role);
            }
        }

        private void Take(Relation relation)
        {
            // While checking, relations wait here to be hashed on another thread (HashPendingAsync).
            _relations.Add(relation);
        }

        private bool Error(int line, string field, string message)
        {
            _binder.Error(line, field, message);
            return Continue(line);
        }

        private bool Continue(int line)
        {
            if (_binder.ErrorCount >= MaxErrors && !_stopped)
            {
                _stopped = true;
                _binder.Error(line, "file", $"reading stopped here, after {MaxErrors:N0} errors");
            }

            return !_stopped;
        }

        private static string Describe(DocNode node) =>
            node.Kind == DocNodeKind.Map
                ? node.Entries.Count == 0 ? "an empty mapping" : $"a mapping with the keys {string.Join(", ", node.Entries.Select(e => e.Key))}"
                : DocNode.Describe(node.Kind);

        /// <summary>What a reading keeps.</summary>
        public enum Mode
        {
            /// <summary>The whole document.</summary>
            Document,

            /// <summary>The content hash only: a first reading that checks the file.</summary>
            Check,

            /// <summary>The assertions bound since the last batch: a second reading that writes the file.</summary>
            Batches,
        }
    }
}
