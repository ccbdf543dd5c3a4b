using ActorGraph.Core.Model;

namespace ActorGraph.Testing;

/// <summary>Small source documents for store and query tests.</summary>
public static class Documents
{
    public static readonly ActorId Rubio = ActorId.FromName("Marco Rubio");
    public static readonly ActorId Lavrov = ActorId.FromName("Sergey Lavrov");
    public static readonly ActorId UsDelegation = ActorId.Parse("us-delegation");
    public static readonly ActorId RuDelegation = ActorId.Parse("ru-delegation");
    public static readonly ActorId Mbs = ActorId.FromName("Mohammed bin Salman");
    public static readonly ActorId UnitedStates = ActorId.FromName("United States");

    public static Actor Person(ActorId id, string name, params string[] aliases) => new(id, name, ActorKind.Person, aliases);

    public static Relation Relation(ActorId from, RelationKind kind, ActorId to, double confidence = 1.0, string? evidence = null, DateOnly? since = null) =>
        new(from, kind, to, Vocabulary.DefaultWeight(kind), confidence, since, null, null, evidence);

    /// <summary>The Riyadh talks, as one source states them.</summary>
    public static SourceDocument Riyadh(string id = "riyadh", double confidence = 1.0) => new(
        new SourceInfo(id, "Riyadh talks", new Uri("https://example.org/riyadh"), new DateOnly(2025, 2, 18)),
        [
            Person(Rubio, "Marco Rubio", "Rubio"),
            Person(Lavrov, "Sergey Lavrov", "Lavrov", "Lawrow"),
            Person(Mbs, "Mohammed bin Salman", "MBS"),
            new Actor(UsDelegation, "US delegation", ActorKind.Group, []),
            new Actor(RuDelegation, "Russian delegation", ActorKind.Group, []),
            new Actor(UnitedStates, "United States", ActorKind.Country, ["US", "Washington"]),
        ],
        [new Role(Rubio, "Secretary of State", UnitedStates, new DateOnly(2025, 1, 21), null)],
        [
            Relation(Rubio, RelationKind.Leads, UsDelegation, confidence, "Rubio led the American delegation.", new DateOnly(2025, 2, 18)),
            Relation(Lavrov, RelationKind.Leads, RuDelegation, confidence, "Lavrov headed Moscow's team.", new DateOnly(2025, 2, 18)),
            Relation(Mbs, RelationKind.Facilitates, UsDelegation, 0.8, "The meeting was facilitated by the crown prince."),
            Relation(Mbs, RelationKind.Facilitates, RuDelegation, 0.8, "The meeting was facilitated by the crown prince."),
        ]);

    /// <summary>A second source that also states that Rubio leads the US delegation, and one fact of its own.</summary>
    public static SourceDocument Corroboration(string id = "corroboration") => new(
        new SourceInfo(id, null, null, null),
        [
            Person(Rubio, "Marco Rubio", "Secretary Rubio"),
            new Actor(UsDelegation, "US delegation", ActorKind.Group, ["American delegation"]),
            new Actor(UnitedStates, "United States", ActorKind.Country, []),
        ],
        [],
        [
            Relation(Rubio, RelationKind.Leads, UsDelegation, 0.5, "Rubio headed the US team."),
            Relation(UnitedStates, RelationKind.Leads, UsDelegation, 0.6),
        ]);
}
