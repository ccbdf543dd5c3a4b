using System.Buffers.Binary;
using System.Collections;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using ActorGraph.Core.Model;

namespace ActorGraph.Storage.Embedded;

/// <summary>
/// A compact image of the combined graph (every source merged, no filter), kept in a file beside the store so that an
/// analysis loads the graph in one read instead of merging every source's assertions again. Relations and their
/// provenance are columns of numbers; evidence and context stay encoded until a relation's provenance is asked for.
/// The image is stamped with a fingerprint of the sources it was built from (their ids and content hashes, which
/// determine every assertion), and is used only when the store's sources have the same fingerprint: a stale image is
/// never read, only rebuilt.
/// </summary>
internal static partial class AnalysisImage
{
    /// <summary>Changes whenever the layout below or the merge it stores changes: an older image is then rebuilt.</summary>
    private const int FormatVersion = 3;

    private const int NoDate = int.MinValue;

    private static ReadOnlySpan<byte> Magic => "AGIMAGE\0"u8;

    /// <summary>The file the image of the store at <paramref name="storePath"/> is kept in.</summary>
    public static string PathFor(string storePath) => storePath + ".analysis";

    /// <summary>SHA-256 over the format version and every source's id and content hash, in id order.</summary>
    public static byte[] Fingerprint(IReadOnlyList<SourceRecord> sources)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(BitConverter.GetBytes(FormatVersion));
        foreach (var source in sources.OrderBy(s => s.Info.Id, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{source.Info.Id}\u001f{source.ContentHash}\u001e"));
        }

        return hash.GetHashAndReset();
    }

    /// <summary>Writes the image of <paramref name="snapshot"/> (built without a filter) atomically: to a new file, then moved over the old.</summary>
    public static void Write(string path, byte[] fingerprint, GraphSnapshot snapshot) =>
        Write(path, fingerprint, snapshot.Actors, snapshot.Roles, new SnapshotRelations(snapshot.Relations));

    /// <summary>Writes the image of these actors, roles and relations (merged without a filter), as <see cref="Write(string, byte[], GraphSnapshot)"/> does.</summary>
    public static void Write(string path, byte[] fingerprint, IReadOnlyList<GraphActor> actors, IReadOnlyList<GraphRole> roles, IImageRelations relations)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            using (var writer = new BinaryWriter(file, Encoding.UTF8))
            {
                new Encoder(writer).Write(fingerprint, actors, roles, relations);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// Loads the image at <paramref name="path"/> when it exists, is whole and carries <paramref name="fingerprint"/>,
    /// keeping what <paramref name="filter"/> accepts; null otherwise.
    /// </summary>
    public static GraphSnapshot? TryLoad(string path, byte[] fingerprint, IReadOnlyList<SourceRecord> sources, SnapshotFilter filter)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if (bytes.Length < Magic.Length + 4 + 32 || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic)
            || BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(Magic.Length)) != FormatVersion
            || !bytes.AsSpan(Magic.Length + 4, 32).SequenceEqual(fingerprint))
        {
            return null;
        }

        // Every object made below lives as long as the snapshot: collecting while they are made only copies them from
        // generation to generation. Where the runtime allows, the load runs without collections.
        var noCollections = false;
        try
        {
            noCollections = GC.TryStartNoGCRegion(Math.Min(bytes.LongLength * 4, 2L << 30));
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // More than the runtime can set aside, or another thread's load holds the region: load with collections.
        }

        try
        {
            return new Decoder(bytes, Magic.Length + 4 + 32).Read(sources, filter);
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or FormatException or InvalidDataException or OverflowException)
        {
            // A cut-off or damaged file: the caller rebuilds it.
            return null;
        }
        finally
        {
            if (noCollections && System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }
        }
    }

    /// <summary>The snapshot of <paramref name="all"/> that <paramref name="filter"/> accepts, as the assembler would build it.</summary>
    public static GraphSnapshot Filter(GraphSnapshot all, SnapshotFilter filter) =>
        filter == SnapshotFilter.All
            ? all
            : new GraphSnapshot(all.Sources, all.Actors, [.. all.Roles.Where(filter.Accepts)], [.. all.Relations.Where(filter.Accepts)]);

    private static int Day(DateOnly? date) => date?.DayNumber ?? NoDate;

    private static DateOnly? Date(int day) => day == NoDate ? null : DateOnly.FromDayNumber(day);

    private sealed class Encoder(BinaryWriter writer)
    {
        private readonly Dictionary<string, int> _names = new(StringComparer.Ordinal);
        private readonly List<string> _nameList = [];
        private readonly Dictionary<ActorId, int> _ids = [];
        private readonly List<int> _idNames = [];

        public void Write(byte[] fingerprint, IReadOnlyList<GraphActor> actors, IReadOnlyList<GraphRole> roles, IImageRelations relations)
        {
            foreach (var actor in actors)
            {
                Id(actor.Id);
            }

            for (var i = 0; i < relations.Count; i++)
            {
                Id(relations.Source(i));
                Id(relations.Target(i));
            }

            foreach (var role in roles)
            {
                Id(role.Person);
                if (role.Of is { } of)
                {
                    Id(of);
                }
            }

            // Every name is numbered before anything refers to it, so that after the tables the body streams straight
            // to the file: a million relations are never held a second time as one buffer of bytes.
            foreach (var actor in actors)
            {
                Name(actor.Name);
                Names(actor.Aliases);
                Names(actor.Sources);
            }

            foreach (var role in roles)
            {
                Name(role.Title);
                Names(role.Sources);
            }

            for (var i = 0; i < relations.Count; i++)
            {
                for (var j = 0; j < relations.ProvenanceCount(i); j++)
                {
                    Name(relations.Provenance(i, j).SourceId);
                }
            }

            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(fingerprint);
            writer.Write(_nameList.Count);
            foreach (var name in _nameList)
            {
                writer.Write(name);
            }

            Ints(writer, [.. _idNames]);
            WriteActors(writer, actors);
            WriteRoles(writer, roles);
            WriteRelations(writer, relations);
        }

        private void WriteActors(BinaryWriter b, IReadOnlyList<GraphActor> actors)
        {
            b.Write(actors.Count);
            foreach (var actor in actors)
            {
                b.Write(_ids[actor.Id]);
                b.Write(Name(actor.Name));
                b.Write((byte)actor.Kind);
                NameList(b, actor.Aliases);
                NameList(b, actor.Sources);
            }
        }

        private void WriteRoles(BinaryWriter b, IReadOnlyList<GraphRole> roles)
        {
            b.Write(roles.Count);
            foreach (var role in roles)
            {
                b.Write(_ids[role.Person]);
                b.Write(Name(role.Title));
                b.Write(role.Of is { } of ? _ids[of] : -1);
                b.Write(Day(role.Since));
                b.Write(Day(role.Until));
                NameList(b, role.Sources);
            }
        }

        /// <summary>Writes the relations column by column, each computed as it is written.</summary>
        private void WriteRelations(BinaryWriter b, IImageRelations relations)
        {
            var n = relations.Count;
            var rows = Enumerable.Range(0, n);
            Column(b, n, rows.Select(i => _ids[relations.Source(i)]));
            Column(b, n, rows.Select(i => _ids[relations.Target(i)]));
            Column(b, n, rows.Select(i => (int)relations.Kind(i)));
            Column(b, n, rows.Select(relations.Weight));
            Column(b, n, rows.Select(relations.Confidence));
            Column(b, n, rows.Select(i => Day(relations.Since(i))));
            Column(b, n, rows.Select(i => Day(relations.Until(i))));
            var total = 0;
            Column(b, n + 1, rows.Select(relations.ProvenanceCount).Append(0).Select(count =>
            {
                var start = total;
                total += count;
                return start;
            }));
            var provenance = rows.SelectMany(i => Enumerable.Range(0, relations.ProvenanceCount(i)).Select(j => relations.Provenance(i, j)));
            Column(b, total, provenance.Select(p => _names[p.SourceId]));
            Column(b, total, provenance.Select(p => p.Weight));
            Column(b, total, provenance.Select(p => p.Confidence));
            var texts = new TextPool();
            Column(b, total, provenance.Select(p => texts.Add(p.Evidence)));
            Column(b, total, provenance.Select(p => texts.Add(p.Context)));
            texts.Write(b);

            // How the statements of a relation stated more than once corroborate it (stories, publishers): only the
            // merge of several statements sets it, so only those relations carry it.
            var corroborated = rows.Where(i => relations.Corroboration(i) is not null).ToList();
            Column(b, corroborated.Count, corroborated);
            Column(b, corroborated.Count, corroborated.Select(i => relations.Corroboration(i)!.Sources));
            Column(b, corroborated.Count, corroborated.Select(i => relations.Corroboration(i)!.Publishers));
            Column(b, corroborated.Count, corroborated.Select(i => relations.Corroboration(i)!.Stories));

            // The days each source gives, which the disputes and the timeline compare.
            Column(b, total, provenance.Select(p => Day(p.Since)));
            Column(b, total, provenance.Select(p => Day(p.Until)));
        }

        /// <summary>Writes <paramref name="count"/> values as <see cref="Ints"/> and <see cref="Doubles"/> do, a chunk at a time.</summary>
        private static void Column<T>(BinaryWriter b, int count, IEnumerable<T> values)
            where T : unmanaged
        {
            b.Write(count);
            var chunk = new T[Math.Clamp(count, 1, 8192)];
            var used = 0;
            var written = 0;
            foreach (var value in values)
            {
                chunk[used++] = value;
                if (used == chunk.Length)
                {
                    b.Write(MemoryMarshal.AsBytes(chunk.AsSpan()));
                    written += used;
                    used = 0;
                }
            }

            b.Write(MemoryMarshal.AsBytes(chunk.AsSpan(0, used)));
            if (written + used != count)
            {
                throw new InvalidOperationException($"A column of the analysis image has {written + used} values instead of {count}.");
            }
        }

        private void Names(IReadOnlyList<string> names)
        {
            foreach (var name in names)
            {
                Name(name);
            }
        }

        private void NameList(BinaryWriter b, IReadOnlyList<string> names)
        {
            b.Write(names.Count);
            foreach (var name in names)
            {
                b.Write(Name(name));
            }
        }

        private int Name(string name)
        {
            if (!_names.TryGetValue(name, out var index))
            {
                _names[name] = index = _nameList.Count;
                _nameList.Add(name);
            }

            return index;
        }

        private void Id(ActorId id)
        {
            if (!_ids.ContainsKey(id))
            {
                _ids[id] = _idNames.Count;
                _idNames.Add(Name(id.Value));
            }
        }
    }

    /// <summary>Evidence and context texts as one UTF-8 block with offsets, decoded only when asked for.</summary>
    private sealed class TextPool
    {
        private readonly System.Buffers.ArrayBufferWriter<byte> _bytes = new();
        private readonly List<int> _offsets = [0];

        public int Add(string? text)
        {
            if (text is null)
            {
                return -1;
            }

            Encoding.UTF8.GetBytes(text, _bytes);
            _offsets.Add(_bytes.WrittenCount);
            return _offsets.Count - 2;
        }

        public void Write(BinaryWriter b)
        {
            Ints(b, [.. _offsets]);
            b.Write((long)_bytes.WrittenCount);
            b.Write(_bytes.WrittenSpan);
        }
    }

    private static void Ints(BinaryWriter b, int[] values)
    {
        b.Write(values.Length);
        b.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    private static void Doubles(BinaryWriter b, double[] values)
    {
        b.Write(values.Length);
        b.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    private sealed class Decoder(byte[] bytes, int start)
    {
        private int _at = start;
        private string[] _names = [];
        private ActorId[] _ids = [];

        public GraphSnapshot Read(IReadOnlyList<SourceRecord> sources, SnapshotFilter filter)
        {
            _names = new string[Int()];
            for (var i = 0; i < _names.Length; i++)
            {
                _names[i] = String();
            }

            var idNames = Ints();
            _ids = new ActorId[idNames.Length];
            for (var i = 0; i < idNames.Length; i++)
            {
                _ids[i] = ActorId.Parse(_names[idNames[i]]);
            }

            var actors = ReadActors();
            var roles = ReadRoles(filter);
            var relations = ReadRelations(filter, actors.Count);
            if (_at != bytes.Length)
            {
                throw new InvalidDataException("bytes after the image");
            }

            return new GraphSnapshot([.. sources.OrderBy(s => s.Info.Id, StringComparer.Ordinal)], actors, roles, relations);
        }

        private List<GraphActor> ReadActors()
        {
            var actors = new List<GraphActor>(Int());
            for (var i = actors.Capacity; i > 0; i--)
            {
                // The encoder numbers the actors' ids first, in actor order: id i is actor i.
                var index = Int();
                if (index != actors.Count)
                {
                    throw new InvalidDataException("actors out of order");
                }

                var id = _ids[index];
                var name = _names[Int()];
                var kind = (ActorKind)bytes[_at++];
                if (!Enum.IsDefined(kind))
                {
                    throw new InvalidDataException("unknown actor kind");
                }

                actors.Add(new GraphActor(id, name, kind, NameList(), NameList()));
            }

            return actors;
        }

        private List<GraphRole> ReadRoles(SnapshotFilter filter)
        {
            var count = Int();
            var roles = new List<GraphRole>(count);
            for (var i = 0; i < count; i++)
            {
                var person = _ids[Int()];
                var title = _names[Int()];
                var of = Int();
                var role = new GraphRole(person, title, of < 0 ? null : _ids[of], Date(Int()), Date(Int()), NameList());
                if (filter.Accepts(role))
                {
                    roles.Add(role);
                }
            }

            return roles;
        }

        private ColumnarRelations ReadRelations(SnapshotFilter filter, int actorCount)
        {
            var from = Ints();
            var to = Ints();
            var kind = Ints();
            var weight = Doubles();
            var confidence = Doubles();
            var since = Ints();
            var until = Ints();
            var provenanceStart = Ints();
            var provenance = new ProvenanceColumns(Ints(), Doubles(), Doubles(), Ints(), Ints(), Ints(), _names, bytes);
            var textLength = checked((int)Long());
            provenance.TextStart = _at;
            _at = checked(_at + textLength);
            if (_at > bytes.Length)
            {
                throw new InvalidDataException("texts past the end");
            }

            var corroborated = Ints();
            var corroborating = Ints();
            var publishers = Ints();
            var stories = Ints();
            provenance.Since = Ints();
            provenance.Until = Ints();
            var n = from.Length;
            if (to.Length != n || kind.Length != n || weight.Length != n || confidence.Length != n || since.Length != n || until.Length != n
                || provenanceStart.Length != n + 1 || corroborating.Length != corroborated.Length || publishers.Length != corroborated.Length || stories.Length != corroborated.Length
                || provenance.Since.Length != provenance.Count || provenance.Until.Length != provenance.Count || provenanceStart[n] != provenance.Count)
            {
                throw new InvalidDataException("columns of different lengths");
            }

            var corroboration = new Dictionary<int, Corroboration>(corroborated.Length);
            for (var i = 0; i < corroborated.Length; i++)
            {
                var row = corroborated[i];
                if ((uint)row >= (uint)n || !corroboration.TryAdd(row, new Corroboration(corroborating[i], publishers[i], stories[i])))
                {
                    throw new InvalidDataException("a corroboration out of range");
                }
            }

            var kinds = Enum.GetValues<RelationKind>().Length;
            var rows = new List<int>(n);
            var asOf = filter.AsOf?.DayNumber;
            for (var i = 0; i < n; i++)
            {
                var k = kind[i];
                if ((uint)k >= (uint)kinds || (uint)from[i] >= (uint)_ids.Length || (uint)to[i] >= (uint)_ids.Length)
                {
                    throw new InvalidDataException("a relation out of range");
                }

                // SnapshotFilter.Accepts, column by column, before any object is made.
                if ((filter.Kinds is { } only && !only.Contains((RelationKind)k)) || confidence[i] < filter.MinConfidence
                    || (asOf is { } day && ((since[i] != NoDate && since[i] > day) || (until[i] != NoDate && until[i] < day))))
                {
                    continue;
                }

                rows.Add(i);
            }

            var table = new RelationTable(_ids, from, to, kind, weight, confidence, since, until, provenanceStart, provenance, corroboration);
            return new ColumnarRelations(table, [.. rows], actorCount);
        }

        private string[] NameList()
        {
            var names = new string[Int()];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = _names[Int()];
            }

            return names;
        }

        private int Int()
        {
            var value = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(_at));
            _at += 4;
            return value;
        }

        private long Long()
        {
            var value = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(_at));
            _at += 8;
            return value;
        }

        private string String()
        {
            // BinaryWriter's length prefix: 7 bits a byte, low bits first.
            int length = 0, shift = 0;
            byte b;
            do
            {
                if (shift > 28)
                {
                    throw new InvalidDataException("bad string length");
                }

                b = bytes[_at++];
                length |= (b & 0x7F) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0);
            var text = Encoding.UTF8.GetString(bytes, _at, length);
            _at += length;
            return text;
        }

        private int[] Ints() => MemoryMarshal.Cast<byte, int>(Span(4)).ToArray();

        private double[] Doubles() => MemoryMarshal.Cast<byte, double>(Span(8)).ToArray();

        private ReadOnlySpan<byte> Span(int size)
        {
            var count = Int();
            if (count < 0)
            {
                throw new InvalidDataException("negative length");
            }

            var span = bytes.AsSpan(_at, checked(count * size));
            _at += span.Length;
            return span;
        }
    }
}
