using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ActorGraph.Core.Text;

namespace ActorGraph.Core.Model;

/// <summary>
/// The content hash of a <see cref="SourceDocument"/>: SHA-256 over one line per assertion, the source's line first
/// and the others in ordinal order, joined by <c>\n</c>, fields separated by <c>U+001E</c> and a missing field written
/// as <c>U+0000</c>. Relation lines are not made as strings: ids and type names hold no character below <c>U+001E</c>,
/// so ordering relations by (source id, type name, target id) orders their lines, and each line is written straight
/// into the hash. A million relations cost a sort of integers and no string each.
/// </summary>
internal static class ContentHasher
{
    private const byte Separator = 0x1E;

    public static string Compute(SourceInfo source, IReadOnlyList<Actor> actors, IReadOnlyList<Role> roles, IReadOnlyList<Relation> relations, out int[] relationOrder)
    {
        var head = Line("source", source.Id, source.Title, source.Url?.OriginalString, Date(source.Published));
        // Publisher and fingerprint join the hash only when present, so sources without them keep their hash.
        if (source.Publisher is not null || source.Fingerprint is not null)
        {
            head += Line(string.Empty, source.Publisher, source.Fingerprint);
        }

        // "actor…" < "relation…" < "role…": the three kinds of line never interleave. Actor and role lines are made
        // and sorted while the relations are put in key order (on two cores for a large source).
        string[] actorLines = [], roleLines = [];
        int[] order = [];
        long[] keys = [];
        void Lines()
        {
            actorLines = actors.Select(a => Line("actor", a.Id.Value, a.Name, Vocabulary.Name(a.Kind), string.Join('\u001f', a.Aliases.Order(StringComparer.Ordinal)))).ToArray();
            Array.Sort(actorLines, StringComparer.Ordinal);
            roleLines = roles.Select(r => Line("role", r.Person.Value, r.Title, r.Of?.Value, Date(r.Since), Date(r.Until))).ToArray();
            Array.Sort(roleLines, StringComparer.Ordinal);
        }

        void Order() => order = KeyOrder(relations, out keys);
        if (relations.Count + actors.Count < 10_000)
        {
            Lines();
            Order();
        }
        else
        {
            Parallel.Invoke(Lines, Order);
        }

        relationOrder = order;

        using var sink = new HashSink();
        sink.Line(head);
        foreach (var line in actorLines)
        {
            sink.Line(line);
        }

        for (var i = 0; i < relationOrder.Length; i++)
        {
            var end = i + 1;
            while (end < relationOrder.Length && keys[end] == keys[i])
            {
                end++;
            }

            if (end == i + 1)
            {
                sink.Relation(relations[relationOrder[i]]);
                continue;
            }

            // The same relation stated more than once (only a document built by hand can): whole lines decide.
            var tied = relationOrder[i..end].Select(r => RelationLine(relations[r])).Order(StringComparer.Ordinal);
            foreach (var line in tied)
            {
                sink.Line(line);
            }

            i = end - 1;
        }

        foreach (var line in roleLines)
        {
            sink.Line(line);
        }

        return sink.Finish();
    }

    /// <summary>
    /// The positions of <paramref name="relations"/> ordered by (source id, type name, target id), ordinal (equal keys
    /// in no particular order). <paramref name="keys"/> holds each ordered position's key.
    /// </summary>
    public static int[] KeyOrder(IReadOnlyList<Relation> relations, out long[] keys)
    {
        // Keyed by ActorId, whose hash is the randomized string hash: similar ids do not share hash chains.
        var ranks = new Dictionary<ActorId, int>();
        foreach (var r in relations)
        {
            ranks.TryAdd(r.Source, 0);
            ranks.TryAdd(r.Target, 0);
        }

        var ids = ranks.Keys.ToArray();
        Array.Sort(ids);
        for (var i = 0; i < ids.Length; i++)
        {
            ranks[ids[i]] = i;
        }

        var kinds = Vocabulary.RelationKinds.Count;
        var kindRank = new long[kinds];
        var byName = Vocabulary.RelationKinds.OrderBy(Vocabulary.Name, StringComparer.Ordinal).ToList();
        for (var i = 0; i < byName.Count; i++)
        {
            kindRank[(int)byName[i]] = i;
        }

        keys = new long[relations.Count];
        var order = new int[relations.Count];
        for (var i = 0; i < order.Length; i++)
        {
            var r = relations[i];
            keys[i] = ((ranks[r.Source] * (long)kinds) + kindRank[(int)r.Kind]) * ids.Length + ranks[r.Target];
            order[i] = i;
        }

        Array.Sort(keys, order);
        return order;
    }

    private static string RelationLine(Relation r) => Line(
        "relation", r.Source.Value, Vocabulary.Name(r.Kind), r.Target.Value,
        r.Weight.ToString("R", CultureInfo.InvariantCulture), r.Confidence.ToString("R", CultureInfo.InvariantCulture),
        Date(r.Since), Date(r.Until), r.Context, r.Evidence);

    private static string? Date(DateOnly? date) => IsoDate.Format(date);

    private static string Line(params string?[] fields) =>
        string.Join('\u001e', fields.Select(f => f is null ? "\u0000" : f));

    /// <summary>Lines encoded as UTF-8 into a buffer that is hashed whenever it fills.</summary>
    private sealed class HashSink : IDisposable
    {
        private static readonly byte[][] KindNames = [.. Vocabulary.RelationKinds.Select(k => Encoding.UTF8.GetBytes(Vocabulary.Name(k)))];
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private readonly byte[] _buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        private int _used;
        private bool _any;

        public void Line(string line)
        {
            NewLine();
            Text(line);
        }

        public void Relation(Relation r)
        {
            NewLine();
            Bytes("relation"u8);
            Field(r.Source.Value);
            Field(KindNames[(int)r.Kind]);
            Field(r.Target.Value);
            Field(r.Weight);
            Field(r.Confidence);
            Field(r.Since);
            Field(r.Until);
            Field(r.Context);
            Field(r.Evidence);
        }

        public string Finish()
        {
            Flush();
            return Convert.ToHexStringLower(_hash.GetHashAndReset());
        }

        public void Dispose()
        {
            _hash.Dispose();
            ArrayPool<byte>.Shared.Return(_buffer);
        }

        private void NewLine()
        {
            if (_any)
            {
                Bytes("\n"u8);
            }

            _any = true;
        }

        private void Field(string? text)
        {
            Bytes([Separator]);
            if (text is null)
            {
                Bytes([0]);
            }
            else
            {
                Text(text);
            }
        }

        private void Field(ReadOnlySpan<byte> bytes)
        {
            Bytes([Separator]);
            Bytes(bytes);
        }

        private void Field(double value)
        {
            Bytes([Separator]);
            Room(64);
            if (!value.TryFormat(_buffer.AsSpan(_used), out var written, "R", CultureInfo.InvariantCulture))
            {
                throw new InvalidOperationException("A number did not fit its buffer.");
            }

            _used += written;
        }

        private void Field(DateOnly? date)
        {
            Bytes([Separator]);
            if (date is not { } d)
            {
                Bytes([0]);
                return;
            }

            Room(16);
            if (!d.TryFormat(_buffer.AsSpan(_used), out var written, IsoDate.Pattern, CultureInfo.InvariantCulture))
            {
                throw new InvalidOperationException("A date did not fit its buffer.");
            }

            _used += written;
        }

        private void Text(string text)
        {
            var max = Encoding.UTF8.GetMaxByteCount(text.Length);
            if (max > _buffer.Length)
            {
                Flush();
                _hash.AppendData(Encoding.UTF8.GetBytes(text));
                return;
            }

            Room(max);
            _used += Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_used));
        }

        private void Bytes(ReadOnlySpan<byte> bytes)
        {
            Room(bytes.Length);
            bytes.CopyTo(_buffer.AsSpan(_used));
            _used += bytes.Length;
        }

        private void Room(int size)
        {
            if (_buffer.Length - _used < size)
            {
                Flush();
            }
        }

        private void Flush()
        {
            _hash.AppendData(_buffer, 0, _used);
            _used = 0;
        }
    }
}
