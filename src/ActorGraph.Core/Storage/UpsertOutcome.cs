namespace ActorGraph.Core.Storage;

/// <summary>What writing a source did.</summary>
public enum UpsertOutcome
{
    /// <summary>The source was new.</summary>
    Added,

    /// <summary>The source had changed; what it asserted before was replaced.</summary>
    Updated,

    /// <summary>The source asserted exactly what the store already held; nothing was written.</summary>
    Unchanged,
}
