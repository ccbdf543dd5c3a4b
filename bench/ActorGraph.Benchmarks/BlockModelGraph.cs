using System.Globalization;

namespace ActorGraph.Benchmarks;

/// <summary>
/// A degree-corrected stochastic block model: blocks of 50 to 2,000 vertices, heavy-tailed vertex propensities
/// (Pareto, exponent 2.5), 70% of edges inside a block and 30% between blocks, integer weights 1 to 100, no
/// self-loops, no parallel edges; the same seed gives the same graph. Edges are directed u → v as drawn.
/// </summary>
public sealed record BlockModelGraph(int VertexCount, int[] From, int[] To, int[] Weight)
{
    public int EdgeCount => From.Length;

    public static BlockModelGraph Generate(int vertexCount, int edgeCount, int seed)
    {
        var random = new Random(seed);
        var blockOf = new int[vertexCount];
        var blocks = new List<(int Start, int Size)>();
        for (var start = 0; start < vertexCount;)
        {
            // Block sizes log-uniform in [50, 2000], the last one taking what is left.
            var size = (int)Math.Round(Math.Exp(Math.Log(50) + (random.NextDouble() * (Math.Log(2000) - Math.Log(50)))));
            size = Math.Min(size, vertexCount - start);
            for (var v = start; v < start + size; v++)
            {
                blockOf[v] = blocks.Count;
            }

            blocks.Add((start, size));
            start += size;
        }

        var propensity = new double[vertexCount];
        for (var v = 0; v < vertexCount; v++)
        {
            propensity[v] = Math.Min(Math.Pow(1 - random.NextDouble(), -1 / 1.5), 1000);
        }

        var cumulative = new double[vertexCount];
        var sum = 0.0;
        for (var v = 0; v < vertexCount; v++)
        {
            sum += propensity[v];
            cumulative[v] = sum;
        }

        var blockWeight = blocks.Select(b => cumulative[b.Start + b.Size - 1] - (b.Start == 0 ? 0 : cumulative[b.Start - 1])).ToArray();
        var blockCumulative = new double[blocks.Count];
        var running = 0.0;
        for (var b = 0; b < blocks.Count; b++)
        {
            running += blockWeight[b];
            blockCumulative[b] = running;
        }

        int Pick(int start, int end)
        {
            var low = start == 0 ? 0 : cumulative[start - 1];
            var x = low + (random.NextDouble() * (cumulative[end - 1] - low));
            var i = Array.BinarySearch(cumulative, start, end - start, x);
            return Math.Clamp(i >= 0 ? i : ~i, start, end - 1);
        }

        var seen = new HashSet<long>(edgeCount);
        var from = new int[edgeCount];
        var to = new int[edgeCount];
        var weight = new int[edgeCount];
        var count = 0;
        while (count < edgeCount)
        {
            int u, v;
            if (random.NextDouble() < 0.7)
            {
                var bi = Array.BinarySearch(blockCumulative, random.NextDouble() * running);
                var (start, size) = blocks[Math.Clamp(bi >= 0 ? bi : ~bi, 0, blocks.Count - 1)];
                u = Pick(start, start + size);
                v = Pick(start, start + size);
            }
            else
            {
                u = Pick(0, vertexCount);
                v = Pick(0, vertexCount);
                if (blockOf[u] == blockOf[v])
                {
                    continue;
                }
            }

            var key = ((long)Math.Min(u, v) * vertexCount) + Math.Max(u, v);
            if (u == v || !seen.Add(key))
            {
                continue;
            }

            from[count] = u;
            to[count] = v;
            weight[count] = random.Next(1, 101);
            count++;
        }

        return new BlockModelGraph(vertexCount, from, to, weight);
    }

    public void Write(string path)
    {
        using var writer = new StreamWriter(path);
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# vertices {VertexCount} edges {EdgeCount}"));
        for (var e = 0; e < EdgeCount; e++)
        {
            writer.Write(From[e].ToString(CultureInfo.InvariantCulture));
            writer.Write('\t');
            writer.Write(To[e].ToString(CultureInfo.InvariantCulture));
            writer.Write('\t');
            writer.WriteLine(Weight[e].ToString(CultureInfo.InvariantCulture));
        }
    }
}
