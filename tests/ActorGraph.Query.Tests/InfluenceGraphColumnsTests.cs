using System.Collections;
using ActorGraph.Core.Model;
using ActorGraph.Testing;
using CsCheck;

namespace ActorGraph.Query.Tests;

/// <summary>A snapshot whose relations come as columns (as the embedded store's analysis image gives them) is analysed exactly as one of objects.</summary>
public sealed class InfluenceGraphColumnsTests
{
    [Fact]
    public void Build_RelationsAsColumns_AnswersEveryQuestionAsWithObjects()
    {
        var names = Enumerable.Range(0, 12).Select(i => ActorId.Parse($"a{i:00}")).ToArray();
        Gen.Select(Gen.Int[0, 11], Gen.Int[0, 11], Gen.Int[0, 3], Gen.Int[1, 10]).Array[1, 40].Sample(edges =>
        {
            var relations = edges.Where(e => e.Item1 != e.Item2)
                .DistinctBy(e => (e.Item1, e.Item2, e.Item3))
                .Select(e => Documents.Relation(names[e.Item1], (RelationKind)e.Item3, names[e.Item2], confidence: e.Item4 / 10.0))
                .Append(Documents.Relation(names[0], RelationKind.Leads, ActorId.Parse("undeclared")))
                .ToList();
            var assembler = new SnapshotAssembler();
            assembler.AddDocument(new SourceDocument(new SourceInfo("s", null, null, null), [.. names.Select(n => new Actor(n, n.Value, ActorKind.Person, []))], [], relations), DateTimeOffset.UnixEpoch);
            var objects = assembler.Build();
            var columns = new GraphSnapshot(objects.Sources, objects.Actors, objects.Roles, new Columns(objects));

            var (a, b) = (InfluenceGraph.Build(objects), InfluenceGraph.Build(columns));

            Assert.Equal(Describe(a), Describe(b));
        }, iter: 200);
    }

    private static string Describe(InfluenceGraph g)
    {
        static string Path(InfluencePath p) => $"{p.Strength:R}:" + string.Join(">", p.Steps.Select(s => $"{s.Source.Id}-{s.Relation.Kind}-{s.Target.Id}"));
        var clusters = g.Clusters();
        return string.Join('\n', [
            $"components {g.Clusters(new ClusterOptions { Algorithm = ClusterAlgorithm.Components }).Clusters.Count}",
            string.Join(';', g.InfluenceRank().Select(s => $"{s.Actor.Id}={s.Score:R}")),
            string.Join(';', g.Degrees().Select(d => $"{d.Actor.Id}={d.In},{d.Out},{d.InStrength:R},{d.OutStrength:R}")),
            string.Join(';', clusters.Clusters.Select(c => string.Join(',', c.Members.Select(m => m.Id)))),
            string.Join(';', clusters.Brokers.Select(x => $"{x.Actor.Id}={x.Participation:R}")),
            string.Join(';', g.StrongestPaths("a00", "a11", 3).Select(Path)),
            string.Join(';', g.ConnectionPaths("a01", "a10", 3).Select(Path)),
            string.Join(';', g.Reach("a00", 0.01).Select(r => $"{r.Actor.Id}={r.Strength:R}")),
            string.Join(';', g.Neighbors("a05", 2).Relations.Select(r => $"{r.Source}-{r.Kind}-{r.Target}")),
        ]);
    }

    /// <summary>The relations of a snapshot as columns, the way a columnar store gives them.</summary>
    private sealed class Columns : IReadOnlyList<GraphRelation>, IRelationColumns
    {
        private readonly IReadOnlyList<GraphRelation> _relations;
        private readonly int[] _sources;
        private readonly int[] _targets;

        public Columns(GraphSnapshot snapshot)
        {
            _relations = snapshot.Relations;
            var index = snapshot.Actors.Select((a, i) => (a.Id, i)).ToDictionary(p => p.Id, p => p.i);
            _sources = [.. _relations.Select(r => index.GetValueOrDefault(r.Source, -1))];
            _targets = [.. _relations.Select(r => index.GetValueOrDefault(r.Target, -1))];
        }

        public ReadOnlySpan<int> SourceIndexes => _sources;

        public ReadOnlySpan<int> TargetIndexes => _targets;

        public ReadOnlySpan<double> Strengths => _relations.Select(r => r.Strength).ToArray();

        public ReadOnlySpan<RelationKind> Kinds => _relations.Select(r => r.Kind).ToArray();

        public int Count => _relations.Count;

        public GraphRelation this[int index] => _relations[index];

        public IEnumerator<GraphRelation> GetEnumerator() => _relations.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
