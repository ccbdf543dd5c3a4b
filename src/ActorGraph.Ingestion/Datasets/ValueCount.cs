namespace ActorGraph.Ingestion.Datasets;

/// <summary>Counts the values read from a dataset file and stops the read past <see cref="IngestLimits.MaxValues"/>.</summary>
internal sealed class ValueCount(IngestLimits limits, bool streamed = false)
{
    private readonly long _max = streamed ? limits.MaxStreamedValues : limits.MaxValues;

    private long _count;

    /// <summary>Whether <paramref name="values"/> more values stay within the limit.</summary>
    public bool CanAdd(int values) => _count + values <= _max;

    public void Add(int line)
    {
        if (++_count > _max)
        {
            var (items, name) = streamed ? (limits.MaxStreamedItems, nameof(IngestLimits.MaxStreamedItems)) : (limits.MaxItems, nameof(IngestLimits.MaxItems));
            throw new SyntaxError(line, $"more than {_max:N0} values: 16 for each of the {items:N0} items a source may have (raise it with --limit {name}=N)");
        }
    }
}
