using ActorGraph.Core.Model;
using ActorGraph.Query.Algorithms;
using QuikGraph;
using QuikGraph.Algorithms;

namespace ActorGraph.Query;

/// <summary>
/// The influence graph of a snapshot and the questions asked of it: strongest influence paths, clusters and
/// influence rank. Influence flows from a relation's source to its target; a step carries weight × confidence of
/// its relation and a path the product of its steps. Build once, ask many questions; instances are immutable.
/// </summary>
public sealed class InfluenceGraph
{
    private readonly Dictionary<ActorId, int> _index;
    private readonly BidirectionalGraph<int, TaggedEdge<int, GraphRelation>> _model;
    private readonly Dictionary<(int, int), GraphRelation> _strongest = [];
    private readonly Lazy<Dictionary<(int, int), GraphRelation>> _strongestEitherWay;
    private readonly Lazy<Csr> _costs;
    private readonly Lazy<Csr> _undirectedCosts;
    private readonly Lazy<UndirectedGraph> _projection;
    private readonly Lazy<double[]> _influence;

    private InfluenceGraph(GraphSnapshot snapshot)
    {
        Snapshot = snapshot;
        _index = new Dictionary<ActorId, int>(snapshot.Actors.Count);
        for (var i = 0; i < snapshot.Actors.Count; i++)
        {
            _index[snapshot.Actors[i].Id] = i;
        }

        _model = new BidirectionalGraph<int, TaggedEdge<int, GraphRelation>>(allowParallelEdges: true, snapshot.Actors.Count);
        _model.AddVertexRange(Enumerable.Range(0, snapshot.Actors.Count));
        foreach (var relation in snapshot.Relations)
        {
            if (!_index.TryGetValue(relation.Source, out var from) || !_index.TryGetValue(relation.Target, out var to))
            {
                continue;
            }

            _model.AddEdge(new TaggedEdge<int, GraphRelation>(from, to, relation));
            if (!_strongest.TryGetValue((from, to), out var best) || relation.Strength > best.Strength
                || (relation.Strength == best.Strength && relation.Kind < best.Kind))
            {
                _strongest[(from, to)] = relation;
            }
        }

        _costs = new Lazy<Csr>(() => Csr.Build(
            _model.VertexCount,
            [.. _strongest.Select(p => (p.Key.Item1, p.Key.Item2, -Math.Log(p.Value.Strength)))],
            Math.Min));
        _strongestEitherWay = new Lazy<Dictionary<(int, int), GraphRelation>>(StrongestEitherWay);
        _undirectedCosts = new Lazy<Csr>(() => Csr.Build(
            _model.VertexCount,
            [.. _strongestEitherWay.Value.Select(p => (p.Key.Item1, p.Key.Item2, -Math.Log(p.Value.Strength)))],
            Math.Min));
        _projection = new Lazy<UndirectedGraph>(() => UndirectedGraph.FromEdges(
            _model.VertexCount,
            _model.Edges.Select(e => (e.Source, e.Target, e.Tag.Strength))));
        _influence = new Lazy<double[]>(() => PageRank.Run(Csr.Build(
            _model.VertexCount,
            [.. _model.Edges.Select(e => (e.Target, e.Source, e.Tag.Strength))],
            (a, b) => a + b)));
    }

    /// <summary>The snapshot this graph was built from.</summary>
    public GraphSnapshot Snapshot { get; }

    /// <summary>The number of weakly connected components: groups of actors linked by any relation, in either direction.</summary>
    public int ComponentCount => _model.WeaklyConnectedComponents(new Dictionary<int, int>());

    /// <summary>Builds the influence graph of <paramref name="snapshot"/>.</summary>
    public static InfluenceGraph Build(GraphSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new InfluenceGraph(snapshot);
    }

    /// <summary>
    /// The <paramref name="k"/> strongest loopless influence paths from one actor to another, strongest first
    /// (Yen's algorithm on step costs −ln strength). Between two actors a path follows their strongest relation.
    /// </summary>
    /// <param name="from">An id, name or alias of the first actor.</param>
    /// <param name="to">An id, name or alias of the last actor.</param>
    /// <param name="k">How many paths at most.</param>
    /// <exception cref="Core.ActorNotFoundException">A name matches no actor, or several.</exception>
    public IReadOnlyList<InfluencePath> StrongestPaths(string from, string to, int k = 3)
    {
        var (source, target) = Endpoints(from, to, k);
        var paths = new ShortestPaths(_costs.Value).KShortest(source, target, k);
        return [.. paths.Select(p => ToInfluencePath(p, _strongest))];
    }

    /// <summary>
    /// Clusters the actors on the undirected projection, where the weight between two actors is the sum of the
    /// strengths of all relations between them, in both directions. Each cluster lists its members most influential
    /// first; brokers are the actors whose relations reach into several clusters.
    /// </summary>
    public ClusterResult Clusters(ClusterOptions? options = null)
    {
        options ??= new ClusterOptions();
        var projection = _projection.Value;
        var membership = options.Algorithm switch
        {
            ClusterAlgorithm.Leiden => Leiden.Run(projection, options.Seed, options.Resolution),
            ClusterAlgorithm.Louvain => Louvain.Run(projection, options.Seed, options.Resolution),
            ClusterAlgorithm.LabelPropagation => LabelPropagation.Run(projection, options.Seed),
            ClusterAlgorithm.Components => Components.Run(projection),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Algorithm, "unknown algorithm"),
        };
        var rank = _influence.Value;
        var clusters = Enumerable.Range(0, _model.VertexCount)
            .GroupBy(v => membership[v])
            .Select(g => new Community([.. g
                .OrderByDescending(v => rank[v])
                .ThenBy(v => Snapshot.Actors[v].Name, StringComparer.Ordinal)
                .Select(v => Snapshot.Actors[v])]))
            .OrderByDescending(c => c.Members.Count)
            .ThenBy(c => c.Members[0].Name, StringComparer.Ordinal)
            .ToList();
        return new ClusterResult(ClusterOptions.Name(options.Algorithm), projection.Modularity(membership), clusters, Brokers(projection, membership));
    }

    /// <summary>
    /// Betweenness centrality over the influence graph (Brandes): how often an actor lies on the strongest (or, when
    /// not weighted, the shortest) influence paths between other actors. Raw sums over ordered pairs, highest first.
    /// </summary>
    public IReadOnlyList<ActorScore> Betweenness(BetweennessOptions? options = null)
    {
        options ??= new BetweennessOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(options.SampleSize);
        var scores = Algorithms.Betweenness.Run(_costs.Value, options.Weighted, options.SampleSize, options.Seed);
        return Ranked(scores);
    }

    /// <summary>In and out degree and strength of every actor, most relations first.</summary>
    public IReadOnlyList<ActorDegree> Degrees()
    {
        var degrees = new (int In, int Out, double InStrength, double OutStrength)[_model.VertexCount];
        foreach (var edge in _model.Edges)
        {
            degrees[edge.Source].Out++;
            degrees[edge.Source].OutStrength += edge.Tag.Strength;
            degrees[edge.Target].In++;
            degrees[edge.Target].InStrength += edge.Tag.Strength;
        }

        return [.. degrees
            .Select((d, v) => new ActorDegree(Snapshot.Actors[v], d.In, d.Out, d.InStrength, d.OutStrength))
            .OrderByDescending(d => d.Total)
            .ThenByDescending(d => d.InStrength + d.OutStrength)
            .ThenBy(d => d.Actor.Name, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Every actor that <paramref name="from"/> influences along a path of strength at least
    /// <paramref name="minStrength"/>, with the strongest such path; strongest first.
    /// </summary>
    public IReadOnlyList<ReachedActor> Reach(string from, double minStrength = 0.1)
    {
        ArgumentNullException.ThrowIfNull(from);
        if (minStrength is <= 0 or > 1 or double.NaN)
        {
            throw new ArgumentOutOfRangeException(nameof(minStrength), minStrength, "The threshold is a strength in (0, 1].");
        }

        var source = _index[Snapshot.Resolve(from).Id];
        var (distance, previous) = new ShortestPaths(_costs.Value).Tree(source);
        var limit = -Math.Log(minStrength) + 1e-12;
        var reached = new List<ReachedActor>();
        for (var v = 0; v < distance.Length; v++)
        {
            if (v == source || distance[v] > limit)
            {
                continue;
            }

            var vertices = new List<int>();
            for (var at = v; at != -1; at = previous[at])
            {
                vertices.Add(at);
            }

            vertices.Reverse();
            var path = ToInfluencePath(new RankedPath(distance[v], [.. vertices]), _strongest);
            reached.Add(new ReachedActor(Snapshot.Actors[v], path.Strength, path));
        }

        return [.. reached.OrderByDescending(r => r.Strength).ThenBy(r => r.Actor.Name, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The <paramref name="k"/> strongest loopless paths between two actors when direction is ignored: how they are
    /// connected at all. A step may follow its relation backwards (<see cref="InfluenceStep.AgainstDirection"/>).
    /// </summary>
    public IReadOnlyList<InfluencePath> ConnectionPaths(string from, string to, int k = 3)
    {
        var (source, target) = Endpoints(from, to, k);
        return [.. new ShortestPaths(_undirectedCosts.Value).KShortest(source, target, k).Select(p => ToInfluencePath(p, _strongestEitherWay.Value))];
    }

    /// <summary>The actors within <paramref name="depth"/> steps of an actor, in either direction, and the relations among them.</summary>
    public Neighborhood Neighbors(string name, int depth = 1)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        var center = _index[Snapshot.Resolve(name).Id];
        var distance = new Dictionary<int, int> { [center] = 0 };
        var frontier = new List<int> { center };
        for (var step = 1; step <= depth && frontier.Count > 0; step++)
        {
            var next = new List<int>();
            foreach (var v in frontier)
            {
                foreach (var u in _model.OutEdges(v).Select(e => e.Target).Concat(_model.InEdges(v).Select(e => e.Source)))
                {
                    if (distance.TryAdd(u, step))
                    {
                        next.Add(u);
                    }
                }
            }

            frontier = next;
        }

        var members = distance
            .OrderBy(p => p.Value).ThenBy(p => Snapshot.Actors[p.Key].Name, StringComparer.Ordinal)
            .Select(p => new Neighbor(Snapshot.Actors[p.Key], p.Value))
            .ToList();
        var relations = _model.Edges
            .Where(e => distance.ContainsKey(e.Source) && distance.ContainsKey(e.Target))
            .Select(e => e.Tag)
            .ToList();
        return new Neighborhood(Snapshot.Actors[center], depth, members, relations);
    }

    /// <summary>
    /// Influence rank: weighted PageRank (damping 0.85) over the reversed influence graph, so an actor scores high
    /// when it influences actors that score high. Highest first; scores sum to 1.
    /// </summary>
    public IReadOnlyList<ActorScore> InfluenceRank()
    {
        return Ranked(_influence.Value);
    }

    private (int Source, int Target) Endpoints(string from, string to, int k)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        return (_index[Snapshot.Resolve(from).Id], _index[Snapshot.Resolve(to).Id]);
    }

    /// <summary>For connection paths: between two actors, the strongest relation in either direction.</summary>
    private Dictionary<(int, int), GraphRelation> StrongestEitherWay()
    {
        var result = new Dictionary<(int, int), GraphRelation>(_strongest.Count * 2);
        foreach (var ((from, to), relation) in _strongest)
        {
            foreach (var key in new[] { (from, to), (to, from) })
            {
                if (!result.TryGetValue(key, out var best) || relation.Strength > best.Strength
                    || (relation.Strength == best.Strength && (relation.Source, relation.Kind).CompareTo((best.Source, best.Kind)) < 0))
                {
                    result[key] = relation;
                }
            }
        }

        return result;
    }

    private List<ActorScore> Ranked(double[] scores) =>
        [.. Enumerable.Range(0, scores.Length)
            .Select(v => new ActorScore(Snapshot.Actors[v], scores[v]))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Actor.Name, StringComparer.Ordinal)];

    private List<Broker> Brokers(UndirectedGraph projection, int[] membership)
    {
        var a = projection.Adjacency;
        var brokers = new List<Broker>();
        var share = new Dictionary<int, double>();
        for (var v = 0; v < projection.VertexCount; v++)
        {
            share.Clear();
            var total = 0.0;
            for (var e = a.Offsets[v]; e < a.Offsets[v + 1]; e++)
            {
                if (a.Targets[e] == v)
                {
                    continue;
                }

                var c = membership[a.Targets[e]];
                share[c] = share.GetValueOrDefault(c) + a.Values[e];
                total += a.Values[e];
            }

            share.TryAdd(membership[v], 0);
            if (share.Count < 2 || total <= 0)
            {
                continue;
            }

            var participation = 1 - share.Values.Sum(s => (s / total) * (s / total));
            brokers.Add(new Broker(Snapshot.Actors[v], participation, share.Count));
        }

        return [.. brokers.OrderByDescending(b => b.Participation).ThenBy(b => b.Actor.Name, StringComparer.Ordinal)];
    }

    private InfluencePath ToInfluencePath(RankedPath path, Dictionary<(int, int), GraphRelation> relations)
    {
        var actors = path.Vertices.Select(v => Snapshot.Actors[v]).ToList();
        var steps = new List<InfluenceStep>(path.Vertices.Length - 1);
        var strength = 1.0;
        for (var i = 0; i + 1 < path.Vertices.Length; i++)
        {
            var relation = relations[(path.Vertices[i], path.Vertices[i + 1])];
            steps.Add(new InfluenceStep(actors[i], actors[i + 1], relation));
            strength *= relation.Strength;
        }

        return new InfluencePath(strength, actors, steps);
    }
}
