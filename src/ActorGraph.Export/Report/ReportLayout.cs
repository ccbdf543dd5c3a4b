namespace ActorGraph.Export.Report;

/// <summary>
/// Positions for the report's drawing: each cluster is laid out on its own by a force-directed pass
/// (Fruchterman–Reingold: linked actors attract, all repel), then the clusters are packed on a spiral, largest in the
/// middle, so that clusters read as groups. Deterministic for a given graph.
/// </summary>
internal static class ReportLayout
{
    private const double Spacing = 60;

    /// <summary>Returns x and y per actor index.</summary>
    /// <param name="clusterOf">The cluster of each actor.</param>
    /// <param name="links">Undirected links between actor indexes.</param>
    public static (double X, double Y)[] Compute(IReadOnlyList<int> clusterOf, IReadOnlyList<(int A, int B)> links)
    {
        var count = clusterOf.Count;
        var positions = new (double X, double Y)[count];
        var clusters = Enumerable.Range(0, count).GroupBy(i => clusterOf[i]).Select(g => g.ToArray()).OrderByDescending(g => g.Length).ThenBy(g => g[0]).ToList();
        var local = new int[count];
        var adjacency = new List<int>[count];
        for (var i = 0; i < count; i++)
        {
            adjacency[i] = [];
        }

        foreach (var (a, b) in links)
        {
            if (a != b && clusterOf[a] == clusterOf[b])
            {
                adjacency[a].Add(b);
                adjacency[b].Add(a);
            }
        }

        // Spiral packing: each cluster takes a disc of radius ~ sqrt(size); discs are placed outward without overlap.
        var placed = new List<(double X, double Y, double R)>();
        var random = new Random(1);
        var step = 0;
        foreach (var members in clusters)
        {
            for (var k = 0; k < members.Length; k++)
            {
                local[members[k]] = k;
            }

            var layout = LayOut(members, adjacency, local, random);
            // A lone actor takes a small disc; a cluster its extent plus a margin.
            var radius = members.Length == 1 ? Spacing / 2 : layout.Max(p => Math.Sqrt(p.X * p.X + p.Y * p.Y)) + Spacing;
            var (cx, cy) = Place(placed, radius, ref step);
            placed.Add((cx, cy, radius));
            for (var k = 0; k < members.Length; k++)
            {
                positions[members[k]] = (Math.Round(cx + layout[k].X, 1), Math.Round(cy + layout[k].Y, 1));
            }
        }

        return positions;
    }

    private static (double X, double Y) Place(List<(double X, double Y, double R)> placed, double radius, ref int step)
    {
        if (placed.Count == 0)
        {
            return (0, 0);
        }

        // Clusters come largest first, so the spiral only moves outward: each search starts where the last ended.
        for (; ; step++)
        {
            var angle = step * 0.5;
            var distance = 4 * step;
            var x = distance * Math.Cos(angle);
            var y = distance * Math.Sin(angle);
            if (placed.All(p => Math.Sqrt((p.X - x) * (p.X - x) + (p.Y - y) * (p.Y - y)) >= p.R + radius))
            {
                return (x, y);
            }
        }
    }

    private static (double X, double Y)[] LayOut(int[] members, List<int>[] adjacency, int[] local, Random random)
    {
        var n = members.Length;
        var p = new (double X, double Y)[n];
        if (n == 1)
        {
            return p;
        }

        // Start on a circle (stable and untangled for small clusters), jittered.
        var start = Spacing * Math.Sqrt(n) / 2;
        for (var k = 0; k < n; k++)
        {
            var angle = 2 * Math.PI * k / n;
            p[k] = (start * Math.Cos(angle) + random.NextDouble(), start * Math.Sin(angle) + random.NextDouble());
        }

        // Fruchterman–Reingold with an ideal distance of Spacing; the number of passes shrinks as n² grows.
        var ideal = Spacing;
        var passes = (int)Math.Clamp(40_000_000.0 / ((double)n * n), 8, 120);
        var temperature = start;
        var dx = new double[n];
        var dy = new double[n];
        for (var pass = 0; pass < passes; pass++)
        {
            Array.Clear(dx);
            Array.Clear(dy);
            for (var i = 0; i < n; i++)
            {
                for (var j = i + 1; j < n; j++)
                {
                    var x = p[i].X - p[j].X;
                    var y = p[i].Y - p[j].Y;
                    var d2 = Math.Max(x * x + y * y, 0.01);
                    var force = ideal * ideal / d2;
                    dx[i] += x * force;
                    dy[i] += y * force;
                    dx[j] -= x * force;
                    dy[j] -= y * force;
                }
            }

            for (var i = 0; i < n; i++)
            {
                foreach (var neighbor in adjacency[members[i]])
                {
                    var j = local[neighbor];
                    var x = p[i].X - p[j].X;
                    var y = p[i].Y - p[j].Y;
                    var d = Math.Sqrt(x * x + y * y) + 0.01;
                    dx[i] -= x * d / ideal;
                    dy[i] -= y * d / ideal;
                }

                // A light pull to the centre keeps unlinked members from drifting off.
                dx[i] -= p[i].X * 0.05;
                dy[i] -= p[i].Y * 0.05;
            }

            for (var i = 0; i < n; i++)
            {
                var length = Math.Sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                if (length > 0)
                {
                    var move = Math.Min(length, temperature);
                    p[i] = (p[i].X + dx[i] / length * move, p[i].Y + dy[i] / length * move);
                }
            }

            temperature = Math.Max(1, temperature * 0.95);
        }

        var meanX = p.Average(q => q.X);
        var meanY = p.Average(q => q.Y);
        for (var k = 0; k < n; k++)
        {
            p[k] = (p[k].X - meanX, p[k].Y - meanY);
        }

        return p;
    }
}
