namespace ActorGraph.Core.Model;

/// <summary>
/// The stable identity of an actor across sources: a lower-case identifier such as <c>marco-rubio</c>.
/// Two sources that name the same id speak of the same actor.
/// </summary>
public readonly record struct ActorId : IComparable<ActorId>
{
    /// <summary>The longest identifier accepted.</summary>
    public const int MaxLength = 200;

    private ActorId(string value) => Value = value;

    /// <summary>The identifier text.</summary>
    public string Value { get; }

    /// <summary>Derives the identifier of an actor that was given no explicit id from its name.</summary>
    /// <exception cref="ArgumentException">The name holds no letter or digit.</exception>
    public static ActorId FromName(string name)
    {
        var slug = Text.NameKey.Slug(name);
        if (slug.Length == 0)
        {
            throw new ArgumentException("A name needs at least one letter or digit.", nameof(name));
        }

        return new ActorId(slug.Length > MaxLength ? slug[..MaxLength] : slug);
    }

    /// <summary>
    /// Reads an explicit identifier: letters, digits and <c>- _ . : /</c>, at most <see cref="MaxLength"/> characters.
    /// Upper case is folded to lower case.
    /// </summary>
    public static bool TryParse(string? text, out ActorId id)
    {
        id = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        if (trimmed.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in trimmed)
        {
            if (!(char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or ':' or '/'))
            {
                return false;
            }
        }

        id = new ActorId(trimmed.ToLowerInvariant());
        return true;
    }

    /// <summary>Reads an identifier that must be valid, for example one read back from a store.</summary>
    /// <exception cref="FormatException">The text is not a valid identifier.</exception>
    public static ActorId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException($"'{text}' is not a valid actor id.");

    /// <inheritdoc />
    public int CompareTo(ActorId other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Ordinal comparison of the identifiers.</summary>
    public static bool operator <(ActorId left, ActorId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal comparison of the identifiers.</summary>
    public static bool operator <=(ActorId left, ActorId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal comparison of the identifiers.</summary>
    public static bool operator >(ActorId left, ActorId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal comparison of the identifiers.</summary>
    public static bool operator >=(ActorId left, ActorId right) => left.CompareTo(right) >= 0;
}
