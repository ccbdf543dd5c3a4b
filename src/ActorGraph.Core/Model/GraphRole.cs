namespace ActorGraph.Core.Model;

/// <summary>A role in the combined graph, with the sources that state it.</summary>
/// <param name="Person">The holder.</param>
/// <param name="Title">The title.</param>
/// <param name="Of">The body, when named.</param>
/// <param name="Since">The first day held, when known.</param>
/// <param name="Until">The last day held, when known (the latest any source gives).</param>
/// <param name="Sources">The ids of the sources that state the role, sorted.</param>
public sealed record GraphRole(ActorId Person, string Title, ActorId? Of, DateOnly? Since, DateOnly? Until, IReadOnlyList<string> Sources);
