namespace ActorGraph.Core.Model;

/// <summary>How independently a relation is attested: by how many sources, publishers and stories.</summary>
/// <param name="Sources">The sources that state it.</param>
/// <param name="Publishers">The distinct publishers of those sources.</param>
/// <param name="Stories">
/// The distinct stories among those sources: near-duplicate copies of one article (syndicated wire copy) count once.
/// </param>
public sealed record Corroboration(int Sources, int Publishers, int Stories);
