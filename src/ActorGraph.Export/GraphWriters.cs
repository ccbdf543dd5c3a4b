using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;
using ActorGraph.Core.Model;
using ActorGraph.Core.Text;

namespace ActorGraph.Export;

/// <summary>
/// Writes an <see cref="ExportedGraph"/> in the formats analysts' tools read. Every format carries the same
/// attributes: for actors id, name, kind, aliases, cluster and influence; for relations type, weight, confidence,
/// strength, first and last day, and sources.
/// </summary>
public static class GraphWriters
{
    /// <summary>Writes <paramref name="graph"/> to <paramref name="output"/> (CSV has two files: use <see cref="WriteCsv"/>).</summary>
    public static void Write(ExportedGraph graph, ExportFormat format, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case ExportFormat.GraphMl:
                WriteGraphMl(graph, output);
                break;
            case ExportFormat.Gexf:
                WriteGexf(graph, output);
                break;
            case ExportFormat.Dot:
                WriteDot(graph, output);
                break;
            case ExportFormat.Json:
                WriteJson(graph, output);
                break;
            case ExportFormat.Cypher:
                CypherScriptWriter.Write(graph, output);
                break;
            case ExportFormat.Dataset:
                WriteDataset(graph, output);
                break;
            case ExportFormat.JsonLines:
                WriteJsonLines(graph, output);
                break;
            default:
                throw new ArgumentException($"{format} writes two files; use {nameof(WriteCsv)}.", nameof(format));
        }
    }

    /// <summary>
    /// Writes the two CSV files of <c>neo4j-admin database import</c>: actors (<c>id:ID(Actor)</c>, <c>:LABEL</c>, …)
    /// and relations (<c>:START_ID(Actor)</c>, <c>:END_ID(Actor)</c>, <c>:TYPE</c>, …). Line breaks inside values become
    /// spaces, and <c>;</c> inside a list item becomes <c>,</c>, because the importer splits arrays on <c>;</c>.
    /// </summary>
    public static void WriteCsv(ExportedGraph graph, TextWriter actors, TextWriter relations)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(relations);
        actors.Write("id:ID(Actor),name,kind,aliases:string[],sources:string[],cluster:int,influence:double,:LABEL\n");
        foreach (var a in graph.Actors)
        {
            var actor = a.Actor;
            actors.Write(string.Join(',',
                Csv(actor.Id.Value), Csv(actor.Name), Csv(Vocabulary.Name(actor.Kind)), CsvList(actor.Aliases), CsvList(actor.Sources),
                a.Cluster.ToString(CultureInfo.InvariantCulture), Number(a.Influence), Csv($"Actor;{Vocabulary.Label(actor.Kind)}")));
            actors.Write('\n');
        }

        relations.Write(":START_ID(Actor),:END_ID(Actor),:TYPE,weight:double,confidence:double,strength:double,since:date,until:date,sources:string[]," +
            "corroborationSources:int,corroborationPublishers:int,corroborationStories:int\n");
        foreach (var r in graph.Relations)
        {
            relations.Write(string.Join(',',
                Csv(r.Source.Value), Csv(r.Target.Value), Vocabulary.Name(r.Kind), Number(r.Weight), Number(r.Confidence), Number(r.Strength),
                IsoDate.Format(r.Since) ?? string.Empty, IsoDate.Format(r.Until) ?? string.Empty, CsvList(r.Provenance.Select(p => p.SourceId).Distinct()),
                Count(r.Corroboration.Sources), Count(r.Corroboration.Publishers), Count(r.Corroboration.Stories)));
            relations.Write('\n');
        }
    }

    internal static string Number(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.AsSpan().IndexOfAny('.', 'E', 'e') >= 0 ? text : text + ".0";
    }


    private static void WriteGraphMl(ExportedGraph graph, TextWriter output)
    {
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false });
        const string Ns = "http://graphml.graphdrawing.org/xmlns";
        xml.WriteStartElement("graphml", Ns);
        foreach (var (id, target, type) in new[]
        {
            ("name", "node", "string"), ("kind", "node", "string"), ("aliases", "node", "string"), ("sources", "node", "string"),
            ("cluster", "node", "int"), ("influence", "node", "double"),
            ("type", "edge", "string"), ("weight", "edge", "double"), ("confidence", "edge", "double"), ("strength", "edge", "double"),
            ("since", "edge", "string"), ("until", "edge", "string"), ("evidence", "edge", "string"),
            ("corroborationSources", "edge", "int"), ("corroborationPublishers", "edge", "int"), ("corroborationStories", "edge", "int"),
        })
        {
            xml.WriteStartElement("key", Ns);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("for", target);
            xml.WriteAttributeString("attr.name", id);
            xml.WriteAttributeString("attr.type", type);
            xml.WriteEndElement();
        }

        xml.WriteStartElement("graph", Ns);
        xml.WriteAttributeString("id", "actorgraph");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var a in graph.Actors)
        {
            xml.WriteStartElement("node", Ns);
            xml.WriteAttributeString("id", a.Actor.Id.Value);
            Data(xml, Ns, "name", a.Actor.Name);
            Data(xml, Ns, "kind", Vocabulary.Name(a.Actor.Kind));
            Data(xml, Ns, "aliases", string.Join("; ", a.Actor.Aliases));
            Data(xml, Ns, "sources", string.Join("; ", a.Actor.Sources));
            Data(xml, Ns, "cluster", a.Cluster.ToString(CultureInfo.InvariantCulture));
            Data(xml, Ns, "influence", Number(a.Influence));
            xml.WriteEndElement();
        }

        var index = 0;
        foreach (var r in graph.Relations)
        {
            xml.WriteStartElement("edge", Ns);
            xml.WriteAttributeString("id", $"e{index++}");
            xml.WriteAttributeString("source", r.Source.Value);
            xml.WriteAttributeString("target", r.Target.Value);
            Data(xml, Ns, "type", Vocabulary.Name(r.Kind));
            Data(xml, Ns, "weight", Number(r.Weight));
            Data(xml, Ns, "confidence", Number(r.Confidence));
            Data(xml, Ns, "strength", Number(r.Strength));
            Data(xml, Ns, "since", IsoDate.Format(r.Since));
            Data(xml, Ns, "until", IsoDate.Format(r.Until));
            Data(xml, Ns, "evidence", string.Join(" | ", r.Provenance.Select(p => p.Evidence).OfType<string>()));
            Data(xml, Ns, "corroborationSources", Count(r.Corroboration.Sources));
            Data(xml, Ns, "corroborationPublishers", Count(r.Corroboration.Publishers));
            Data(xml, Ns, "corroborationStories", Count(r.Corroboration.Stories));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteGexf(ExportedGraph graph, TextWriter output)
    {
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true });
        const string Ns = "http://gexf.net/1.3";
        xml.WriteStartElement("gexf", Ns);
        xml.WriteAttributeString("version", "1.3");
        xml.WriteStartElement("meta", Ns);
        xml.WriteElementString("creator", Ns, "ActorGraph");
        xml.WriteEndElement();
        xml.WriteStartElement("graph", Ns);
        xml.WriteAttributeString("defaultedgetype", "directed");
        xml.WriteAttributeString("mode", "static");
        Attributes(xml, Ns, "node", ("kind", "string"), ("aliases", "string"), ("cluster", "integer"), ("influence", "double"));
        Attributes(xml, Ns, "edge", ("type", "string"), ("confidence", "double"), ("strength", "double"), ("since", "string"), ("until", "string"),
            ("corroborationSources", "integer"), ("corroborationPublishers", "integer"), ("corroborationStories", "integer"));
        xml.WriteStartElement("nodes", Ns);
        foreach (var a in graph.Actors)
        {
            xml.WriteStartElement("node", Ns);
            xml.WriteAttributeString("id", a.Actor.Id.Value);
            xml.WriteAttributeString("label", Clean(a.Actor.Name));
            AttValues(xml, Ns, ("kind", Vocabulary.Name(a.Actor.Kind)), ("aliases", string.Join("; ", a.Actor.Aliases)),
                ("cluster", a.Cluster.ToString(CultureInfo.InvariantCulture)), ("influence", Number(a.Influence)));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("edges", Ns);
        var index = 0;
        foreach (var r in graph.Relations)
        {
            xml.WriteStartElement("edge", Ns);
            xml.WriteAttributeString("id", (index++).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("source", r.Source.Value);
            xml.WriteAttributeString("target", r.Target.Value);
            xml.WriteAttributeString("label", Vocabulary.Name(r.Kind));

            // Two actors may be linked by several relation types: the kind keeps them apart in Gephi.
            xml.WriteAttributeString("kind", Vocabulary.Name(r.Kind));
            xml.WriteAttributeString("weight", Number(r.Weight));
            AttValues(xml, Ns, ("type", Vocabulary.Name(r.Kind)), ("confidence", Number(r.Confidence)), ("strength", Number(r.Strength)),
                ("since", IsoDate.Format(r.Since)), ("until", IsoDate.Format(r.Until)), ("corroborationSources", Count(r.Corroboration.Sources)),
                ("corroborationPublishers", Count(r.Corroboration.Publishers)), ("corroborationStories", Count(r.Corroboration.Stories)));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteDot(ExportedGraph graph, TextWriter output)
    {
        output.Write("digraph actorgraph {\n  graph [overlap=false, splines=true];\n  node [style=filled, fontname=\"Helvetica\"];\n");
        foreach (var a in graph.Actors)
        {
            output.Write($"  {DotId(a.Actor.Id.Value)} [label={DotId(a.Actor.Name)}, shape={Shape(a.Actor.Kind)}, fillcolor=\"{KindColour(a.Actor.Kind)}\", " +
                $"kind={DotId(Vocabulary.Name(a.Actor.Kind))}, cluster={a.Cluster.ToString(CultureInfo.InvariantCulture)}, influence={Number(a.Influence)}];\n");
        }

        foreach (var r in graph.Relations)
        {
            output.Write($"  {DotId(r.Source.Value)} -> {DotId(r.Target.Value)} [label=\"{Vocabulary.Name(r.Kind)}\", color=\"{TypeColour(r.Kind)}\", " +
                $"penwidth={Number(1 + (3 * r.Strength))}, strength={Number(r.Strength)}, confidence={Number(r.Confidence)}];\n");
        }

        output.Write("}\n");
    }

    private static void WriteJson(ExportedGraph graph, TextWriter output) => JsonDocumentTo(output, json =>
        {
            json.WriteStartArray("nodes");
            foreach (var a in graph.Actors)
            {
                json.WriteStartObject();
                json.WriteString("id", a.Actor.Id.Value);
                json.WriteString("name", a.Actor.Name);
                json.WriteString("kind", Vocabulary.Name(a.Actor.Kind));
                Strings(json, "aliases", a.Actor.Aliases);
                Strings(json, "sources", a.Actor.Sources);
                json.WriteNumber("cluster", a.Cluster);
                json.WriteNumber("influence", a.Influence);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("links");
            foreach (var r in graph.Relations)
            {
                json.WriteStartObject();
                json.WriteString("source", r.Source.Value);
                json.WriteString("target", r.Target.Value);
                json.WriteString("type", Vocabulary.Name(r.Kind));
                json.WriteNumber("weight", r.Weight);
                json.WriteNumber("confidence", r.Confidence);
                json.WriteNumber("strength", r.Strength);
                json.WriteString("since", IsoDate.Format(r.Since));
                json.WriteString("until", IsoDate.Format(r.Until));
                Strings(json, "sources", r.Provenance.Select(p => p.SourceId).Distinct());
                Strings(json, "evidence", r.Provenance.Select(p => p.Evidence).OfType<string>());
                json.WriteStartObject("corroboration");
                json.WriteNumber("sources", r.Corroboration.Sources);
                json.WriteNumber("publishers", r.Corroboration.Publishers);
                json.WriteNumber("stories", r.Corroboration.Stories);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });

    /// <summary>
    /// The combined graph as one dataset source. Actors keep their ids (references use them, so nothing is resolved
    /// by name); relations carry the combined weight and confidence and their first evidence sentence. What each
    /// original source said is not kept: the dataset is one source.
    /// </summary>
    private static void WriteDataset(ExportedGraph graph, TextWriter output) => JsonDocumentTo(output, json =>
        {
            json.WritePropertyName("source");
            WriteExportSource(json);
            json.WriteStartArray("actors");
            foreach (var a in graph.Actors)
            {
                WriteDatasetActor(json, a.Actor);
            }

            json.WriteEndArray();
            json.WriteStartArray("roles");
            foreach (var r in graph.Roles)
            {
                WriteDatasetRole(json, r);
            }

            json.WriteEndArray();
            json.WriteStartArray("relations");
            foreach (var r in graph.Relations)
            {
                WriteDatasetRelation(json, r);
            }

            json.WriteEndArray();
        });

    /// <summary>
    /// The dataset of <see cref="WriteDataset"/> in JSON Lines: <c>{"source": …}</c>, then one line per actor, role and
    /// relation, written as they go so that memory does not grow with the graph.
    /// </summary>
    private static void WriteJsonLines(ExportedGraph graph, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using var json = new Utf8JsonWriter(buffer);
        void Line(string key, Action<Utf8JsonWriter> value)
        {
            json.Reset();
            buffer.SetLength(0);
            json.WriteStartObject();
            json.WritePropertyName(key);
            value(json);
            json.WriteEndObject();
            json.Flush();
            output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            output.Write('\n');
        }

        Line("source", WriteExportSource);
        foreach (var a in graph.Actors)
        {
            Line("actor", json => WriteDatasetActor(json, a.Actor));
        }

        foreach (var r in graph.Roles)
        {
            Line("role", json => WriteDatasetRole(json, r));
        }

        foreach (var r in graph.Relations)
        {
            Line("relation", json => WriteDatasetRelation(json, r));
        }
    }

    private static void WriteExportSource(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("id", "actorgraph-export");
        json.WriteString("title", "ActorGraph export");
        json.WriteEndObject();
    }

    private static void WriteDatasetActor(Utf8JsonWriter json, GraphActor actor)
    {
        json.WriteStartObject();
        json.WriteString("id", actor.Id.Value);
        json.WriteString("name", actor.Name);
        json.WriteString("kind", Vocabulary.Name(actor.Kind));
        Strings(json, "aliases", actor.Aliases);
        json.WriteEndObject();
    }

    private static void WriteDatasetRole(Utf8JsonWriter json, GraphRole r)
    {
        json.WriteStartObject();
        json.WriteString("person", r.Person.Value);
        json.WriteString("title", r.Title);
        OptionalString(json, "of", r.Of?.Value);
        OptionalString(json, "since", IsoDate.Format(r.Since));
        OptionalString(json, "until", IsoDate.Format(r.Until));
        json.WriteEndObject();
    }

    private static void WriteDatasetRelation(Utf8JsonWriter json, GraphRelation r)
    {
        json.WriteStartObject();
        json.WriteString("source", r.Source.Value);
        json.WriteString("type", Vocabulary.Name(r.Kind));
        json.WriteString("target", r.Target.Value);
        json.WriteNumber("weight", r.Weight);
        json.WriteNumber("confidence", r.Confidence);
        OptionalString(json, "since", IsoDate.Format(r.Since));
        OptionalString(json, "until", IsoDate.Format(r.Until));
        OptionalString(json, "context", r.Provenance.Select(p => p.Context).OfType<string>().FirstOrDefault());
        OptionalString(json, "evidence", r.Provenance.Select(p => p.Evidence).OfType<string>().FirstOrDefault());
        json.WriteEndObject();
    }

    /// <summary>Writes one indented JSON object, whose members <paramref name="members"/> writes, and a final line break.</summary>
    private static void JsonDocumentTo(TextWriter output, Action<Utf8JsonWriter> members)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            members(json);
            json.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        output.Write('\n');
    }

    private static void OptionalString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void Data(XmlWriter xml, string ns, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        xml.WriteStartElement("data", ns);
        xml.WriteAttributeString("key", key);
        xml.WriteString(Clean(value));
        xml.WriteEndElement();
    }

    private static void Attributes(XmlWriter xml, string ns, string target, params (string Id, string Type)[] attributes)
    {
        xml.WriteStartElement("attributes", ns);
        xml.WriteAttributeString("class", target);
        foreach (var (id, type) in attributes)
        {
            xml.WriteStartElement("attribute", ns);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("title", id);
            xml.WriteAttributeString("type", type);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void AttValues(XmlWriter xml, string ns, params (string For, string? Value)[] values)
    {
        xml.WriteStartElement("attvalues", ns);
        foreach (var (key, value) in values.Where(v => v.Value is not null))
        {
            xml.WriteStartElement("attvalue", ns);
            xml.WriteAttributeString("for", key);
            xml.WriteAttributeString("value", Clean(value!));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    /// <summary>Drops the characters XML cannot hold (most control characters); XmlWriter escapes the rest.</summary>
    private static string Clean(string text) =>
        text.All(XmlConvert.IsXmlChar) ? text : new string([.. text.Where(XmlConvert.IsXmlChar)]);

    private static string DotId(string text)
    {
        var escaped = new StringBuilder("\"");
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' or '\r' => "\\n",
                _ when char.IsControl(c) => " ",
                _ => c.ToString(),
            });
        }

        return escaped.Append('"').ToString();
    }

    private static string Shape(ActorKind kind) => kind switch
    {
        ActorKind.Person => "ellipse",
        ActorKind.Organization => "box",
        ActorKind.Country => "doubleoctagon",
        _ => "hexagon",
    };

    private static string KindColour(ActorKind kind) => kind switch
    {
        ActorKind.Person => "#8FB8EA",
        ActorKind.Organization => "#9ADCEC",
        ActorKind.Country => "#F5A3A3",
        _ => "#B8E0BC",
    };

    private static string TypeColour(RelationKind kind) => kind switch
    {
        RelationKind.Leads => "#D9534F",
        RelationKind.Advises => "#5BC0DE",
        RelationKind.Facilitates => "#5CB85C",
        _ => "#333333",
    };

    /// <summary>
    /// Writes what a CSV export needs besides actors and relations so that <c>actorgraph ingest</c> reads the folder
    /// back as one source: <c>roles.csv</c> (person, title, of, since, until) and <c>source.json</c>.
    /// </summary>
    public static void WriteCsvSourceFiles(ExportedGraph graph, TextWriter roles, TextWriter source)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(source);
        roles.Write("person,title,of,since:date,until:date\n");
        foreach (var r in graph.Roles)
        {
            roles.Write(string.Join(',', Csv(r.Person.Value), Csv(r.Title), r.Of is { } of ? Csv(of.Value) : string.Empty, IsoDate.Format(r.Since) ?? string.Empty, IsoDate.Format(r.Until) ?? string.Empty));
            roles.Write('\n');
        }

        JsonDocumentTo(source, json =>
        {
            json.WritePropertyName("source");
            WriteExportSource(json);
        });
    }

    private static string Csv(string value)
    {
        var flat = value.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');
        return flat.AsSpan().IndexOfAny(",\"") >= 0 || flat.Length == 0 || flat != flat.Trim()
            ? $"\"{flat.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
            : flat;
    }

    private static string CsvList(IEnumerable<string> values) => Csv(string.Join(';', values.Select(v => v.Replace(';', ','))));

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

}
