using System.Text.Json;
using ActorGraph.Core.Model;
using ActorGraph.Core.Text;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Embedded;

/// <content>Inserting a source's assertion rows, a whole document or one batch after another.</content>
internal sealed partial class SqliteGraphStore
{
    /// <summary>
    /// The prepared inserts of one source's actor, role and relation rows, inside the caller's transaction: made once
    /// per write and used for every batch, so that roles are numbered across batches.
    /// </summary>
    private sealed class AssertionRows : IDisposable
    {
        private readonly string _sourceId;
        private readonly SqliteCommand _actors;
        private readonly SqliteCommand _roles;
        private int _roleOrdinal;

        public AssertionRows(SqliteConnection connection, SqliteTransaction transaction, string sourceId)
        {
            _sourceId = sourceId;
            _actors = Prepare(connection, transaction,
                "INSERT INTO actor_assertions (source_id, actor_id, name, kind, aliases) VALUES ($s, $id, $name, $kind, $aliases);",
                "$s", "$id", "$name", "$kind", "$aliases");
            _roles = Prepare(connection, transaction,
                "INSERT INTO role_assertions (source_id, ordinal, person_id, title, title_key, of_id, since, until) VALUES ($s, $n, $p, $t, $k, $of, $since, $until);",
                "$s", "$n", "$p", "$t", "$k", "$of", "$since", "$until");
            Relations = new RelationRows(connection, sourceId);
        }

        public RelationRows Relations { get; }

        public void WriteActors(IReadOnlyList<Actor> actors)
        {
            foreach (var actor in actors.OrderBy(a => a.Id.Value, StringComparer.Ordinal))
            {
                Run(_actors, _sourceId, actor.Id.Value, actor.Name, Vocabulary.Name(actor.Kind),
                    JsonSerializer.Serialize(actor.Aliases.ToArray(), StoreJson.Default.StringArray));
            }
        }

        public async Task WriteRolesAsync(IReadOnlyList<Role> roles, CancellationToken cancellationToken)
        {
            foreach (var role in roles)
            {
                await RunAsync(_roles, cancellationToken, _sourceId, _roleOrdinal++, role.Person.Value, role.Title, NameKey.Fold(role.Title),
                    role.Of?.Value, FormatDate(role.Since), FormatDate(role.Until)).ConfigureAwait(false);
            }
        }

        public void Dispose()
        {
            _actors.Dispose();
            _roles.Dispose();
            Relations.Dispose();
        }
    }

    /// <summary>Orders relations by (source id, type name, target id), ordinal: the relation rows' key order.</summary>
    private sealed class RelationKeyComparer : IComparer<Relation>
    {
        public static readonly RelationKeyComparer Instance = new();

        public int Compare(Relation? x, Relation? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null || y is null)
            {
                return x is null ? -1 : 1;
            }

            var order = string.CompareOrdinal(x.Source.Value, y.Source.Value);
            if (order == 0)
            {
                order = string.CompareOrdinal(Vocabulary.Name(x.Kind), Vocabulary.Name(y.Kind));
            }

            return order != 0 ? order : string.CompareOrdinal(x.Target.Value, y.Target.Value);
        }
    }
}
