namespace ActorGraph.Query.Algorithms;

/// <summary>
/// Scratch space for local moving: the weight of a vertex's edges into each neighbouring community, and the move
/// with the best modularity gain. Reused for every vertex; <see cref="Clear"/> costs only what was touched.
/// </summary>
internal sealed class NeighborLinks(int communities)
{
    private const double MinGain = 1e-12;
    private readonly double[] _weight = new double[communities];
    private readonly List<int> _touched = [];

    /// <summary>The weight of the last collected vertex's edges into <paramref name="community"/>.</summary>
    public double this[int community] => _weight[community];

    /// <summary>Sums the weights of <paramref name="v"/>'s edges, self-loops aside, per neighbouring community.</summary>
    public void Collect(UndirectedGraph graph, int v, int[] community)
    {
        var a = graph.Adjacency;
        for (var e = a.Offsets[v]; e < a.Offsets[v + 1]; e++)
        {
            var u = a.Targets[e];
            if (u == v)
            {
                continue;
            }

            var c = community[u];
            if (_weight[c] == 0)
            {
                _touched.Add(c);
            }

            _weight[c] += a.Values[e];
        }
    }

    /// <summary>
    /// The neighbouring community with the largest modularity gain for a vertex of <paramref name="degree"/> taken out
    /// of its own (so <paramref name="total"/> excludes it), if it beats <paramref name="best"/> by more than rounding.
    /// </summary>
    public (int Community, double Gain) Best(double[] total, double degree, double resolution, double totalDegree, int best, double bestGain)
    {
        foreach (var c in _touched)
        {
            var gain = _weight[c] - (resolution * total[c] * degree / totalDegree);
            if (gain > bestGain + MinGain)
            {
                best = c;
                bestGain = gain;
            }
        }

        return (best, bestGain);
    }

    /// <summary>Forgets the last vertex's links.</summary>
    public void Clear()
    {
        foreach (var c in _touched)
        {
            _weight[c] = 0;
        }

        _touched.Clear();
    }
}
