using ActorGraph.Core.Model;

namespace ActorGraph.Ingestion.Datasets;

/// <content>Where a reading of a CSV folder puts what it binds.</content>
public static partial class CsvFolderReader
{
    /// <summary>
    /// Keeps what a reading asks for: the roles and relations of a whole document (its actors stay in the binder),
    /// only the content hash of a check, or the assertions bound since the last batch was sent.
    /// </summary>
    private sealed class Sink(Sink.Mode kind, int batchSize = 1, Func<SourceBatch, ValueTask>? send = null)
    {
        private List<Actor> _actors = [];

        public enum Mode
        {
            Document,
            Check,
            Batches,
        }

        public Mode Kind => kind;

        public List<Role> Roles { get; private set; } = [];

        public List<Relation> Relations { get; private set; } = [];

        public ContentHashBuilder? Hash { get; private set; }

        public void Start(SourceInfo source)
        {
            if (kind == Mode.Check)
            {
                Hash = new ContentHashBuilder(source);
            }
        }

        public void Actor(Actor actor)
        {
            if (kind == Mode.Check)
            {
                Hash!.Add(actor);
            }
            else if (kind == Mode.Batches)
            {
                _actors.Add(actor);
            }
        }

        public void Role(Role role)
        {
            if (kind == Mode.Check)
            {
                Hash!.Add(role);
            }
            else
            {
                Roles.Add(role);
            }
        }

        public void Relation(Relation relation)
        {
            if (kind == Mode.Check)
            {
                Hash!.Add(relation);
            }
            else
            {
                Relations.Add(relation);
            }
        }

        public ValueTask AfterLines() => FlushAsync(batchSize);

        /// <summary>Sends what was bound since the last batch, when there are at least <paramref name="least"/> assertions.</summary>
        public ValueTask FlushAsync(int least)
        {
            if (kind != Mode.Batches || _actors.Count + Roles.Count + Relations.Count < least)
            {
                return ValueTask.CompletedTask;
            }

            var batch = new SourceBatch(_actors, Roles, Relations);
            _actors = [];
            Roles = [];
            Relations = [];
            return send!(batch);
        }
    }
}
