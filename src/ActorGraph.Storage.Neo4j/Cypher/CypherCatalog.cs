using System.Collections.Frozen;
using System.Reflection;
using ActorGraph.Core.Model;

namespace ActorGraph.Storage.Neo4j.Cypher;

/// <summary>
/// The Cypher statements ActorGraph sends to Neo4j, read from the <c>cypher/</c> files embedded in this assembly.
/// </summary>
public static class CypherCatalog
{
    private const string StorePrefix = "cypher/store/";

    private static readonly FrozenDictionary<string, string> Files = LoadFiles();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Statements = new(StringComparer.Ordinal);

    /// <summary>The statements of <c>cypher/schema.cypher</c>, in order.</summary>
    public static IReadOnlyList<Statement> Schema { get; } =
        [.. CypherScript.Split(Files["cypher/schema.cypher"]).Select((text, i) => new Statement($"cypher/schema.cypher#{i + 1}", text))];

    /// <summary>
    /// Every statement this assembly can send: the schema and the store's statements (relation statements once per
    /// allowlisted type). The Graph Data Science statements live with their engine (ActorGraph.Analytics.Neo4jGds).
    /// </summary>
    public static IReadOnlyList<Statement> All { get; } =
    [
        .. Schema,
        .. Files.Keys.Where(k => k.StartsWith(StorePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SelectMany(Expand),
    ];

    /// <summary>A statement of <c>cypher/store/</c> by file name without extension, e.g. <c>source-hash</c>.</summary>
    public static Statement Store(string name) => Single(StorePrefix + name + ".cypher");

    /// <summary>A relation statement of <c>cypher/store/</c> for one relation type.</summary>
    public static Statement Store(string name, RelationKind kind)
    {
        var file = StorePrefix + name + ".cypher";
        var text = Text(file);
        if (!text.Contains(Neo4jModel.RelationTypeToken, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{file} is not a per-relation-type statement.");
        }

        var type = Vocabulary.Name(kind);
        return new Statement($"{file}:{type}", text.Replace(Neo4jModel.RelationTypeToken, type, StringComparison.Ordinal));
    }

    private static Statement Single(string file)
    {
        var text = Text(file);
        if (text.Contains(Neo4jModel.RelationTypeToken, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{file} is a per-relation-type statement; name the relation type.");
        }

        return new Statement(file, text);
    }

    private static string Text(string file) => Statements.GetOrAdd(file, SingleStatement);

    private static string SingleStatement(string file)
    {
        if (!Files.TryGetValue(file, out var text))
        {
            throw new InvalidOperationException($"No embedded Cypher file {file}.");
        }

        var statements = CypherScript.Split(text);
        return statements.Count == 1
            ? statements[0]
            : throw new InvalidOperationException($"{file} holds {statements.Count} statements; the Query API runs one per request.");
    }

    private static IEnumerable<Statement> Expand(string file)
    {
        var name = file[..^".cypher".Length];
        var shortName = name[StorePrefix.Length..];
        if (!Text(file).Contains(Neo4jModel.RelationTypeToken, StringComparison.Ordinal))
        {
            return [Store(shortName)];
        }

        return Vocabulary.RelationKinds.Select(k => Store(shortName, k));
    }

    private static FrozenDictionary<string, string> LoadFiles()
    {
        var assembly = typeof(CypherCatalog).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("cypher/", StringComparison.Ordinal))
            .ToFrozenDictionary(n => n, n => Read(assembly, n), StringComparer.Ordinal);
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
