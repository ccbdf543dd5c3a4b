namespace ActorGraph.Query.Algorithms;

/// <summary>
/// A weighted undirected graph as a symmetric adjacency matrix in CSR form: an edge u–v of weight w is stored as
/// A[u,v] = A[v,u] = w, a self-loop as A[u,u] = 2w, so that a vertex's degree is its row sum.
/// </summary>
internal sealed class UndirectedGraph
{
    public UndirectedGraph(Csr adjacency)
    {
        Adjacency = adjacency;
        Degree = new double[adjacency.VertexCount];
        for (var v = 0; v < adjacency.VertexCount; v++)
        {
            for (var e = adjacency.Offsets[v]; e < adjacency.Offsets[v + 1]; e++)
            {
                Degree[v] += adjacency.Values[e];
            }

            TotalDegree += Degree[v];
        }
    }

    public Csr Adjacency { get; }

    public double[] Degree { get; }

    /// <summary>The sum of all degrees: twice the total edge weight.</summary>
    public double TotalDegree { get; }

    public int VertexCount => Adjacency.VertexCount;

    public static UndirectedGraph FromEdges(int vertexCount, IEnumerable<(int U, int V, double Weight)> edges)
    {
        var entries = new List<(int, int, double)>();
        foreach (var (u, v, w) in edges)
        {
            if (u == v)
            {
                entries.Add((u, u, 2 * w));
            }
            else
            {
                entries.Add((u, v, w));
                entries.Add((v, u, w));
            }
        }

        return new UndirectedGraph(Csr.Build(vertexCount, entries, (a, b) => a + b));
    }

    /// <summary>Newman modularity of <paramref name="community"/> with resolution <paramref name="resolution"/>.</summary>
    public double Modularity(int[] community, double resolution = 1.0)
    {
        if (TotalDegree <= 0)
        {
            return 0;
        }

        var count = community.Length == 0 ? 0 : community.Max() + 1;
        var inside = new double[count];
        var total = new double[count];
        var a = Adjacency;
        for (var u = 0; u < VertexCount; u++)
        {
            total[community[u]] += Degree[u];
            for (var e = a.Offsets[u]; e < a.Offsets[u + 1]; e++)
            {
                if (community[a.Targets[e]] == community[u])
                {
                    inside[community[u]] += a.Values[e];
                }
            }
        }

        var q = 0.0;
        for (var c = 0; c < count; c++)
        {
            var share = total[c] / TotalDegree;
            q += (inside[c] / TotalDegree) - (resolution * share * share);
        }

        return q;
    }
}
