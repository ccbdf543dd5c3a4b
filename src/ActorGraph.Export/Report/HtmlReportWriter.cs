using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ActorGraph.Core.Model;
using ActorGraph.Core.Text;

namespace ActorGraph.Export.Report;

/// <summary>
/// Writes the interactive report: one self-contained HTML file that works offline. It carries the graph as JSON, the
/// bundled cytoscape.js (MIT licence, kept in the file's header comment) and ActorGraph's own script and style; no
/// request leaves the file. Every name and quote reaches the page as data and is shown as text, never as markup.
/// </summary>
public static class HtmlReportWriter
{
    private static readonly Lazy<string> Template = new(() => Resource("report.html"));
    private static readonly Lazy<string> Script = new(() => Resource("report.js"));
    private static readonly Lazy<string> Library = new(() => Resource("cytoscape.min.js"));
    private static readonly Lazy<string> LibraryLicence = new(() => Resource("cytoscape.LICENSE"));

    /// <summary>The version of the bundled drawing library.</summary>
    public const string LibraryName = "cytoscape.js 3.35.0 (MIT)";

    /// <summary>Writes the report of <paramref name="graph"/> to <paramref name="output"/>.</summary>
    /// <param name="graph">The graph with clusters and influence.</param>
    /// <param name="snapshot">The snapshot it came from (sources, for links).</param>
    /// <param name="title">The report's title.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static async Task WriteAsync(ExportedGraph graph, GraphSnapshot snapshot, string title, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(output);
        var json = Data(graph, snapshot, title);
        var licence = LibraryLicence.Value.Replace("*/", "* /", StringComparison.Ordinal);
        var html = Template.Value
            .Replace("__TITLE__", HtmlEncoder.Default.Encode(title), StringComparison.Ordinal)
            .Replace("__LIBRARY_NAME__", LibraryName, StringComparison.Ordinal);
        var parts = html.Split(["/*__DATA__*/", "/*__LIBRARY__*/", "/*__APP__*/"], StringSplitOptions.None);
        if (parts.Length != 4)
        {
            throw new InvalidOperationException("The report template has lost a placeholder.");
        }

        await output.WriteAsync(parts[0].AsMemory(), cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(json.AsMemory(), cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(parts[1].AsMemory(), cancellationToken).ConfigureAwait(false);
        await output.WriteAsync($"/*! {LibraryName}\n{licence}\n*/\n".AsMemory(), cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(Library.Value.AsMemory(), cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(parts[2].AsMemory(), cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(Script.Value.AsMemory(), cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(parts[3].AsMemory(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The report's data as JSON, safe inside a script element (&lt;, &gt;, &amp; and quotes are escaped).</summary>
    internal static string Data(ExportedGraph graph, GraphSnapshot snapshot, string title)
    {
        var index = new Dictionary<ActorId, int>();
        for (var i = 0; i < graph.Actors.Count; i++)
        {
            index[graph.Actors[i].Actor.Id] = i;
        }

        var links = graph.Relations.Select(r => (index[r.Source], index[r.Target])).ToList();
        var positions = ReportLayout.Compute([.. graph.Actors.Select(a => a.Cluster)], links);
        var sources = snapshot.Sources.ToDictionary(s => s.Info.Id, s => s.Info, StringComparer.Ordinal);
        var roles = graph.Roles.ToLookup(r => r.Person);

        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default }))
        {
            json.WriteStartObject();
            json.WriteString("title", title);
            json.WriteNumber("modularity", Math.Round(graph.Clustering.Modularity, 4));
            json.WriteString("algorithm", graph.Clustering.Algorithm);
            json.WriteStartArray("actors");
            for (var i = 0; i < graph.Actors.Count; i++)
            {
                var a = graph.Actors[i];
                json.WriteStartObject();
                json.WriteString("id", a.Actor.Id.Value);
                json.WriteString("name", a.Actor.Name);
                json.WriteString("kind", Vocabulary.Name(a.Actor.Kind));
                json.WriteNumber("cluster", a.Cluster);
                json.WriteNumber("influence", Math.Round(a.Influence, 6));
                json.WriteNumber("x", positions[i].X);
                json.WriteNumber("y", positions[i].Y);
                json.WriteStartArray("aliases");
                foreach (var alias in a.Actor.Aliases)
                {
                    json.WriteStringValue(alias);
                }

                json.WriteEndArray();
                json.WriteStartArray("roles");
                foreach (var role in roles[a.Actor.Id])
                {
                    json.WriteStartObject();
                    json.WriteString("title", role.Title);
                    if (role.Of is { } of && index.TryGetValue(of, out var ofIndex))
                    {
                        json.WriteNumber("of", ofIndex);
                    }

                    WriteDate(json, "since", role.Since);
                    WriteDate(json, "until", role.Until);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("relations");
            foreach (var r in graph.Relations)
            {
                json.WriteStartObject();
                json.WriteNumber("s", index[r.Source]);
                json.WriteNumber("t", index[r.Target]);
                json.WriteString("type", Vocabulary.Name(r.Kind));
                json.WriteNumber("strength", Math.Round(r.Strength, 4));
                json.WriteNumber("confidence", Math.Round(r.Confidence, 4));
                json.WriteStartObject("corroboration");
                json.WriteNumber("sources", r.Corroboration.Sources);
                json.WriteNumber("publishers", r.Corroboration.Publishers);
                json.WriteNumber("stories", r.Corroboration.Stories);
                json.WriteEndObject();
                WriteDate(json, "since", r.Since);
                WriteDate(json, "until", r.Until);
                json.WriteStartArray("evidence");
                foreach (var p in r.Provenance)
                {
                    json.WriteStartObject();
                    json.WriteString("source", sources.TryGetValue(p.SourceId, out var info) && info.Title is { } sourceTitle ? sourceTitle : p.SourceId);
                    if (info?.Url is { } url && url.Scheme is "http" or "https")
                    {
                        json.WriteString("url", url.AbsoluteUri);
                    }

                    if (p.Evidence is { } quote)
                    {
                        json.WriteString("quote", quote);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("clusters");
            foreach (var community in graph.Clustering.Clusters)
            {
                json.WriteStartObject();
                json.WriteString("label", community.Label);
                json.WriteStartArray("members");
                foreach (var member in community.Members)
                {
                    json.WriteNumberValue(index[member.Id]);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("brokers");
            foreach (var broker in graph.Clustering.Brokers.Take(20))
            {
                json.WriteStartObject();
                json.WriteNumber("actor", index[broker.Actor.Id]);
                json.WriteNumber("participation", Math.Round(broker.Participation, 4));
                json.WriteNumber("clusters", broker.Clusters);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is { } day)
        {
            json.WriteString(name, IsoDate.Format(day));
        }
    }

    private static string Resource(string name)
    {
        using var stream = typeof(HtmlReportWriter).Assembly.GetManifestResourceStream("ActorGraph.Export.Report." + name)
            ?? throw new InvalidOperationException($"The report resource {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
