namespace ActorGraph.Core.Model;

/// <summary>Which relations a snapshot holds. The default holds all of them.</summary>
public sealed record SnapshotFilter
{
    /// <summary>A filter that keeps everything.</summary>
    public static SnapshotFilter All { get; } = new();

    /// <summary>The relation types to keep; null keeps every type.</summary>
    public IReadOnlySet<RelationKind>? Kinds { get; init; }

    /// <summary>Keep only relations and roles that hold on this day; null keeps all.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Keep only relations whose combined confidence is at least this.</summary>
    public double MinConfidence { get; init; }

    /// <summary>Whether a combined relation passes the filter.</summary>
    public bool Accepts(GraphRelation relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        return (Kinds is null || Kinds.Contains(relation.Kind))
            && relation.Confidence >= MinConfidence
            && (AsOf is not { } day || relation.HoldsOn(day));
    }

    /// <summary>Whether a combined role passes the filter.</summary>
    public bool Accepts(GraphRole role)
    {
        ArgumentNullException.ThrowIfNull(role);
        return AsOf is not { } day || ((role.Since is null || role.Since <= day) && (role.Until is null || role.Until >= day));
    }
}
