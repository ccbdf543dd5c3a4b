namespace ActorGraph.Core.Model;

/// <summary>Where a set of assertions comes from: a report, a dataset.</summary>
/// <param name="Id">The source's identity; re-ingesting the same id replaces what it asserted.</param>
/// <param name="Title">A human title, when given.</param>
/// <param name="Url">Where the material can be read, when given.</param>
/// <param name="Published">The day it was published, when given.</param>
/// <param name="Publisher">
/// Who published it, when known: a dataset's <c>source.publisher</c>, or the feed an item came from when its page
/// has no URL. <see cref="Publishers.Of(SourceInfo)"/> falls back to the URL's registrable domain.
/// </param>
/// <param name="Fingerprint">
/// The MinHash signature of an article's text (<see cref="Text.StoryFingerprint"/>), by which near-duplicate copies
/// of one story are grouped; null for datasets, each of which is a story of its own.
/// </param>
public sealed record SourceInfo(string Id, string? Title, Uri? Url, DateOnly? Published, string? Publisher = null, string? Fingerprint = null);
