namespace ActorGraph.Storage.Neo4j.Cypher;

/// <summary>One Cypher statement the store sends, with the name of the file it comes from.</summary>
/// <param name="Name">Where it comes from, e.g. <c>cypher/store/source-hash.cypher</c> or <c>cypher/schema.cypher#2</c>.</param>
/// <param name="Text">The statement, exactly as sent.</param>
public sealed record Statement(string Name, string Text)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}
