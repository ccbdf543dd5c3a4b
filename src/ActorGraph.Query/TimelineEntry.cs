using ActorGraph.Core.Model;

namespace ActorGraph.Query;

/// <summary>One fact of an actor's <see cref="Timeline"/>: a role or relation that began or ended, or an undated one.</summary>
/// <param name="Date">The day, or null for an undated fact.</param>
/// <param name="Change"><c>began</c>, <c>ended</c>, or <c>undated</c> for a fact without any date.</param>
/// <param name="Role">The role, for a role.</param>
/// <param name="Relation">The relation, for a relation.</param>
/// <param name="Text">The fact in words ("Marco Rubio LEADS US delegation", "Marco Rubio: Secretary of State of United States").</param>
/// <param name="Sources">The ids of the sources that state it.</param>
public sealed record TimelineEntry(DateOnly? Date, string Change, GraphRole? Role, GraphRelation? Relation, string Text, IReadOnlyList<string> Sources)
{
    /// <summary>Whether the fact has no date.</summary>
    public bool Undated => Date is null;
}
