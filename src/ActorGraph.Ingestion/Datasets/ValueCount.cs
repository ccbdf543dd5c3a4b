namespace ActorGraph.Ingestion.Datasets;

/// <summary>Counts the values read from a dataset file and stops the read past <see cref="IngestLimits.MaxValues"/>.</summary>
internal sealed class ValueCount(IngestLimits limits)
{
    private long _count;

    /// <summary>Whether <paramref name="values"/> more values stay within the limit.</summary>
    public bool CanAdd(int values) => _count + values <= limits.MaxValues;

    public void Add(int line)
    {
        if (++_count > limits.MaxValues)
        {
            throw new SyntaxError(line, $"more than {limits.MaxValues:N0} values: 16 for each of the {limits.MaxItems:N0} items a source may have (raise it with --limit MaxItems=N)");
        }
    }
}
