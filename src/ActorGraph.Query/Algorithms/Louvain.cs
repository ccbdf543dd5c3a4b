namespace ActorGraph.Query.Algorithms;

/// <summary>
/// Louvain community detection (Blondel et al. 2008) maximising modularity: move vertices to the neighbouring
/// community with the best gain until none improves, collapse communities into vertices, repeat.
/// Deterministic for a given seed: the seed fixes the order vertices are visited in.
/// </summary>
internal static class Louvain
{
    private const double MinGain = 1e-12;

    /// <summary>Returns the community of every vertex, numbered 0..k-1 in order of first vertex.</summary>
    public static int[] Run(UndirectedGraph graph, int seed, double resolution = 1.0)
    {
        var random = new Random(seed);
        var membership = Enumerable.Range(0, graph.VertexCount).ToArray();
        var level = graph;
        while (true)
        {
            var local = MoveVertices(level, random, resolution, null, out var moved);
            if (!moved)
            {
                break;
            }

            for (var v = 0; v < membership.Length; v++)
            {
                membership[v] = local[membership[v]];
            }

            level = level.Aggregate(local, local.Max() + 1);
        }

        // A last local-moving pass over the original vertices, starting from the partition found, lets single
        // vertices leave a community that aggregation had fixed them into; it never lowers modularity.
        membership = MoveVertices(graph, random, resolution, membership, out _);
        return Renumber(membership);
    }

    /// <summary>One local-moving phase. Returns communities numbered densely.</summary>
    private static int[] MoveVertices(UndirectedGraph graph, Random random, double resolution, int[]? initial, out bool movedAny)
    {
        var n = graph.VertexCount;
        var community = initial is null ? Enumerable.Range(0, n).ToArray() : (int[])initial.Clone();
        var total = new double[n];
        for (var v = 0; v < n; v++)
        {
            total[community[v]] += graph.Degree[v];
        }

        var links = new NeighborLinks(n);
        var order = Enumerable.Range(0, n).ToArray();
        random.Shuffle(order);
        var m2 = graph.TotalDegree;
        movedAny = false;
        if (m2 <= 0)
        {
            return community;
        }

        bool moved;
        do
        {
            moved = false;
            foreach (var v in order)
            {
                var own = community[v];
                var degree = graph.Degree[v];
                links.Collect(graph, v, community);
                total[own] -= degree;
                var (best, _) = links.Best(total, degree, resolution, m2, own, links[own] - (resolution * total[own] * degree / m2));
                total[best] += degree;
                if (best != own)
                {
                    community[v] = best;
                    moved = true;
                    movedAny = true;
                }

                links.Clear();
            }
        }
        while (moved);

        return Renumber(community);
    }

    internal static int[] Renumber(int[] community)
    {
        var map = new Dictionary<int, int>();
        var result = new int[community.Length];
        for (var v = 0; v < community.Length; v++)
        {
            if (!map.TryGetValue(community[v], out var id))
            {
                map[community[v]] = id = map.Count;
            }

            result[v] = id;
        }

        return result;
    }
}
