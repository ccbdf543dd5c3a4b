namespace ActorGraph.Core.Model;

/// <summary>
/// Everything one source asserts: the unit that is written in one transaction, replaced when the source changes
/// and retracted when it vanishes.
/// </summary>
public sealed class SourceDocument
{
    private readonly Lazy<int[]> _relationOrder;

    /// <summary>Creates a document; the content hash is computed from the assertions, not from the file's bytes.</summary>
    public SourceDocument(SourceInfo source, IReadOnlyList<Actor> actors, IReadOnlyList<Role> roles, IReadOnlyList<Relation> relations)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(relations);
        Source = source;
        Actors = actors;
        Roles = roles;
        Relations = relations;
        ContentHash = ContentHasher.Compute(source, actors, roles, relations);
        _relationOrder = new(() => ContentHasher.KeyOrder(relations));
    }

    private SourceDocument(SourceDocument document, SourceOrigin? origin)
    {
        Source = document.Source;
        Actors = document.Actors;
        Roles = document.Roles;
        Relations = document.Relations;
        ContentHash = document.ContentHash;
        _relationOrder = document._relationOrder;
        Origin = origin;
    }

    /// <summary>The source's description.</summary>
    public SourceInfo Source { get; }

    /// <summary>The actors the source names.</summary>
    public IReadOnlyList<Actor> Actors { get; }

    /// <summary>The roles the source states.</summary>
    public IReadOnlyList<Role> Roles { get; }

    /// <summary>The relations the source states.</summary>
    public IReadOnlyList<Relation> Relations { get; }

    /// <summary>
    /// <see cref="Relations"/> ordered by source actor id, relation type name and target actor id (ordinal): the order
    /// a store writes them in best, worked out once when first asked for.
    /// </summary>
    public IEnumerable<Relation> RelationsInKeyOrder()
    {
        foreach (var index in _relationOrder.Value)
        {
            yield return Relations[index];
        }
    }

    /// <summary>
    /// Where the assertions were read from, when known. Not part of <see cref="ContentHash"/>: a file that moves with
    /// the same content is the same source, and writing it only updates the origin the store records.
    /// </summary>
    public SourceOrigin? Origin { get; }

    /// <summary>The same assertions, read from <paramref name="origin"/>.</summary>
    public SourceDocument WithOrigin(SourceOrigin? origin) => new(this, origin);

    /// <summary>
    /// SHA-256 (hex) over a canonical form of the assertions (see <see cref="ContentHashBuilder"/>); equal for sources
    /// that assert the same, whatever their format, formatting, key order or order of assertions.
    /// </summary>
    public string ContentHash { get; }
}
