namespace ActorGraph.Ingestion.Datasets;

/// <summary>
/// Ordinal equality of ids and name keys with the randomized string hash, also for spans of characters. A dictionary with the
/// default ordinal comparer starts with a fast hash that many similar ids (<c>a1</c> … <c>a99999</c>) share in long
/// chains, and looking them up by span keeps paying for those chains.
/// </summary>
internal sealed class IdTextComparer : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<char>, string>
{
    public static IdTextComparer Instance { get; } = new();

    public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

    public int GetHashCode(string obj) => string.GetHashCode(obj.AsSpan());

    public bool Equals(ReadOnlySpan<char> alternate, string other) => alternate.SequenceEqual(other);

    public int GetHashCode(ReadOnlySpan<char> alternate) => string.GetHashCode(alternate);

    public string Create(ReadOnlySpan<char> alternate) => alternate.ToString();
}
