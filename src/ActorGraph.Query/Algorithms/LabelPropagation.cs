namespace ActorGraph.Query.Algorithms;

/// <summary>
/// Weighted label propagation (Raghavan, Albert and Kumara 2007): every vertex repeatedly takes the label with the
/// largest total edge weight among its neighbours, visiting vertices in a seeded random order and breaking ties at
/// random, until every vertex holds a label of maximal weight. Deterministic for a given seed.
/// </summary>
internal static class LabelPropagation
{
    public static int[] Run(UndirectedGraph graph, int seed, int maxSweeps = 1000)
    {
        var n = graph.VertexCount;
        var a = graph.Adjacency;
        var random = new Random(seed);
        var label = Enumerable.Range(0, n).ToArray();
        var weight = new double[n];
        var touched = new List<int>();
        var best = new List<int>();
        var order = Enumerable.Range(0, n).ToArray();
        for (var sweep = 0; sweep < maxSweeps; sweep++)
        {
            random.Shuffle(order);
            var changed = false;
            foreach (var v in order)
            {
                touched.Clear();
                for (var e = a.Offsets[v]; e < a.Offsets[v + 1]; e++)
                {
                    var u = a.Targets[e];
                    if (u == v)
                    {
                        continue;
                    }

                    if (weight[label[u]] == 0)
                    {
                        touched.Add(label[u]);
                    }

                    weight[label[u]] += a.Values[e];
                }

                if (touched.Count > 0)
                {
                    var max = touched.Max(l => weight[l]);
                    best.Clear();
                    best.AddRange(touched.Where(l => weight[l] >= max - 1e-12));

                    // Keep the current label when it is among the best: the sweep then settles.
                    if (!best.Contains(label[v]))
                    {
                        label[v] = best[random.Next(best.Count)];
                        changed = true;
                    }

                    foreach (var l in touched)
                    {
                        weight[l] = 0;
                    }
                }
            }

            if (!changed)
            {
                break;
            }
        }

        return Louvain.Renumber(label);
    }
}
