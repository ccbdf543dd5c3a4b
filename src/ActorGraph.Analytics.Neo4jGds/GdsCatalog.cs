using System.Collections.Frozen;
using ActorGraph.Storage.Neo4j.Cypher;

namespace ActorGraph.Analytics.Neo4jGds;

/// <summary>The Graph Data Science statements, read from the <c>cypher/gds/</c> files embedded in this assembly.</summary>
public static class GdsCatalog
{
    private const string Prefix = "cypher/gds/";

    private static readonly FrozenDictionary<string, Statement> Statements = Load();

    /// <summary>Every statement the engine can send, by file name.</summary>
    public static IReadOnlyList<Statement> All { get; } = [.. Statements.Values.OrderBy(s => s.Name, StringComparer.Ordinal)];

    /// <summary>A statement by file name without extension, e.g. <c>pagerank</c>.</summary>
    internal static Statement Get(string name) =>
        Statements.TryGetValue(Prefix + name + ".cypher", out var statement)
            ? statement
            : throw new InvalidOperationException($"No embedded Cypher file {Prefix}{name}.cypher.");

    private static FrozenDictionary<string, Statement> Load()
    {
        var assembly = typeof(GdsCatalog).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .ToFrozenDictionary(n => n, n => new Statement(n, Single(n, Read(assembly, n))), StringComparer.Ordinal);
    }

    private static string Single(string name, string text)
    {
        var statements = CypherScript.Split(text);
        return statements.Count == 1
            ? statements[0]
            : throw new InvalidOperationException($"{name} holds {statements.Count} statements; the Query API runs one per request.");
    }

    private static string Read(System.Reflection.Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
