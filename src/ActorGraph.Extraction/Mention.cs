using ActorGraph.Core.Model;

namespace ActorGraph.Extraction;

/// <summary>What a stretch of tokens names.</summary>
internal enum MentionType
{
    /// <summary>A person, organization, country or group.</summary>
    Actor,

    /// <summary>A title ("Foreign Minister").</summary>
    Title,
}

/// <summary>A stretch of a sentence's tokens that names an actor or a title.</summary>
internal sealed class Mention
{
    public required int Start { get; init; }

    public required int End { get; set; }

    public required MentionType Type { get; init; }

    /// <summary>The actor's name (for actors), or the title text (for titles).</summary>
    public required string Name { get; set; }

    public ActorKind Kind { get; set; }

    public EntityForm Form { get; init; }

    public TitleClass TitleClass { get; init; }

    /// <summary>What was written.</summary>
    public required string Surface { get; init; }

    /// <summary>A country named as a place ("talks in Riyadh"), not acting.</summary>
    public bool Locative { get; set; }

    /// <summary>
    /// The mention this one is part of: an affiliation or title qualifying a person, a country inside a group. A
    /// mention is never part of itself: an assignment that would close a loop (a title bound to a person who is
    /// already part of that title) is ignored, so <see cref="Resolve"/> always ends.
    /// </summary>
    public Mention? Head
    {
        get => _head;
        set
        {
            for (var m = value; m is not null; m = m._head)
            {
                if (ReferenceEquals(m, this))
                {
                    return;
                }
            }

            _head = value;
        }
    }

    private Mention? _head;

    public Mention Resolve()
    {
        var m = this;
        while (m.Head is not null)
        {
            m = m.Head;
        }

        return m;
    }

    public override string ToString() => $"{Type}:{Name}[{Start},{End})";
}
