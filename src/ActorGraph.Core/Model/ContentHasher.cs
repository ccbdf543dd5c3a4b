using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ActorGraph.Core.Text;

namespace ActorGraph.Core.Model;

/// <summary>
/// The content hash of a source: a hash of the multiset of its assertions, so that it is the same for the same
/// assertions in any order and can be computed while they stream past. Each assertion has one canonical line (fields
/// separated by <c>U+001E</c>, a missing field written as <c>U+0000</c>, an actor's aliases sorted and joined by
/// <c>U+001F</c>); each line's SHA-256 is read as a 256-bit little-endian integer, and the integers of each kind
/// (actors, roles, relations) are summed modulo 2^256. The hash is the SHA-256 (hex) of the source's own line, then,
/// for each kind, its name, its count and its sum, joined by <c>\n</c>. Adding is commutative, so no line is sorted
/// and none is kept: a million relations cost a million small SHA-256s, on every core for a document.
/// </summary>
internal static class ContentHasher
{
    private const byte Separator = 0x1E;

    /// <summary>The hash of a whole document.</summary>
    public static string Compute(SourceInfo source, IReadOnlyList<Actor> actors, IReadOnlyList<Role> roles, IReadOnlyList<Relation> relations)
    {
        var actorSum = new LineSum();
        var roleSum = new LineSum();
        var line = new LineWriter();
        foreach (var actor in actors)
        {
            actorSum.Add(line.Actor(actor));
        }

        foreach (var role in roles)
        {
            roleSum.Add(line.Role(role));
        }

        var relationSum = new LineSum();
        if (relations.Count < 20_000)
        {
            foreach (var relation in relations)
            {
                relationSum.Add(line.Relation(relation));
            }
        }
        else
        {
            // Sums commute: each core sums a range, and the ranges are added together.
            var gate = new object();
            Parallel.ForEach(
                Partitioner.Create(0, relations.Count, 16_384),
                () => (Line: new LineWriter(), Sum: new LineSum()),
                (range, _, local) =>
                {
                    for (var i = range.Item1; i < range.Item2; i++)
                    {
                        local.Sum.Add(local.Line.Relation(relations[i]));
                    }

                    return local;
                },
                local =>
                {
                    lock (gate)
                    {
                        relationSum.Add(local.Sum);
                    }
                });
        }

        return Finish(source, actorSum, roleSum, relationSum);
    }

    /// <summary>The hash of the source's line and the three sums, as <see cref="ContentHasher"/> defines it.</summary>
    public static string Finish(SourceInfo source, LineSum actors, LineSum roles, LineSum relations)
    {
        var text = new StringBuilder(HeadLine(source));
        foreach (var (name, sum) in new[] { ("actors", actors), ("roles", roles), ("relations", relations) })
        {
            text.Append('\n').Append(name).Append('\u001e').Append(sum.Count.ToString(CultureInfo.InvariantCulture)).Append('\u001e').Append(sum.ToHex());
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>
    /// The positions of <paramref name="relations"/> ordered by (source id, type name, target id), ordinal (equal keys
    /// in no particular order): the order in which a store writes a source's relation rows best.
    /// </summary>
    public static int[] KeyOrder(IReadOnlyList<Relation> relations)
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

        var keys = new long[relations.Count];
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

    private static string HeadLine(SourceInfo source)
    {
        var head = Line("source", source.Id, source.Title, source.Url?.OriginalString, IsoDate.Format(source.Published));
        // Publisher and fingerprint join the line only when present.
        if (source.Publisher is not null || source.Fingerprint is not null)
        {
            head += Line(string.Empty, source.Publisher, source.Fingerprint);
        }

        return head;
    }

    private static string Line(params string?[] fields) =>
        string.Join('\u001e', fields.Select(f => f is null ? "\u0000" : f));

    /// <summary>A sum of line hashes modulo 2^256, and how many lines it holds.</summary>
    internal struct LineSum
    {
        private ulong _a, _b, _c, _d;

        public long Count { get; private set; }

        public void Add(ReadOnlySpan<byte> digest)
        {
            Add(
                BinaryPrimitives.ReadUInt64LittleEndian(digest),
                BinaryPrimitives.ReadUInt64LittleEndian(digest[8..]),
                BinaryPrimitives.ReadUInt64LittleEndian(digest[16..]),
                BinaryPrimitives.ReadUInt64LittleEndian(digest[24..]),
                1);
        }

        public void Add(LineSum other) => Add(other._a, other._b, other._c, other._d, other.Count);

        public readonly string ToHex()
        {
            Span<byte> bytes = stackalloc byte[32];
            BinaryPrimitives.WriteUInt64LittleEndian(bytes, _a);
            BinaryPrimitives.WriteUInt64LittleEndian(bytes[8..], _b);
            BinaryPrimitives.WriteUInt64LittleEndian(bytes[16..], _c);
            BinaryPrimitives.WriteUInt64LittleEndian(bytes[24..], _d);
            return Convert.ToHexStringLower(bytes);
        }

        private void Add(ulong a, ulong b, ulong c, ulong d, long count)
        {
            (_a, var carry) = AddWithCarry(_a, a, 0);
            (_b, carry) = AddWithCarry(_b, b, carry);
            (_c, carry) = AddWithCarry(_c, c, carry);
            (_d, _) = AddWithCarry(_d, d, carry);
            Count += count;
        }

        private static (ulong Sum, ulong Carry) AddWithCarry(ulong x, ulong y, ulong carry)
        {
            var sum = x + y;
            var over = sum < x ? 1UL : 0UL;
            var total = sum + carry;
            return (total, over | (total < sum ? 1UL : 0UL));
        }
    }

    /// <summary>Writes one assertion's canonical line as UTF-8 into a reused buffer and returns the line's SHA-256.</summary>
    internal sealed class LineWriter
    {
        private static readonly byte[][] KindNames = [.. Vocabulary.RelationKinds.Select(k => Encoding.UTF8.GetBytes(Vocabulary.Name(k)))];
        private readonly byte[] _digest = new byte[32];

        // One hash object reset after each line: a one-shot SHA-256 sets up a new native context every call.
        private readonly IncrementalHash _sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private byte[] _buffer = new byte[1024];
        private int _used;

        public ReadOnlySpan<byte> Actor(Actor a)
        {
            _used = 0;
            Bytes("actor"u8);
            Field(a.Id.Value);
            Field(a.Name);
            Field(Vocabulary.Name(a.Kind));
            Field(string.Join('\u001f', a.Aliases.Order(StringComparer.Ordinal)));
            return Digest();
        }

        public ReadOnlySpan<byte> Role(Role r)
        {
            _used = 0;
            Bytes("role"u8);
            Field(r.Person.Value);
            Field(r.Title);
            Field(r.Of?.Value);
            Field(r.Since);
            Field(r.Until);
            return Digest();
        }

        public ReadOnlySpan<byte> Relation(Relation r)
        {
            _used = 0;
            Bytes("relation"u8);
            Field(r.Source.Value);
            Bytes([Separator]);
            Bytes(KindNames[(int)r.Kind]);
            Field(r.Target.Value);
            Field(r.Weight);
            Field(r.Confidence);
            Field(r.Since);
            Field(r.Until);
            Field(r.Context);
            Field(r.Evidence);
            return Digest();
        }

        private ReadOnlySpan<byte> Digest()
        {
            _sha.AppendData(_buffer, 0, _used);
            _sha.GetHashAndReset(_digest);
            return _digest;
        }

        private void Field(string? text)
        {
            Bytes([Separator]);
            if (text is null)
            {
                Bytes([0]);
                return;
            }

            Room(Encoding.UTF8.GetMaxByteCount(text.Length));
            _used += Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_used));
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

        private void Bytes(ReadOnlySpan<byte> bytes)
        {
            Room(bytes.Length);
            bytes.CopyTo(_buffer.AsSpan(_used));
            _used += bytes.Length;
        }

        private void Room(int size)
        {
            if (_buffer.Length - _used >= size)
            {
                return;
            }

            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _used + size));
        }
    }
}
