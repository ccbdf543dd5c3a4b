namespace ActorGraph.Core.Model;

/// <summary>What an actor is.</summary>
public enum ActorKind
{
    /// <summary>A person.</summary>
    Person,

    /// <summary>An organization: a ministry, agency, fund, company or alliance body.</summary>
    Organization,

    /// <summary>A country or state.</summary>
    Country,

    /// <summary>A group of actors: a delegation, an alliance, "European leaders".</summary>
    Group,
}
