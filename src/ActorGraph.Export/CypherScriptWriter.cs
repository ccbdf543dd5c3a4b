using System.Globalization;
using System.Text;
using ActorGraph.Core.Model;
using ActorGraph.Core.Text;

namespace ActorGraph.Export;

/// <summary>
/// A Cypher script that recreates the graph in an empty Neo4j: one statement per line, no parameters, every value a
/// correctly escaped literal, labels and relationship types only from ActorGraph's allowlist. Run it with
/// <c>cypher-shell -f</c> or paste it into Neo4j Browser.
/// </summary>
public static class CypherScriptWriter
{
    /// <summary>Writes the script for <paramref name="graph"/>.</summary>
    public static void Write(ExportedGraph graph, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        output.Write("// ActorGraph export: actors and relations with their combined numbers. Run on an empty database.\n");
        output.Write("CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;\n");
        foreach (var a in graph.Actors)
        {
            var actor = a.Actor;
            output.Write($"CREATE (:Actor:{Vocabulary.Label(actor.Kind)} {{id: {Text(actor.Id.Value)}, name: {Text(actor.Name)}, kind: {Text(Vocabulary.Name(actor.Kind))}, " +
                $"aliases: {List(actor.Aliases)}, sources: {List(actor.Sources)}, cluster: {a.Cluster.ToString(CultureInfo.InvariantCulture)}, influence: {GraphWriters.Number(a.Influence)}}});\n");
        }

        foreach (var r in graph.Relations)
        {
            var properties = new List<string>
            {
                $"weight: {GraphWriters.Number(r.Weight)}",
                $"confidence: {GraphWriters.Number(r.Confidence)}",
                $"strength: {GraphWriters.Number(r.Strength)}",
                $"sources: {List(r.Provenance.Select(p => p.SourceId).Distinct())}",
                $"evidence: {List(r.Provenance.Select(p => p.Evidence).OfType<string>())}",
                $"corroborationSources: {r.Corroboration.Sources.ToString(CultureInfo.InvariantCulture)}",
                $"corroborationPublishers: {r.Corroboration.Publishers.ToString(CultureInfo.InvariantCulture)}",
                $"corroborationStories: {r.Corroboration.Stories.ToString(CultureInfo.InvariantCulture)}",
            };
            if (IsoDate.Format(r.Since) is { } since)
            {
                properties.Add($"since: date({Text(since)})");
            }

            if (IsoDate.Format(r.Until) is { } until)
            {
                properties.Add($"until: date({Text(until)})");
            }

            output.Write($"MATCH (a:Actor {{id: {Text(r.Source.Value)}}}) MATCH (b:Actor {{id: {Text(r.Target.Value)}}}) " +
                $"CREATE (a)-[:{Vocabulary.Name(r.Kind)} {{{string.Join(", ", properties)}}}]->(b);\n");
        }
    }

    /// <summary>A Cypher string literal: single quotes, with backslash, quote and control characters escaped.</summary>
    public static string Text(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var literal = new StringBuilder("'");
        foreach (var c in value)
        {
            literal.Append(c switch
            {
                '\\' => "\\\\",
                '\'' => "\\'",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return literal.Append('\'').ToString();
    }

    private static string List(IEnumerable<string> values) => $"[{string.Join(", ", values.Select(Text))}]";
}
