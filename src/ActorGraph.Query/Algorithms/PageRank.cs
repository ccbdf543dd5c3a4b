namespace ActorGraph.Query.Algorithms;

/// <summary>
/// Weighted PageRank by power iteration: a walker follows an out-edge with probability proportional to its weight,
/// jumps uniformly with probability 1 − damping, and from a vertex without out-edges jumps uniformly.
/// Scores sum to 1.
/// </summary>
internal static class PageRank
{
    public static double[] Run(Csr graph, double damping = 0.85, double tolerance = 1e-14, int maxIterations = 10_000)
    {
        var n = graph.VertexCount;
        if (n == 0)
        {
            return [];
        }

        var outWeight = new double[n];
        for (var v = 0; v < n; v++)
        {
            for (var e = graph.Offsets[v]; e < graph.Offsets[v + 1]; e++)
            {
                outWeight[v] += graph.Values[e];
            }
        }

        var rank = new double[n];
        var next = new double[n];
        Array.Fill(rank, 1.0 / n);
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            var dangling = 0.0;
            for (var v = 0; v < n; v++)
            {
                if (outWeight[v] <= 0)
                {
                    dangling += rank[v];
                }
            }

            var teleport = ((damping * dangling) + (1 - damping)) / n;
            Array.Fill(next, teleport);
            for (var v = 0; v < n; v++)
            {
                if (outWeight[v] <= 0)
                {
                    continue;
                }

                var share = damping * rank[v] / outWeight[v];
                for (var e = graph.Offsets[v]; e < graph.Offsets[v + 1]; e++)
                {
                    next[graph.Targets[e]] += share * graph.Values[e];
                }
            }

            var change = 0.0;
            for (var v = 0; v < n; v++)
            {
                change += Math.Abs(next[v] - rank[v]);
            }

            (rank, next) = (next, rank);
            if (change < tolerance)
            {
                break;
            }
        }

        return rank;
    }
}
