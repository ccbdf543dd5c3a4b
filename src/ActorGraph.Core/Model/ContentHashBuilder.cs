namespace ActorGraph.Core.Model;

/// <summary>
/// Computes a source's content hash one assertion at a time, in any order: the value
/// <see cref="SourceDocument.ContentHash"/> has for the same assertions. The hash is of the multiset of assertions:
/// each assertion's canonical line is hashed with SHA-256, the line hashes of each kind are summed modulo 2^256, and
/// the source's own line, the counts and the sums are hashed once more. A reader can therefore learn a source's hash
/// while streaming it, holding nothing but three sums.
/// </summary>
public sealed class ContentHashBuilder
{
    private readonly SourceInfo _source;
    private readonly ContentHasher.LineWriter _line = new();
    private ContentHasher.LineSum _actors;
    private ContentHasher.LineSum _roles;
    private ContentHasher.LineSum _relations;

    /// <summary>Starts the hash of the source <paramref name="source"/> describes, with no assertion yet.</summary>
    public ContentHashBuilder(SourceInfo source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
    }

    /// <summary>How many actors were added.</summary>
    public long Actors => _actors.Count;

    /// <summary>How many roles were added.</summary>
    public long Roles => _roles.Count;

    /// <summary>How many relations were added.</summary>
    public long Relations => _relations.Count;

    /// <summary>Adds one actor.</summary>
    public void Add(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        _actors.Add(_line.Actor(actor));
    }

    /// <summary>Adds one role.</summary>
    public void Add(Role role)
    {
        ArgumentNullException.ThrowIfNull(role);
        _roles.Add(_line.Role(role));
    }

    /// <summary>Adds one relation.</summary>
    public void Add(Relation relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        _relations.Add(_line.Relation(relation));
    }

    /// <summary>Adds every assertion of <paramref name="batch"/>.</summary>
    public void Add(SourceBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        foreach (var actor in batch.Actors)
        {
            Add(actor);
        }

        foreach (var role in batch.Roles)
        {
            Add(role);
        }

        foreach (var relation in batch.Relations)
        {
            Add(relation);
        }
    }

    /// <summary>
    /// Adds everything <paramref name="part"/> was given: builders of one source fed on several threads add up to
    /// the builder fed everything, in any order.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="part"/> hashes another source.</exception>
    public void Add(ContentHashBuilder part)
    {
        ArgumentNullException.ThrowIfNull(part);
        if (part._source != _source)
        {
            throw new ArgumentException("The part hashes another source.", nameof(part));
        }

        _actors.Add(part._actors);
        _roles.Add(part._roles);
        _relations.Add(part._relations);
    }

    /// <summary>The content hash (SHA-256, lower-case hex) of what was added so far.</summary>
    public string ToHash() => ContentHasher.Finish(_source, _actors, _roles, _relations);
}
