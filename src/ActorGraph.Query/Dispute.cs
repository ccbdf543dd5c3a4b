namespace ActorGraph.Query;

/// <summary>One side of a <see cref="Dispute"/>: what one source says, and the sentence it says it in.</summary>
/// <param name="Source">The source's id.</param>
/// <param name="Says">What the source says, in words ("Yuri Ushakov ADVISES Vladimir Putin ended by 2025-05-27").</param>
/// <param name="Evidence">The sentence, when the source gives one.</param>
public sealed record DisputeClaim(string Source, string Says, string? Evidence);

/// <summary>Two or more sources that cannot all be right.</summary>
/// <param name="Kind">
/// <see cref="Disputes.RelationEnded"/>, <see cref="Disputes.SingleHolderOffice"/> or <see cref="Disputes.EndingBeforeStart"/>.
/// </param>
/// <param name="Actors">The actors concerned, by name.</param>
/// <param name="Claims">Every side, each with its source and evidence.</param>
public sealed record Dispute(string Kind, IReadOnlyList<string> Actors, IReadOnlyList<DisputeClaim> Claims);
