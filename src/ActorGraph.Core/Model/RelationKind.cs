namespace ActorGraph.Core.Model;

/// <summary>The kinds of relation ActorGraph records. Influence flows from the source to the target.</summary>
public enum RelationKind
{
    /// <summary>The source leads, heads or chairs the target.</summary>
    Leads,

    /// <summary>The source hosts, mediates or brokers an engagement of the target.</summary>
    Facilitates,

    /// <summary>The source advises the target.</summary>
    Advises,

    /// <summary>The source imposes sanctions on the target.</summary>
    Sanctions,
}
