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

    /// <summary>The projection of directed edges given as columns: the weight between two vertices is the sum over both directions.</summary>
    public static UndirectedGraph FromEdges(int vertexCount, int[] from, int[] to, double[] weight)
    {
        var loops = 0;
        for (var e = 0; e < from.Length; e++)
        {
            loops += from[e] == to[e] ? 1 : 0;
        }

        var entries = new (int, int, double)[(2 * from.Length) - loops];
        var at = 0;
        for (var e = 0; e < from.Length; e++)
        {
            if (from[e] == to[e])
            {
                entries[at++] = (from[e], from[e], 2 * weight[e]);
            }
            else
            {
                entries[at++] = (from[e], to[e], weight[e]);
                entries[at++] = (to[e], from[e], weight[e]);
            }
        }

        return new UndirectedGraph(Csr.Build(vertexCount, entries, (a, b) => a + b));
    }

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

    /// <summary>
    /// Collapses every community into one vertex: the weight between two communities is the sum of the weights
    /// between their members, a community's internal weight becomes a self-loop. Linear in the edges: members are
    /// grouped by community with a counting sort and each row is accumulated in a dense scratch array.
    /// </summary>
    public UndirectedGraph Aggregate(int[] community, int count)
    {
        var a = Adjacency;
        var start = new int[count + 1];
        foreach (var c in community)
        {
            start[c + 1]++;
        }

        for (var c = 0; c < count; c++)
        {
            start[c + 1] += start[c];
        }

        var members = new int[VertexCount];
        var cursor = start[..count];
        for (var v = 0; v < VertexCount; v++)
        {
            members[cursor[community[v]]++] = v;
        }

        var offsets = new int[count + 1];
        var targets = new List<int>(a.EdgeCount / 2);
        var values = new List<double>(a.EdgeCount / 2);
        var scratch = new double[count];
        var mark = new int[count];
        var touched = new List<int>();
        for (var c = 0; c < count; c++)
        {
            offsets[c] = targets.Count;
            touched.Clear();
            for (var i = start[c]; i < start[c + 1]; i++)
            {
                var v = members[i];
                for (var e = a.Offsets[v]; e < a.Offsets[v + 1]; e++)
                {
                    var d = community[a.Targets[e]];
                    if (mark[d] != c + 1)
                    {
                        mark[d] = c + 1;
                        touched.Add(d);
                    }

                    scratch[d] += a.Values[e];
                }
            }

            touched.Sort();
            foreach (var d in touched)
            {
                targets.Add(d);
                values.Add(scratch[d]);
                scratch[d] = 0;
            }
        }

        offsets[count] = targets.Count;
        return new UndirectedGraph(Csr.FromArrays(count, offsets, [.. targets], [.. values]));
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
