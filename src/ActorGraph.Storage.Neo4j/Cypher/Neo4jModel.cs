using ActorGraph.Core.Model;

namespace ActorGraph.Storage.Neo4j.Cypher;

/// <summary>
/// ActorGraph's graph model in Neo4j: the only labels, relationship types and property keys its statements use.
/// Labels and relationship types in statements come from this allowlist, never from input; the Cypher checks pass
/// it to Neo4j's front end so that a misspelt name fails.
/// </summary>
public static class Neo4jModel
{
    /// <summary>The token in relation statements that the store replaces with each allowlisted relationship type.</summary>
    public const string RelationTypeToken = "__RELATION_TYPE__";

    /// <summary>Every node label.</summary>
    public static IReadOnlyList<string> Labels { get; } =
        ["Source", "Actor", .. Vocabulary.ActorKinds.Select(Vocabulary.Label), "Role", "Claim", "Run"];

    /// <summary>The relationship types between actors: the relation kinds.</summary>
    public static IReadOnlyList<string> RelationTypes { get; } = [.. Vocabulary.RelationKinds.Select(Vocabulary.Name)];

    /// <summary>Every relationship type: relations between actors, then provenance and roles.</summary>
    public static IReadOnlyList<string> RelationshipTypes { get; } =
        [.. RelationTypes, "MENTIONS", "STATES", "CLAIMS", "HOLDS", "OF"];

    /// <summary>Every property key.</summary>
    public static IReadOnlyList<string> PropertyKeys { get; } =
    [
        "id", "name", "kind", "aliases", "sources", "title", "url", "published", "contentHash", "ingestedAt", "origin", "originKind",
        "person", "of", "since", "until", "relationKey", "from", "type", "to", "weight", "confidence",
        "strength", "cost", "evidence", "context",
        "started", "ended", "exitCode", "added", "updated", "unchanged", "rejected", "failed", "retracted", "errors",
        "publisher", "fingerprint", "corroborationSources", "corroborationPublishers", "corroborationStories",
        "number", "changes", "relationState",
    ];
}
