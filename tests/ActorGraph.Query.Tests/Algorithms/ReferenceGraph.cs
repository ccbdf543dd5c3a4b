using System.Globalization;
using System.Text.Json;
using ActorGraph.Query.Algorithms;

namespace ActorGraph.Query.Tests.Algorithms;

/// <summary>A classic undirected graph with answers computed by networkx and igraph (see ReferenceGraphs/README.md).</summary>
internal sealed class ReferenceGraph
{
    private ReferenceGraph(string name, List<string> names, List<(int U, int V, double W)> edges, JsonElement answers)
    {
        Name = name;
        Names = names;
        Edges = edges;
        Answers = answers;
    }

    public static IEnumerable<object[]> All => new[] { "karate", "karate_weighted", "florentine_families", "krackhardt_kite" }.Select(n => new object[] { n });

    public string Name { get; }

    public List<string> Names { get; }

    public List<(int U, int V, double W)> Edges { get; }

    public JsonElement Answers { get; }

    public int Index(string name) => Names.IndexOf(name);

    public static ReferenceGraph Load(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "ReferenceGraphs");
        var names = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        int Id(string n)
        {
            if (!index.TryGetValue(n, out var i))
            {
                index[n] = i = names.Count;
                names.Add(n);
            }

            return i;
        }

        var edges = new List<(int, int, double)>();
        foreach (var line in File.ReadLines(Path.Combine(folder, name + ".tsv")).Where(l => l.Length > 0))
        {
            var parts = line.Split('\t');
            edges.Add((Id(parts[0]), Id(parts[1]), double.Parse(parts[2], CultureInfo.InvariantCulture)));
        }

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, name + ".json")));
        return new ReferenceGraph(name, names, edges, json.RootElement.Clone());
    }

    /// <summary>Both directions of every edge, valued by <paramref name="value"/>.</summary>
    public Csr Directed(Func<double, double> value) => Csr.Build(
        Names.Count,
        [.. Edges.SelectMany(e => new[] { (e.U, e.V, value(e.W)), (e.V, e.U, value(e.W)) })],
        (a, b) => a + b);

    public UndirectedGraph Undirected() => UndirectedGraph.FromEdges(Names.Count, Edges);
}
