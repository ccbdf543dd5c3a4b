namespace ActorGraph.Query.Algorithms;

/// <summary>Weakly connected components: vertices linked by any edge, in either direction.</summary>
internal static class Components
{
    /// <summary>The component of every vertex, numbered 0..k-1 in order of first vertex.</summary>
    public static int[] Run(UndirectedGraph graph)
    {
        var n = graph.VertexCount;
        var parent = Enumerable.Range(0, n).ToArray();
        int Find(int v)
        {
            while (parent[v] != v)
            {
                parent[v] = parent[parent[v]];
                v = parent[v];
            }

            return v;
        }

        var a = graph.Adjacency;
        for (var u = 0; u < n; u++)
        {
            for (var e = a.Offsets[u]; e < a.Offsets[u + 1]; e++)
            {
                var (ru, rv) = (Find(u), Find(a.Targets[e]));
                if (ru != rv)
                {
                    parent[Math.Max(ru, rv)] = Math.Min(ru, rv);
                }
            }
        }

        var roots = new int[n];
        for (var v = 0; v < n; v++)
        {
            roots[v] = Find(v);
        }

        return Louvain.Renumber(roots);
    }
}
