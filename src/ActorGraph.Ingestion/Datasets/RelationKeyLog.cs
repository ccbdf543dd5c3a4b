namespace ActorGraph.Ingestion.Datasets;

/// <summary>
/// The relations of a source being checked, as 16 bytes each: the (source, type, target) key packed into a number,
/// and the relation's index and line. Repeats are found once, at the end, by sorting: a streamed source of millions
/// of relations is checked without a hash table that grows (and doubles) with it.
/// </summary>
internal sealed class RelationKeyLog
{
    private const int ChunkSize = 1 << 16;
    private readonly List<long[]> _keys = [];
    private readonly List<long[]> _places = [];
    private int _count;

    /// <summary>Records one relation.</summary>
    public void Add(long key, long place)
    {
        if (_count == _keys.Count * ChunkSize)
        {
            _keys.Add(new long[ChunkSize]);
            _places.Add(new long[ChunkSize]);
        }

        _keys[_count / ChunkSize][_count % ChunkSize] = key;
        _places[_count / ChunkSize][_count % ChunkSize] = place;
        _count++;
    }

    /// <summary>Forgets every relation recorded.</summary>
    public void Clear()
    {
        _keys.Clear();
        _places.Clear();
        _count = 0;
    }

    /// <summary>
    /// Each relation that repeats an earlier one, with the first it repeats, ordered by the repeat's place; the log
    /// is emptied.
    /// </summary>
    public List<(long Repeat, long First)> TakeRepeats()
    {
        var keys = new long[_count];
        var places = new long[_count];
        for (var i = 0; i < _keys.Count; i++)
        {
            var length = Math.Min(ChunkSize, _count - (i * ChunkSize));
            _keys[i].AsSpan(0, length).CopyTo(keys.AsSpan(i * ChunkSize));
            _places[i].AsSpan(0, length).CopyTo(places.AsSpan(i * ChunkSize));
        }

        Clear();
        keys.AsSpan().Sort(places.AsSpan());
        var repeats = new List<(long Repeat, long First)>();
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            var first = places[start];
            while (end < keys.Length && keys[end] == keys[start])
            {
                first = Math.Min(first, places[end]);
                end++;
            }

            for (var i = start; i < end; i++)
            {
                if (places[i] != first)
                {
                    repeats.Add((places[i], first));
                }
            }

            start = end;
        }

        repeats.Sort();
        return repeats;
    }
}
