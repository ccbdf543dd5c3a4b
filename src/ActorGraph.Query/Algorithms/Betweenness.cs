namespace ActorGraph.Query.Algorithms;

/// <summary>
/// Betweenness centrality by Brandes' algorithm (2001): for every source, count shortest paths to every vertex
/// (breadth-first by hops, or Dijkstra by edge cost), then accumulate dependencies backwards. Raw values: the sum
/// over ordered pairs (s, t) of the share of shortest s–t paths through the vertex. With a sample of sources the
/// sum is scaled by n / sample, an unbiased estimate (Brandes and Pich 2007).
/// </summary>
internal static class Betweenness
{
    public static double[] Run(Csr graph, bool weighted, int sampleSize = 0, int seed = 0)
    {
        var n = graph.VertexCount;
        var result = new double[n];
        var sources = Enumerable.Range(0, n).ToArray();
        var scale = 1.0;
        if (sampleSize > 0 && sampleSize < n)
        {
            new Random(seed).Shuffle(sources);
            sources = sources[..sampleSize];
            scale = (double)n / sampleSize;
        }

        var sigma = new double[n];
        var distance = new double[n];
        var delta = new double[n];
        var order = new int[n];
        var predecessors = new List<int>[n];
        for (var v = 0; v < n; v++)
        {
            predecessors[v] = [];
        }

        var queue = new Queue<int>();
        var heap = new PriorityQueue<int, double>();
        foreach (var s in sources)
        {
            for (var v = 0; v < n; v++)
            {
                predecessors[v].Clear();
            }

            Array.Fill(sigma, 0);
            Array.Fill(distance, double.PositiveInfinity);
            Array.Fill(delta, 0);
            sigma[s] = 1;
            distance[s] = 0;
            var count = weighted ? Dijkstra(graph, s, sigma, distance, predecessors, order, heap) : Bfs(graph, s, sigma, distance, predecessors, order, queue);
            for (var i = count - 1; i >= 0; i--)
            {
                var w = order[i];
                foreach (var v in predecessors[w])
                {
                    delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
                }

                if (w != s)
                {
                    result[w] += delta[w] * scale;
                }
            }
        }

        return result;
    }

    private static int Bfs(Csr graph, int s, double[] sigma, double[] distance, List<int>[] predecessors, int[] order, Queue<int> queue)
    {
        var count = 0;
        queue.Enqueue(s);
        while (queue.TryDequeue(out var v))
        {
            order[count++] = v;
            for (var e = graph.Offsets[v]; e < graph.Offsets[v + 1]; e++)
            {
                var w = graph.Targets[e];
                if (double.IsPositiveInfinity(distance[w]))
                {
                    distance[w] = distance[v] + 1;
                    queue.Enqueue(w);
                }

                if (distance[w] == distance[v] + 1)
                {
                    sigma[w] += sigma[v];
                    predecessors[w].Add(v);
                }
            }
        }

        return count;
    }

    private static int Dijkstra(Csr graph, int s, double[] sigma, double[] distance, List<int>[] predecessors, int[] order, PriorityQueue<int, double> heap)
    {
        const double Tolerance = 1e-12;
        var count = 0;
        var done = new HashSet<int>();
        heap.Clear();
        heap.Enqueue(s, 0);
        while (heap.TryDequeue(out var v, out var d))
        {
            if (d > distance[v] || !done.Add(v))
            {
                continue;
            }

            order[count++] = v;
            for (var e = graph.Offsets[v]; e < graph.Offsets[v + 1]; e++)
            {
                var w = graph.Targets[e];
                var candidate = distance[v] + graph.Values[e];
                if (candidate < distance[w] - Tolerance)
                {
                    distance[w] = candidate;
                    sigma[w] = sigma[v];
                    predecessors[w].Clear();
                    predecessors[w].Add(v);
                    heap.Enqueue(w, candidate);
                }
                else if (Math.Abs(candidate - distance[w]) <= Tolerance && !done.Contains(w))
                {
                    sigma[w] += sigma[v];
                    predecessors[w].Add(v);
                }
            }
        }

        return count;
    }
}
