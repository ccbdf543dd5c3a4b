using System.Collections;
using System.Text;
using ActorGraph.Core.Model;

namespace ActorGraph.Storage.Embedded;

/// <content>The loaded image's relations and provenance as columns, made into objects only when asked for.</content>
internal static partial class AnalysisImage
{
    /// <summary>Every relation of the image, as columns.</summary>
    private sealed record RelationTable(
        ActorId[] Ids, int[] From, int[] To, int[] Kind, double[] Weight, double[] Confidence, int[] Since, int[] Until,
        int[] ProvenanceStart, ProvenanceColumns Provenance, Dictionary<int, Corroboration> Corroborations)
    {
        public GraphRelation Make(int row)
        {
            var relation = new GraphRelation(
                Ids[From[row]], (RelationKind)Kind[row], Ids[To[row]], Weight[row], Confidence[row], Date(Since[row]), Date(Until[row]),
                new LazyProvenance(Provenance, ProvenanceStart[row], ProvenanceStart[row + 1] - ProvenanceStart[row]));
            return Corroborations.TryGetValue(row, out var corroboration) ? relation with { Corroboration = corroboration } : relation;
        }
    }

    /// <summary>
    /// The relations a filter kept, as columns for analyses (<see cref="IRelationColumns"/>) and as objects made on
    /// first use for everything else.
    /// </summary>
    private sealed class ColumnarRelations : IReadOnlyList<GraphRelation>, IRelationColumns
    {
        private readonly RelationTable _table;
        private readonly int[] _rows;
        private readonly GraphRelation?[] _made;
        private readonly int[] _sources;
        private readonly int[] _targets;
        private readonly double[] _strengths;
        private readonly RelationKind[] _kinds;

        public ColumnarRelations(RelationTable table, int[] rows, int actorCount)
        {
            _table = table;
            _rows = rows;
            _made = new GraphRelation?[rows.Length];
            _sources = new int[rows.Length];
            _targets = new int[rows.Length];
            _strengths = new double[rows.Length];
            _kinds = new RelationKind[rows.Length];
            for (var i = 0; i < rows.Length; i++)
            {
                var row = rows[i];
                _sources[i] = table.From[row] < actorCount ? table.From[row] : -1;
                _targets[i] = table.To[row] < actorCount ? table.To[row] : -1;
                _strengths[i] = table.Weight[row] * table.Confidence[row];
                _kinds[i] = (RelationKind)table.Kind[row];
            }
        }

        public int Count => _rows.Length;

        public ReadOnlySpan<int> SourceIndexes => _sources;

        public ReadOnlySpan<int> TargetIndexes => _targets;

        public ReadOnlySpan<double> Strengths => _strengths;

        public ReadOnlySpan<RelationKind> Kinds => _kinds;

        public GraphRelation this[int index]
        {
            get
            {
                if (_made[index] is { } made)
                {
                    return made;
                }

                // Two threads may make the same relation; the first one published is the one everybody gets.
                return Interlocked.CompareExchange(ref _made[index], _table.Make(_rows[index]), null) ?? _made[index]!;
            }
        }

        public IEnumerator<GraphRelation> GetEnumerator()
        {
            for (var i = 0; i < _rows.Length; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>The provenance of every relation, as columns; texts are decoded from the image bytes when asked for.</summary>
    private sealed class ProvenanceColumns(int[] source, double[] weight, double[] confidence, int[] evidence, int[] context, int[] textOffsets, string[] names, byte[] bytes)
    {
        public int TextStart { get; set; }

        public int Count => source.Length;

        public int[] Since { get; set; } = [];

        public int[] Until { get; set; } = [];

        public Provenance Get(int index) =>
            new(names[source[index]], weight[index], confidence[index], Text(evidence[index]), Text(context[index]), Date(Since[index]), Date(Until[index]));

        private string? Text(int index) =>
            index < 0 ? null : Encoding.UTF8.GetString(bytes, TextStart + textOffsets[index], textOffsets[index + 1] - textOffsets[index]);
    }

    /// <summary>One relation's provenance, made into objects on first use.</summary>
    private sealed class LazyProvenance(ProvenanceColumns columns, int start, int count) : IReadOnlyList<Provenance>
    {
        private Provenance[]? _items;

        public int Count => count;

        public Provenance this[int index] => Items[index];

        public IEnumerator<Provenance> GetEnumerator() => ((IEnumerable<Provenance>)Items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private Provenance[] Items
        {
            get
            {
                if (_items is null)
                {
                    var items = new Provenance[count];
                    for (var i = 0; i < count; i++)
                    {
                        items[i] = columns.Get(start + i);
                    }

                    _items = items;
                }

                return _items;
            }
        }
    }
}
