namespace ActorGraph.Query.Algorithms;

/// <summary>
/// Leiden community detection (Traag, Waltman and van Eck 2019) maximising modularity with a resolution parameter:
/// fast local moving, then a refinement that splits each community into well-connected sub-communities, then
/// aggregation of the refined partition with the unrefined one as the starting point; repeated until nothing moves.
/// Every community it returns is connected. Deterministic for a given seed.
/// </summary>
internal static class Leiden
{
    private const double MinGain = 1e-12;

    /// <summary>Returns the community of every vertex, numbered 0..k-1 in order of first vertex.</summary>
    public static int[] Run(UndirectedGraph graph, int seed, double resolution = 1.0)
    {
        var random = new Random(seed);
        var n = graph.VertexCount;
        var m2 = graph.TotalDegree;
        if (n == 0 || m2 <= 0)
        {
            return Louvain.Renumber(Enumerable.Range(0, n).ToArray());
        }

        // membership: original vertex -> vertex of the current level (a refined community of the level below).
        var membership = Enumerable.Range(0, n).ToArray();
        var level = graph;
        var partition = Enumerable.Range(0, n).ToArray();
        while (true)
        {
            var moved = MoveVertices(level, partition, random, resolution);
            var communities = Louvain.Renumber(moved);
            var count = communities.Max() + 1;
            if (count == level.VertexCount)
            {
                partition = communities;
                break;
            }

            var refined = Refine(level, communities, random, resolution);
            var refinedCount = refined.Max() + 1;
            if (refinedCount == level.VertexCount)
            {
                // Refinement merged nothing, so aggregating would not shrink the graph: the partition is final.
                partition = communities;
                break;
            }

            for (var v = 0; v < n; v++)
            {
                membership[v] = refined[membership[v]];
            }

            // The aggregate's vertices are the refined communities; each starts in its unrefined community.
            var start = new int[refinedCount];
            for (var v = 0; v < level.VertexCount; v++)
            {
                start[refined[v]] = communities[v];
            }

            level = level.Aggregate(refined, refinedCount);
            partition = start;
        }

        var result = new int[n];
        for (var v = 0; v < n; v++)
        {
            result[v] = partition[membership[v]];
        }

        return SplitDisconnected(graph, Louvain.Renumber(result));
    }

    /// <summary>Fast local moving: visit vertices from a queue; a vertex that moves re-queues its neighbours outside its new community.</summary>
    private static int[] MoveVertices(UndirectedGraph graph, int[] initial, Random random, double resolution)
    {
        var n = graph.VertexCount;
        var a = graph.Adjacency;
        var m2 = graph.TotalDegree;
        var community = (int[])initial.Clone();
        var total = new double[n];
        for (var v = 0; v < n; v++)
        {
            total[community[v]] += graph.Degree[v];
        }

        var order = Enumerable.Range(0, n).ToArray();
        random.Shuffle(order);
        var queue = new Queue<int>(order);
        var queued = new bool[n];
        Array.Fill(queued, true);
        var links = new NeighborLinks(n);
        var emptyCommunities = new Stack<int>();
        var size = new int[n];
        foreach (var c in community)
        {
            size[c]++;
        }

        for (var c = n - 1; c >= 0; c--)
        {
            if (size[c] == 0)
            {
                emptyCommunities.Push(c);
            }
        }

        while (queue.TryDequeue(out var v))
        {
            queued[v] = false;
            var own = community[v];
            var degree = graph.Degree[v];
            links.Collect(graph, v, community);
            total[own] -= degree;
            var best = own;
            var bestGain = links[own] - (resolution * total[own] * degree / m2);

            // Moving to an empty community is worth 0; it beats staying when the vertex is a poor fit.
            if (bestGain < -MinGain && size[own] > 1 && emptyCommunities.Count > 0)
            {
                best = emptyCommunities.Peek();
                bestGain = 0;
            }

            (best, _) = links.Best(total, degree, resolution, m2, best, bestGain);
            total[best] += degree;
            if (best != own)
            {
                if (best == (emptyCommunities.Count > 0 ? emptyCommunities.Peek() : -1))
                {
                    emptyCommunities.Pop();
                }

                community[v] = best;
                size[own]--;
                size[best]++;
                if (size[own] == 0)
                {
                    emptyCommunities.Push(own);
                }

                for (var e = a.Offsets[v]; e < a.Offsets[v + 1]; e++)
                {
                    var u = a.Targets[e];
                    if (!queued[u] && community[u] != best)
                    {
                        queued[u] = true;
                        queue.Enqueue(u);
                    }
                }
            }

            links.Clear();
        }

        return community;
    }

    /// <summary>
    /// Splits each community into sub-communities: every vertex starts alone; a singleton that is well connected to
    /// its community joins the neighbouring sub-community (within the same community) with the best non-negative
    /// gain, provided that sub-community is itself well connected. Joins follow edges, so sub-communities are connected.
    /// </summary>
    private static int[] Refine(UndirectedGraph graph, int[] communities, Random random, double resolution)
    {
        var n = graph.VertexCount;
        var a = graph.Adjacency;
        var m2 = graph.TotalDegree;
        var refined = Enumerable.Range(0, n).ToArray();
        var subTotal = (double[])graph.Degree.Clone();
        var communityTotal = new double[n];
        var subSize = new int[n];
        Array.Fill(subSize, 1);

        // External link of each sub-community to the rest of its community: w(S, C − S).
        var external = new double[n];
        for (var v = 0; v < n; v++)
        {
            communityTotal[communities[v]] += graph.Degree[v];
            for (var e = a.Offsets[v]; e < a.Offsets[v + 1]; e++)
            {
                var u = a.Targets[e];
                if (u != v && communities[u] == communities[v])
                {
                    external[v] += a.Values[e];
                }
            }
        }

        var order = Enumerable.Range(0, n).ToArray();
        random.Shuffle(order);
        var linkTo = new double[n];
        var touched = new List<int>();
        foreach (var v in order)
        {
            if (subSize[refined[v]] != 1)
            {
                continue;
            }

            var c = communities[v];
            var degree = graph.Degree[v];
            var own = refined[v];
            if (external[own] < resolution * degree * (communityTotal[c] - degree) / m2)
            {
                continue;
            }

            touched.Clear();
            for (var e = a.Offsets[v]; e < a.Offsets[v + 1]; e++)
            {
                var u = a.Targets[e];
                if (u == v || communities[u] != c)
                {
                    continue;
                }

                var s = refined[u];
                if (linkTo[s] == 0)
                {
                    touched.Add(s);
                }

                linkTo[s] += a.Values[e];
            }

            var best = own;
            var bestGain = 0.0;
            foreach (var s in touched)
            {
                var wellConnected = external[s] >= resolution * subTotal[s] * (communityTotal[c] - subTotal[s]) / m2;
                var gain = linkTo[s] - (resolution * subTotal[s] * degree / m2);
                if (wellConnected && gain > bestGain + MinGain)
                {
                    best = s;
                    bestGain = gain;
                }
            }

            if (best != own)
            {
                // S ∪ {v}: the link between them becomes internal; v's other links within C become S's.
                external[best] = external[best] + external[own] - (2 * linkTo[best]);
                subTotal[best] += degree;
                subSize[best]++;
                subSize[own] = 0;
                refined[v] = best;
            }

            foreach (var s in touched)
            {
                linkTo[s] = 0;
            }
        }

        return Louvain.Renumber(refined);
    }

    /// <summary>Splits every community into its connected parts; this can only raise modularity.</summary>
    internal static int[] SplitDisconnected(UndirectedGraph graph, int[] community)
    {
        var n = graph.VertexCount;
        var a = graph.Adjacency;
        var result = new int[n];
        Array.Fill(result, -1);
        var next = 0;
        var stack = new Stack<int>();
        for (var s = 0; s < n; s++)
        {
            if (result[s] >= 0)
            {
                continue;
            }

            result[s] = next;
            stack.Push(s);
            while (stack.TryPop(out var v))
            {
                for (var e = a.Offsets[v]; e < a.Offsets[v + 1]; e++)
                {
                    var u = a.Targets[e];
                    if (result[u] < 0 && community[u] == community[s] && a.Values[e] > 0)
                    {
                        result[u] = next;
                        stack.Push(u);
                    }
                }
            }

            next++;
        }

        return result;
    }
}
