using System.Collections.Frozen;

namespace ActorGraph.Core.Model;

/// <summary>
/// The words ActorGraph reads and writes for kinds and relation types, and the defaults of the dataset format.
/// This is the allowlist every store uses for labels and relationship types.
/// </summary>
public static class Vocabulary
{
    private static readonly FrozenDictionary<string, RelationKind> RelationsByName =
        Enum.GetValues<RelationKind>().ToFrozenDictionary(Name, k => k, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, ActorKind> KindsByName =
        Enum.GetValues<ActorKind>().ToFrozenDictionary(Name, k => k, StringComparer.OrdinalIgnoreCase);

    /// <summary>All relation kinds in declaration order.</summary>
    public static IReadOnlyList<RelationKind> RelationKinds { get; } = Enum.GetValues<RelationKind>();

    /// <summary>All actor kinds in declaration order.</summary>
    public static IReadOnlyList<ActorKind> ActorKinds { get; } = Enum.GetValues<ActorKind>();

    /// <summary>The confidence of a relation whose dataset gives none: a curated dataset states it as fact.</summary>
    public const double DefaultConfidence = 1.0;

    /// <summary>The relation type as written in datasets and as a Neo4j relationship type, e.g. <c>LEADS</c>.</summary>
    public static string Name(RelationKind kind) => kind switch
    {
        RelationKind.Leads => "LEADS",
        RelationKind.Facilitates => "FACILITATES",
        RelationKind.Advises => "ADVISES",
        RelationKind.Sanctions => "SANCTIONS",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>
    /// The label an actor of <paramref name="kind"/> carries in Neo4j and in exports besides <c>Actor</c>, e.g. <c>Person</c>.
    /// </summary>
    public static string Label(ActorKind kind) => kind switch
    {
        ActorKind.Person => "Person",
        ActorKind.Organization => "Organization",
        ActorKind.Country => "Country",
        ActorKind.Group => "Group",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The actor kind as written in datasets, e.g. <c>person</c>.</summary>
    public static string Name(ActorKind kind) => kind switch
    {
        ActorKind.Person => "person",
        ActorKind.Organization => "organization",
        ActorKind.Country => "country",
        ActorKind.Group => "group",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Reads a relation type, ignoring case.</summary>
    public static bool TryParseRelation(string? text, out RelationKind kind) =>
        RelationsByName.TryGetValue(text?.Trim() ?? string.Empty, out kind);

    /// <summary>Reads an actor kind, ignoring case.</summary>
    public static bool TryParseKind(string? text, out ActorKind kind) =>
        KindsByName.TryGetValue(text?.Trim() ?? string.Empty, out kind);

    /// <summary>
    /// The weight of a relation whose dataset gives none. Leading is the strongest channel of influence,
    /// sanctions bind their target, advice and facilitation inform rather than command.
    /// </summary>
    public static double DefaultWeight(RelationKind kind) => kind switch
    {
        RelationKind.Leads => 0.9,
        RelationKind.Sanctions => 0.8,
        RelationKind.Advises => 0.6,
        RelationKind.Facilitates => 0.5,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
