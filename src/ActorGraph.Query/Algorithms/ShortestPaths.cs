namespace ActorGraph.Query.Algorithms;

/// <summary>A path found by a shortest-path kernel: its vertices and the sum of its edge costs.</summary>
internal sealed record RankedPath(double Cost, int[] Vertices);

/// <summary>Dijkstra and Yen's k shortest loopless paths over a <see cref="Csr"/> whose values are non-negative costs.</summary>
internal sealed class ShortestPaths
{
    private readonly Csr _graph;
    private readonly double[] _distance;
    private readonly int[] _previous;
    private readonly int[] _stamp;
    private readonly bool[] _bannedVertex;
    private double[]? _toTarget;
    private int _epoch;

    public ShortestPaths(Csr graph)
    {
        _graph = graph;
        _distance = new double[graph.VertexCount];
        _previous = new int[graph.VertexCount];
        _stamp = new int[graph.VertexCount];
        _bannedVertex = new bool[graph.VertexCount];
    }

    /// <summary>Distances from <paramref name="source"/> to every vertex (infinity where unreachable).</summary>
    public double[] DistancesFrom(int source)
    {
        Run(source, -1, null);
        var result = new double[_graph.VertexCount];
        for (var v = 0; v < result.Length; v++)
        {
            result[v] = _stamp[v] == _epoch ? _distance[v] : double.PositiveInfinity;
        }

        return result;
    }

    /// <summary>The shortest-path tree from <paramref name="source"/>: distances (infinity where unreachable) and predecessors (-1 at the root and where unreachable).</summary>
    public (double[] Distance, int[] Previous) Tree(int source)
    {
        Run(source, -1, null);
        var distance = new double[_graph.VertexCount];
        var previous = new int[_graph.VertexCount];
        for (var v = 0; v < distance.Length; v++)
        {
            var reached = _stamp[v] == _epoch;
            distance[v] = reached ? _distance[v] : double.PositiveInfinity;
            previous[v] = reached ? _previous[v] : -1;
        }

        return (distance, previous);
    }

    /// <summary>
    /// Yen's algorithm: up to <paramref name="k"/> loopless paths from <paramref name="source"/> to
    /// <paramref name="target"/>, cheapest first; equal costs are ordered by their vertex sequence.
    /// </summary>
    public List<RankedPath> KShortest(int source, int target, int k)
    {
        var found = new List<RankedPath>();
        if (k <= 0 || source == target)
        {
            return found;
        }

        // Every search below ends at the target: guide them (A*) by the exact distance to it in the whole graph.
        // Banning edges and vertices only lengthens distances, so the guide stays admissible and consistent.
        _toTarget = new ShortestPaths(_graph.Reverse()).DistancesFrom(target);
        try
        {
            return KShortestGuided(source, target, k, found);
        }
        finally
        {
            _toTarget = null;
        }
    }

    private List<RankedPath> KShortestGuided(int source, int target, int k, List<RankedPath> found)
    {
        var first = Path(source, target, null);
        if (first is null)
        {
            return found;
        }

        found.Add(first);
        var candidates = new SortedSet<RankedPath>(PathOrder.Instance);
        var seen = new HashSet<string>(StringComparer.Ordinal) { Key(first.Vertices) };
        var bannedEdges = new HashSet<(int, int)>();
        while (found.Count < k)
        {
            var last = found[^1].Vertices;
            for (var i = 0; i < last.Length - 1; i++)
            {
                var spur = last[i];
                bannedEdges.Clear();
                foreach (var path in found)
                {
                    if (path.Vertices.Length > i + 1 && path.Vertices.AsSpan(0, i + 1).SequenceEqual(last.AsSpan(0, i + 1)))
                    {
                        bannedEdges.Add((path.Vertices[i], path.Vertices[i + 1]));
                    }
                }

                for (var r = 0; r < i; r++)
                {
                    _bannedVertex[last[r]] = true;
                }

                var spurPath = Path(spur, target, bannedEdges);
                for (var r = 0; r < i; r++)
                {
                    _bannedVertex[last[r]] = false;
                }

                if (spurPath is null)
                {
                    continue;
                }

                var vertices = new int[i + spurPath.Vertices.Length];
                Array.Copy(last, vertices, i);
                Array.Copy(spurPath.Vertices, 0, vertices, i, spurPath.Vertices.Length);
                if (seen.Add(Key(vertices)))
                {
                    candidates.Add(new RankedPath(Cost(vertices), vertices));
                }
            }

            if (candidates.Count == 0)
            {
                break;
            }

            var next = candidates.Min!;
            candidates.Remove(next);
            found.Add(next);
        }

        return found;
    }

    /// <summary>The sum of edge costs along <paramref name="vertices"/>, added in path order.</summary>
    public double Cost(int[] vertices)
    {
        var cost = 0.0;
        for (var i = 0; i + 1 < vertices.Length; i++)
        {
            cost += _graph.Values[_graph.FindEdge(vertices[i], vertices[i + 1])];
        }

        return cost;
    }

    private RankedPath? Path(int source, int target, HashSet<(int, int)>? bannedEdges)
    {
        Run(source, target, bannedEdges);
        if (_stamp[target] != _epoch || double.IsPositiveInfinity(_distance[target]))
        {
            return null;
        }

        var vertices = new List<int>();
        for (var v = target; v != -1; v = _previous[v])
        {
            vertices.Add(v);
        }

        vertices.Reverse();
        var array = vertices.ToArray();
        return new RankedPath(Cost(array), array);
    }

    private void Run(int source, int target, HashSet<(int, int)>? bannedEdges)
    {
        _epoch++;
        var guide = _toTarget;
        var queue = new PriorityQueue<int, (double, int)>();
        Touch(source, 0, -1);
        queue.Enqueue(source, (guide is null ? 0 : guide[source], source));
        var offsets = _graph.Offsets;
        var targets = _graph.Targets;
        var values = _graph.Values;
        while (queue.TryDequeue(out var u, out var priority))
        {
            if (priority.Item1 > _distance[u] + (guide is null ? 0 : guide[u]))
            {
                continue;
            }

            if (u == target)
            {
                return;
            }

            for (var e = offsets[u]; e < offsets[u + 1]; e++)
            {
                var v = targets[e];
                if (_bannedVertex[v] || (bannedEdges is not null && bannedEdges.Contains((u, v))))
                {
                    continue;
                }

                var candidate = _distance[u] + values[e];
                if (_stamp[v] != _epoch || candidate < _distance[v])
                {
                    var estimate = guide is null ? 0 : guide[v];
                    if (double.IsPositiveInfinity(estimate))
                    {
                        continue;
                    }

                    Touch(v, candidate, u);
                    queue.Enqueue(v, (candidate + estimate, v));
                }
            }
        }
    }

    private void Touch(int v, double distance, int previous)
    {
        _stamp[v] = _epoch;
        _distance[v] = distance;
        _previous[v] = previous;
    }

    private static string Key(int[] vertices) => string.Join(',', vertices);

    private sealed class PathOrder : IComparer<RankedPath>
    {
        public static readonly PathOrder Instance = new();

        public int Compare(RankedPath? x, RankedPath? y)
        {
            var byCost = x!.Cost.CompareTo(y!.Cost);
            return byCost != 0 ? byCost : x.Vertices.AsSpan().SequenceCompareTo(y.Vertices);
        }
    }
}
