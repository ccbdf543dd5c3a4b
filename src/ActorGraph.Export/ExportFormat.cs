namespace ActorGraph.Export;

/// <summary>The file formats ActorGraph exports to.</summary>
public enum ExportFormat
{
    /// <summary>GraphML (yEd, Gephi, Cytoscape, networkx).</summary>
    GraphMl,

    /// <summary>GEXF 1.3 (Gephi).</summary>
    Gexf,

    /// <summary>Graphviz DOT.</summary>
    Dot,

    /// <summary>JSON nodes and links (d3, Cytoscape.js).</summary>
    Json,

    /// <summary>CSV in the header format of <c>neo4j-admin database import</c>: actors.csv and relations.csv.</summary>
    Csv,

    /// <summary>A Cypher script that recreates the graph in an empty Neo4j, without parameters.</summary>
    Cypher,

    /// <summary>An ActorGraph dataset (JSON) holding the combined graph as one source: <c>actorgraph ingest</c> reads it back.</summary>
    Dataset,

    /// <summary>
    /// An ActorGraph dataset in JSON Lines holding the combined graph as one source: a source line, then one line per
    /// actor, role and relation. <c>actorgraph ingest</c> reads it back at any size.
    /// </summary>
    JsonLines,
}
