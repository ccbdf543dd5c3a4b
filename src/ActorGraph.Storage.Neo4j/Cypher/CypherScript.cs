using System.Text;

namespace ActorGraph.Storage.Neo4j.Cypher;

/// <summary>Splits a <c>.cypher</c> file into statements.</summary>
public static class CypherScript
{
    /// <summary>
    /// Splits <paramref name="text"/> at every line that ends with <c>;</c>. Chunks holding only comments and blank
    /// lines are dropped. A statement's leading comment stays with it, so Neo4j's query log shows what it is.
    /// </summary>
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var statements = new List<string>();
        var current = new StringBuilder();
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var trimmed = line.TrimEnd();
            if (trimmed.EndsWith(';') && !IsComment(trimmed))
            {
                current.Append(trimmed.AsSpan(0, trimmed.Length - 1)).Append('\n');
                Flush(current, statements);
            }
            else
            {
                current.Append(trimmed).Append('\n');
            }
        }

        Flush(current, statements);
        return statements;
    }

    private static bool IsComment(string line) => line.TrimStart().StartsWith("//", StringComparison.Ordinal);

    private static void Flush(StringBuilder current, List<string> statements)
    {
        var text = current.ToString().Trim();
        current.Clear();
        if (text.Split('\n').Any(l => l.Trim().Length > 0 && !IsComment(l)))
        {
            statements.Add(text);
        }
    }
}
