using ActorGraph.Core.Model;
using ActorGraph.Query.Algorithms;
using QuikGraph;

namespace ActorGraph.Query;

/// <summary>
/// The influence graph of a snapshot and the questions asked of it: strongest influence paths, clusters and
/// influence rank. Influence flows from a relation's source to its target; a step carries weight × confidence of
/// its relation and a path the product of its steps. Build once, ask many questions; instances are immutable.
/// </summary>
public sealed class InfluenceGraph
{
    private readonly Dictionary<ActorId, int> _index;
    private readonly int _vertexCount;

    // The relations between declared actors as parallel arrays: from, to, strength, type, and the row in Snapshot.Relations.
    private readonly int[] _from;
    private readonly int[] _to;
    private readonly double[] _strength;
    private readonly RelationKind[] _kind;
    private readonly int[] _row;
    private readonly Lazy<Dictionary<(int, int), int>> _strongest;
    private readonly Lazy<Dictionary<(int, int), int>> _strongestEitherWay;
    private readonly Lazy<Csr> _costs;
    private readonly Lazy<Csr> _undirectedCosts;
    private readonly Lazy<UndirectedGraph> _projection;
    private readonly Lazy<double[]> _influence;
    private readonly Lazy<BidirectionalGraph<GraphActor, TaggedEdge<GraphActor, GraphRelation>>> _model;

    private InfluenceGraph(GraphSnapshot snapshot)
    {
        Snapshot = snapshot;
        _vertexCount = snapshot.Actors.Count;
        _index = new Dictionary<ActorId, int>(_vertexCount);
        for (var i = 0; i < _vertexCount; i++)
        {
            _index[snapshot.Actors[i].Id] = i;
        }

        (_from, _to, _strength, _kind, _row) = snapshot.Relations is IRelationColumns columns ? FromColumns(columns) : FromObjects(snapshot.Relations);
        _strongest = new Lazy<Dictionary<(int, int), int>>(Strongest);
        _costs = new Lazy<Csr>(() => Csr.Build(
            _vertexCount,
            [.. _strongest.Value.Select(p => (p.Key.Item1, p.Key.Item2, -Math.Log(_strength[p.Value])))],
            Math.Min));
        _strongestEitherWay = new Lazy<Dictionary<(int, int), int>>(StrongestEitherWay);
        _undirectedCosts = new Lazy<Csr>(() => Csr.Build(
            _vertexCount,
            [.. _strongestEitherWay.Value.Select(p => (p.Key.Item1, p.Key.Item2, -Math.Log(_strength[p.Value])))],
            Math.Min));
        _model = new Lazy<BidirectionalGraph<GraphActor, TaggedEdge<GraphActor, GraphRelation>>>(BuildModel);
        _projection = new Lazy<UndirectedGraph>(() => UndirectedGraph.FromEdges(_vertexCount, _from, _to, _strength));
        _influence = new Lazy<double[]>(() =>
        {
            var reversed = new (int, int, double)[_from.Length];
            for (var e = 0; e < reversed.Length; e++)
            {
                reversed[e] = (_to[e], _from[e], _strength[e]);
            }

            return PageRank.Run(Csr.Build(_vertexCount, reversed, (x, y) => x + y));
        });
    }

    /// <summary>The snapshot this graph was built from.</summary>
    public GraphSnapshot Snapshot { get; }

    /// <summary>
    /// The combined graph as a QuikGraph graph, for any QuikGraph algorithm: the actors are its vertices, and each
    /// relation between them is an edge from its source to its target, tagged with the relation (an edge's strength is
    /// <c>edge.Tag.Strength</c>; two actors linked by relations of several types have one edge per type). Built on
    /// first use: the paths, clusters and ranks of this class run on compact arrays of the same relations and never
    /// need it.
    /// </summary>
    public IBidirectionalGraph<GraphActor, TaggedEdge<GraphActor, GraphRelation>> Model => _model.Value;

    /// <summary>Builds the influence graph of <paramref name="snapshot"/>.</summary>
    public static InfluenceGraph Build(GraphSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new InfluenceGraph(snapshot);
    }

    private BidirectionalGraph<GraphActor, TaggedEdge<GraphActor, GraphRelation>> BuildModel()
    {
        var model = new BidirectionalGraph<GraphActor, TaggedEdge<GraphActor, GraphRelation>>(allowParallelEdges: true, _vertexCount, edgeCapacity: _from.Length);
        model.AddVertexRange(Snapshot.Actors);
        for (var e = 0; e < _from.Length; e++)
        {
            model.AddEdge(new TaggedEdge<GraphActor, GraphRelation>(Snapshot.Actors[_from[e]], Snapshot.Actors[_to[e]], Snapshot.Relations[_row[e]]));
        }

        return model;
    }

    private static (int[], int[], double[], RelationKind[], int[]) FromColumns(IRelationColumns columns)
    {
        var sources = columns.SourceIndexes;
        var targets = columns.TargetIndexes;
        var count = 0;
        for (var i = 0; i < sources.Length; i++)
        {
            count += sources[i] >= 0 && targets[i] >= 0 ? 1 : 0;
        }

        var (from, to, strength, kind, row) = (new int[count], new int[count], new double[count], new RelationKind[count], new int[count]);
        var strengths = columns.Strengths;
        var kinds = columns.Kinds;
        for (int i = 0, e = 0; i < sources.Length; i++)
        {
            if (sources[i] >= 0 && targets[i] >= 0)
            {
                (from[e], to[e], strength[e], kind[e], row[e]) = (sources[i], targets[i], strengths[i], kinds[i], i);
                e++;
            }
        }

        return (from, to, strength, kind, row);
    }

    private (int[], int[], double[], RelationKind[], int[]) FromObjects(IReadOnlyList<GraphRelation> relations)
    {
        var (from, to, strength, kind, row) = (new List<int>(relations.Count), new List<int>(relations.Count), new List<double>(relations.Count), new List<RelationKind>(relations.Count), new List<int>(relations.Count));
        for (var i = 0; i < relations.Count; i++)
        {
            var relation = relations[i];
            if (_index.TryGetValue(relation.Source, out var u) && _index.TryGetValue(relation.Target, out var v))
            {
                from.Add(u);
                to.Add(v);
                strength.Add(relation.Strength);
                kind.Add(relation.Kind);
                row.Add(i);
            }
        }

        return ([.. from], [.. to], [.. strength], [.. kind], [.. row]);
    }

    /// <summary>The relation of edge <paramref name="edge"/>.</summary>
    private GraphRelation Relation(int edge) => Snapshot.Relations[_row[edge]];

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
        return [.. paths.Select(p => ToInfluencePath(p, _strongest.Value))];
    }

    /// <summary>
    /// Clusters the actors on the undirected projection, where the weight between two actors is the sum of the
    /// strengths of all relations between them, in both directions. Each cluster lists its members most influential
    /// first; brokers are the actors whose relations reach into several clusters.
    /// </summary>
    public ClusterResult Clusters(ClusterOptions? options = null)
    {
        options ??= new ClusterOptions();

        // Influence orders each cluster's members; it does not depend on the clustering, so it is computed meanwhile.
        var influence = Task.Run(() => _influence.Value);
        var projection = _projection.Value;
        var membership = options.Algorithm switch
        {
            ClusterAlgorithm.Leiden => Leiden.Run(projection, options.Seed, options.Resolution),
            ClusterAlgorithm.Louvain => Louvain.Run(projection, options.Seed, options.Resolution),
            ClusterAlgorithm.LabelPropagation => LabelPropagation.Run(projection, options.Seed),
            ClusterAlgorithm.Components => Components.Run(projection),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Algorithm, "unknown algorithm"),
        };
        var rank = influence.GetAwaiter().GetResult();
        var clusters = Enumerable.Range(0, _vertexCount)
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
        var degrees = new (int In, int Out, double InStrength, double OutStrength)[_vertexCount];
        for (var e = 0; e < _from.Length; e++)
        {
            var strength = _strength[e];
            degrees[_from[e]].Out++;
            degrees[_from[e]].OutStrength += strength;
            degrees[_to[e]].In++;
            degrees[_to[e]].InStrength += strength;
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
            var path = ToInfluencePath(new RankedPath(distance[v], [.. vertices]), _strongest.Value);
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
            // One pass over the relations per step: a neighbourhood is a few steps deep.
            var inFrontier = frontier.ToHashSet();
            var next = new List<int>();
            for (var e = 0; e < _from.Length; e++)
            {
                foreach (var (at, other) in new[] { (_from[e], _to[e]), (_to[e], _from[e]) })
                {
                    if (inFrontier.Contains(at) && distance.TryAdd(other, step))
                    {
                        next.Add(other);
                    }
                }
            }

            frontier = next;
        }

        var members = distance
            .OrderBy(p => p.Value).ThenBy(p => Snapshot.Actors[p.Key].Name, StringComparer.Ordinal)
            .Select(p => new Neighbor(Snapshot.Actors[p.Key], p.Value))
            .ToList();
        var relations = Enumerable.Range(0, _from.Length)
            .Where(e => distance.ContainsKey(_from[e]) && distance.ContainsKey(_to[e]))
            .Select(Relation)
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

    /// <summary>Between two actors, in one direction, the edge of the strongest relation (ties: the lowest type).</summary>
    private Dictionary<(int, int), int> Strongest()
    {
        var strongest = new Dictionary<(int, int), int>(_from.Length);
        for (var e = 0; e < _from.Length; e++)
        {
            ref var best = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(strongest, (_from[e], _to[e]), out var exists);
            if (!exists || _strength[e] > _strength[best] || (_strength[e] == _strength[best] && _kind[e] < _kind[best]))
            {
                best = e;
            }
        }

        return strongest;
    }

    /// <summary>For connection paths: between two actors, the edge of the strongest relation in either direction.</summary>
    private Dictionary<(int, int), int> StrongestEitherWay()
    {
        var result = new Dictionary<(int, int), int>(_strongest.Value.Count * 2);
        foreach (var ((from, to), edge) in _strongest.Value)
        {
            foreach (var key in new[] { (from, to), (to, from) })
            {
                // Ties: the relation whose source comes first (actors are in id order), then the lowest type.
                if (!result.TryGetValue(key, out var best) || _strength[edge] > _strength[best]
                    || (_strength[edge] == _strength[best] && (_from[edge], _kind[edge]).CompareTo((_from[best], _kind[best])) < 0))
                {
                    result[key] = edge;
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

    private InfluencePath ToInfluencePath(RankedPath path, Dictionary<(int, int), int> edges)
    {
        var actors = path.Vertices.Select(v => Snapshot.Actors[v]).ToList();
        var steps = new List<InfluenceStep>(path.Vertices.Length - 1);
        var strength = 1.0;
        for (var i = 0; i + 1 < path.Vertices.Length; i++)
        {
            var relation = Relation(edges[(path.Vertices[i], path.Vertices[i + 1])]);
            steps.Add(new InfluenceStep(actors[i], actors[i + 1], relation));
            strength *= relation.Strength;
        }

        return new InfluencePath(strength, actors, steps);
    }
}
