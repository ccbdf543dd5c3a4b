namespace ActorGraph.Core.Model;

/// <summary>A position a person holds, as one source states it: "Secretary of State" of the United States.</summary>
/// <param name="Person">The holder.</param>
/// <param name="Title">The title, as written.</param>
/// <param name="Of">The body the position belongs to, when named.</param>
/// <param name="Since">The first day held, when known.</param>
/// <param name="Until">The last day held, when known.</param>
public sealed record Role(ActorId Person, string Title, ActorId? Of, DateOnly? Since, DateOnly? Until);
