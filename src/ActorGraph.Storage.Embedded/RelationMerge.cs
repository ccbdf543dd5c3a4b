using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Core.Text;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Embedded;

/// <summary>
/// Every source's relation statements merged into the combined relations as columns, for writing the analysis image
/// without making a million relation objects. Statements are read into arrays, ordered by (source actor, type, target
/// actor) as <see cref="SnapshotAssembler"/> orders relations, and a relation stated once is kept as its statement's
/// row. Only relations stated by several sources go through <see cref="SnapshotAssembler"/>, so they combine by exactly
/// its rules (largest weight, confidences over independent stories).
/// </summary>
internal sealed class RelationMerge : IImageRelations
{
    private const int NoDate = int.MinValue;

    private ActorId[] _ids = [];
    private string[] _sourceIds = [];
    private int[] _from;
    private int[] _to;
    private byte[] _kind;
    private int[] _source;
    private double[] _weight;
    private double[] _confidence;
    private int[] _since;
    private int[] _until;
    private string?[] _context;
    private string?[] _evidence;

    // Per combined relation: its statement's row, or -(k + 1) for the k-th relation merged from several statements.
    private int[] _rows = [];
    private GraphRelation[] _merged = [];

    private RelationMerge(int count)
    {
        _from = new int[count];
        _to = new int[count];
        _kind = new byte[count];
        _source = new int[count];
        _weight = new double[count];
        _confidence = new double[count];
        _since = new int[count];
        _until = new int[count];
        _context = new string?[count];
        _evidence = new string?[count];
    }

    public int Count => _rows.Length;

    /// <summary>
    /// Reads the relation rows of <paramref name="reader"/> (source id, from id, type as its allowlist index, to id,
    /// weight, confidence, since, until, context, evidence; at most <paramref name="count"/>) and merges them.
    /// <paramref name="actors"/> are the combined actors in id order, which rank the relations as the assembler does.
    /// </summary>
    public static RelationMerge Read(SqliteDataReader reader, int count, IReadOnlyList<SourceRecord> sources, IReadOnlyList<GraphActor> actors, CancellationToken cancellationToken)
    {
        // Randomized string hashing: a hundred thousand similar ids (a1 … a99999) do not share hash chains.
        var comparer = EqualityComparer<string>.Create((a, b) => string.Equals(a, b, StringComparison.Ordinal), s => s.GetHashCode());
        var idIndex = new Dictionary<string, int>(comparer);
        var ids = new List<ActorId>();
        var sourceIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var sourceIds = new List<string>();
        foreach (var source in sources)
        {
            sourceIndex[source.Info.Id] = sourceIds.Count;
            sourceIds.Add(source.Info.Id);
        }

        int Id(string text)
        {
            if (!idIndex.TryGetValue(text, out var index))
            {
                idIndex[text] = index = ids.Count;
                ids.Add(ActorId.Parse(text));
            }

            return index;
        }

        var m = new RelationMerge(count);
        var rows = 0;
        while (reader.Read())
        {
            if ((rows & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var kind = reader.GetInt32(2);
            if (kind < 0 || kind >= Vocabulary.RelationKinds.Count)
            {
                throw new GraphStoreException($"The store holds an unknown relation type in row {rows + 1} of relation_assertions.", "CORRUPT", isTransient: false);
            }

            if (rows == count)
            {
                throw new GraphStoreException($"relation_assertions holds more than the {count} rows it counted in the same read.", "CORRUPT", isTransient: false);
            }

            var sourceId = reader.GetString(0);
            if (!sourceIndex.TryGetValue(sourceId, out var source))
            {
                sourceIndex[sourceId] = source = sourceIds.Count;
                sourceIds.Add(sourceId);
            }

            (m._from[rows], m._to[rows], m._kind[rows], m._source[rows]) = (Id(reader.GetString(1)), Id(reader.GetString(3)), (byte)kind, source);
            (m._weight[rows], m._confidence[rows], m._since[rows], m._until[rows]) = (reader.GetDouble(4), reader.GetDouble(5), Day(reader, 6), Day(reader, 7));
            (m._context[rows], m._evidence[rows]) = (reader.IsDBNull(8) ? null : reader.GetString(8), reader.IsDBNull(9) ? null : reader.GetString(9));
            rows++;
        }

        if (rows < count)
        {
            m.Truncate(rows);
        }

        (m._ids, m._sourceIds) = ([.. ids], [.. sourceIds]);
        m.Combine(sources, actors);
        return m;
    }

    private void Truncate(int rows)
    {
        Array.Resize(ref _from, rows);
        Array.Resize(ref _to, rows);
        Array.Resize(ref _kind, rows);
        Array.Resize(ref _source, rows);
        Array.Resize(ref _weight, rows);
        Array.Resize(ref _confidence, rows);
        Array.Resize(ref _since, rows);
        Array.Resize(ref _until, rows);
        Array.Resize(ref _context, rows);
        Array.Resize(ref _evidence, rows);
    }

    public ActorId Source(int index)
    {
        var row = _rows[index];
        return row >= 0 ? _ids[_from[row]] : Merged(row).Source;
    }

    public ActorId Target(int index)
    {
        var row = _rows[index];
        return row >= 0 ? _ids[_to[row]] : Merged(row).Target;
    }

    public RelationKind Kind(int index)
    {
        var row = _rows[index];
        return row >= 0 ? (RelationKind)_kind[row] : Merged(row).Kind;
    }

    public double Weight(int index)
    {
        var row = _rows[index];
        return row >= 0 ? _weight[row] : Merged(row).Weight;
    }

    public double Confidence(int index)
    {
        var row = _rows[index];
        return row >= 0 ? _confidence[row] : Merged(row).Confidence;
    }

    public DateOnly? Since(int index)
    {
        var row = _rows[index];
        return row >= 0 ? Date(_since[row]) : Merged(row).Since;
    }

    public DateOnly? Until(int index)
    {
        var row = _rows[index];
        return row >= 0 ? Date(_until[row]) : Merged(row).Until;
    }

    public int ProvenanceCount(int index) => _rows[index] >= 0 ? 1 : Merged(_rows[index]).Provenance.Count;

    public (string SourceId, double Weight, double Confidence, string? Evidence, string? Context, DateOnly? Since, DateOnly? Until) Provenance(int index, int statement)
    {
        var row = _rows[index];
        if (row >= 0)
        {
            return (_sourceIds[_source[row]], _weight[row], _confidence[row], _evidence[row], _context[row], Date(_since[row]), Date(_until[row]));
        }

        var p = Merged(row).Provenance[statement];
        return (p.SourceId, p.Weight, p.Confidence, p.Evidence, p.Context, p.Since, p.Until);
    }

    public Corroboration? Corroboration(int index) => _rows[index] >= 0 ? null : Merged(_rows[index]).Corroboration;

    private GraphRelation Merged(int row) => _merged[-row - 1];

    /// <summary>Orders the statements by key and merges each key's statements into one relation.</summary>
    private void Combine(IReadOnlyList<SourceRecord> sources, IReadOnlyList<GraphActor> actors)
    {
        // Declared actors rank in id order, then ids only relations name, in id order: the assembler's order.
        var rank = new int[_ids.Length];
        Array.Fill(rank, -1);
        var declared = new Dictionary<ActorId, int>(actors.Count);
        for (var i = 0; i < actors.Count; i++)
        {
            declared[actors[i].Id] = i;
        }

        var undeclared = new List<int>();
        for (var i = 0; i < _ids.Length; i++)
        {
            if (declared.TryGetValue(_ids[i], out var position))
            {
                rank[i] = position;
            }
            else
            {
                undeclared.Add(i);
            }
        }

        undeclared.Sort((a, b) => _ids[a].CompareTo(_ids[b]));
        for (var i = 0; i < undeclared.Count; i++)
        {
            rank[undeclared[i]] = actors.Count + i;
        }

        long ranks = actors.Count + undeclared.Count;
        var kinds = Enum.GetValues<RelationKind>().Length;
        var n = _from.Length;
        var keys = new long[n];
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            keys[i] = (((long)rank[_from[i]] * kinds) + _kind[i]) * ranks + rank[_to[i]];
            order[i] = i;
        }

        Array.Sort(keys, order);
        var combined = new List<int>(n);
        SnapshotAssembler? several = null;
        var severalAt = new List<int>();
        for (var i = 0; i < n;)
        {
            var end = i + 1;
            while (end < n && keys[end] == keys[i])
            {
                end++;
            }

            if (end == i + 1)
            {
                combined.Add(order[i]);
            }
            else
            {
                if (several is null)
                {
                    several = new SnapshotAssembler();
                    foreach (var source in sources)
                    {
                        several.AddSource(source);
                    }
                }

                // In the order the rows were read, as the assembler's own merge takes them: its sums are the same to the last bit.
                Array.Sort(order, i, end - i);
                for (var s = i; s < end; s++)
                {
                    var row = order[s];
                    several.AddRelation(_sourceIds[_source[row]], new Relation(
                        _ids[_from[row]], (RelationKind)_kind[row], _ids[_to[row]], _weight[row], _confidence[row],
                        Date(_since[row]), Date(_until[row]), _context[row], _evidence[row]));
                }

                severalAt.Add(combined.Count);
                combined.Add(order[i]);
            }

            i = end;
        }

        if (several is not null)
        {
            var built = several.Build().Relations.ToDictionary(r => (r.Source, r.Kind, r.Target));
            _merged = new GraphRelation[severalAt.Count];
            for (var k = 0; k < severalAt.Count; k++)
            {
                var row = combined[severalAt[k]];
                _merged[k] = built[(_ids[_from[row]], (RelationKind)_kind[row], _ids[_to[row]])];
                combined[severalAt[k]] = -k - 1;
            }
        }

        _rows = [.. combined];
    }

    private static int Day(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? NoDate : IsoDate.Parse(reader.GetString(ordinal)).DayNumber;

    private static DateOnly? Date(int day) => day == NoDate ? null : DateOnly.FromDayNumber(day);
}
