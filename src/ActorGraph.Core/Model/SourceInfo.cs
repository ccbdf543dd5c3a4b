namespace ActorGraph.Core.Model;

/// <summary>Where a set of assertions comes from: a report, a dataset.</summary>
/// <param name="Id">The source's identity; re-ingesting the same id replaces what it asserted.</param>
/// <param name="Title">A human title, when given.</param>
/// <param name="Url">Where the material can be read, when given.</param>
/// <param name="Published">The day it was published, when given.</param>
public sealed record SourceInfo(string Id, string? Title, Uri? Url, DateOnly? Published);
