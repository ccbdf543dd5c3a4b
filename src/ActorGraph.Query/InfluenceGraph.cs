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
    private readonly Lazy<Csr> _costs;
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
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        var source = _index[Snapshot.Resolve(from).Id];
        var target = _index[Snapshot.Resolve(to).Id];
        var paths = new ShortestPaths(_costs.Value).KShortest(source, target, k);
        return [.. paths.Select(ToInfluencePath)];
    }

    /// <summary>
    /// Clusters the actors with Louvain modularity on the undirected projection, where the weight between two actors
    /// is the sum of the strengths of all relations between them, in both directions.
    /// </summary>
    public ClusterResult Clusters(ClusterOptions? options = null)
    {
        options ??= new ClusterOptions();
        var projection = UndirectedGraph.FromEdges(
            _model.VertexCount,
            _model.Edges.Select(e => (e.Source, e.Target, e.Tag.Strength)));
        var membership = Louvain.Run(projection, options.Seed, options.Resolution);
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
        return new ClusterResult("louvain", projection.Modularity(membership, options.Resolution), clusters);
    }

    /// <summary>
    /// Influence rank: weighted PageRank (damping 0.85) over the reversed influence graph, so an actor scores high
    /// when it influences actors that score high. Highest first; scores sum to 1.
    /// </summary>
    public IReadOnlyList<ActorScore> InfluenceRank()
    {
        var rank = _influence.Value;
        return [.. Enumerable.Range(0, rank.Length)
            .Select(v => new ActorScore(Snapshot.Actors[v], rank[v]))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Actor.Name, StringComparer.Ordinal)];
    }

    private InfluencePath ToInfluencePath(RankedPath path)
    {
        var actors = path.Vertices.Select(v => Snapshot.Actors[v]).ToList();
        var steps = new List<InfluenceStep>(path.Vertices.Length - 1);
        var strength = 1.0;
        for (var i = 0; i + 1 < path.Vertices.Length; i++)
        {
            var relation = _strongest[(path.Vertices[i], path.Vertices[i + 1])];
            steps.Add(new InfluenceStep(actors[i], actors[i + 1], relation));
            strength *= relation.Strength;
        }

        return new InfluencePath(strength, actors, steps);
    }
}
