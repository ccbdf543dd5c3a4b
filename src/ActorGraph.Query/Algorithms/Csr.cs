namespace ActorGraph.Query.Algorithms;

/// <summary>
/// A directed graph over vertices 0..n-1 in compressed sparse rows: the out-edges of <c>v</c> are
/// <c>Offsets[v]..Offsets[v+1]</c> in <see cref="Targets"/> and <see cref="Values"/>. The kernels run over these arrays.
/// </summary>
internal sealed class Csr
{
    private Csr(int vertexCount, int[] offsets, int[] targets, double[] values)
    {
        VertexCount = vertexCount;
        Offsets = offsets;
        Targets = targets;
        Values = values;
    }

    public int VertexCount { get; }

    public int[] Offsets { get; }

    public int[] Targets { get; }

    public double[] Values { get; }

    public int EdgeCount => Targets.Length;

    /// <summary>
    /// Builds the graph from edge lists. Parallel edges (same source and target) are merged with
    /// <paramref name="merge"/>; edges keep the order of their targets.
    /// </summary>
    public static Csr Build(int vertexCount, IReadOnlyList<(int From, int To, double Value)> edges, Func<double, double, double> merge)
    {
        var counts = new int[vertexCount + 1];
        foreach (var (from, _, _) in edges)
        {
            counts[from + 1]++;
        }

        for (var v = 0; v < vertexCount; v++)
        {
            counts[v + 1] += counts[v];
        }

        // Edges counted out by target first, then by source in that order: every row comes out with its targets
        // ascending, in two linear passes instead of a sort per row.
        var byTarget = new int[vertexCount + 1];
        foreach (var (_, to, _) in edges)
        {
            byTarget[to + 1]++;
        }

        for (var v = 0; v < vertexCount; v++)
        {
            byTarget[v + 1] += byTarget[v];
        }

        var order = new int[edges.Count];
        for (var i = 0; i < edges.Count; i++)
        {
            order[byTarget[edges[i].To]++] = i;
        }

        var cursor = counts[..vertexCount];
        var targets = new int[edges.Count];
        var values = new double[edges.Count];
        foreach (var i in order)
        {
            var (from, to, value) = edges[i];
            var at = cursor[from]++;
            targets[at] = to;
            values[at] = value;
        }

        // Merge parallel edges, which are now side by side.
        var offsets = new int[vertexCount + 1];
        var write = 0;
        for (var v = 0; v < vertexCount; v++)
        {
            var start = counts[v];
            var end = counts[v + 1];
            offsets[v] = write;
            for (var i = start; i < end; i++)
            {
                if (write > offsets[v] && targets[write - 1] == targets[i])
                {
                    values[write - 1] = merge(values[write - 1], values[i]);
                }
                else
                {
                    targets[write] = targets[i];
                    values[write] = values[i];
                    write++;
                }
            }
        }

        offsets[vertexCount] = write;
        return new Csr(vertexCount, offsets, targets[..write], values[..write]);
    }

    /// <summary>Wraps rows that are already built; each row's targets must be ascending and distinct.</summary>
    public static Csr FromArrays(int vertexCount, int[] offsets, int[] targets, double[] values) => new(vertexCount, offsets, targets, values);

    /// <summary>The same edges with their direction reversed. Linear: rows come out sorted because sources are visited in order.</summary>
    public Csr Reverse()
    {
        var offsets = new int[VertexCount + 1];
        foreach (var t in Targets)
        {
            offsets[t + 1]++;
        }

        for (var v = 0; v < VertexCount; v++)
        {
            offsets[v + 1] += offsets[v];
        }

        var cursor = offsets[..VertexCount];
        var targets = new int[EdgeCount];
        var values = new double[EdgeCount];
        for (var v = 0; v < VertexCount; v++)
        {
            for (var e = Offsets[v]; e < Offsets[v + 1]; e++)
            {
                var at = cursor[Targets[e]]++;
                targets[at] = v;
                values[at] = Values[e];
            }
        }

        return new Csr(VertexCount, offsets, targets, values);
    }

    /// <summary>The index of the edge from <paramref name="from"/> to <paramref name="to"/>, or -1.</summary>
    public int FindEdge(int from, int to)
    {
        var index = Array.BinarySearch(Targets, Offsets[from], Offsets[from + 1] - Offsets[from], to);
        return index >= 0 ? index : -1;
    }
}
