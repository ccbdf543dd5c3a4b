using ActorGraph.Core.Model;

namespace ActorGraph.Ingestion.Datasets;

/// <content>How the binder finds relations that repeat one another, and lets go of what it bound.</content>
public static partial class DatasetReader
{
    /// <content>Repeats, now or at the end, and letting go.</content>
    internal sealed partial class Binder
    {
        /// <summary>
        /// Lets go of the actors and relation keys bound so far, once the reading is done: the runtime may keep the last
        /// reading's machinery (and this binder with it) reachable for a while, and a checked source is not to hold
        /// its file's actors and keys while the next file is read or this one written.
        /// </summary>
        public void Release()
        {
            foreach (var map in new System.Collections.IDictionary[] { _actors, _ids, _byName, _byAlias, _seen })
            {
                map.Clear();
            }

            _actors.TrimExcess();
            _ids.TrimExcess();
            _byName.TrimExcess();
            _byAlias.TrimExcess();
            _seen.TrimExcess();
            _idLookup = null;
            _deferred?.Clear();
        }

        /// <summary>
        /// With <see cref="DeferRepeats"/>, reports each relation that repeats an earlier one, as binding it would
        /// have, in line order; but no more than <paramref name="maxErrors"/> errors in all, the last then saying
        /// that reading stopped (as a reading that stops at that many errors says).
        /// </summary>
        public void ReportRepeats(int maxErrors)
        {
            if (_deferred is null || _errors.Count >= maxErrors)
            {
                return;
            }

            foreach (var (repeat, first) in _deferred.TakeRepeats())
            {
                RepeatError((int)repeat, RelationField((int)(repeat >> 32)), first);
                if (_errors.Count >= maxErrors)
                {
                    Error((int)repeat, "file", $"reading stopped here, after {maxErrors:N0} errors");
                    break;
                }
            }
        }

        private void RepeatError(int line, string field, long first) =>
            Error(line, field, $"repeats {RelationField((int)(first >> 32))} (line {(int)first}): one source states a relation between two actors once");

        /// <summary>A relation's (source, type, target) as one number: the actors' ordinals and the type's.</summary>
        private long Key(Relation relation) =>
            ((((long)_actors[relation.Source].Ordinal << 3) | (long)relation.Kind) << 31) | (uint)_actors[relation.Target].Ordinal;

        /// <summary>
        /// Records a relation checked elsewhere (the JSON Lines fast path) as <c>relations[index]</c> at
        /// <paramref name="line"/>; false, recording nothing, when it repeats an earlier one.
        /// </summary>
        public bool TryAddChecked(Relation relation, int index, int line)
        {
            if (!CheckRepeats)
            {
                return true;
            }

            if (_deferred is not null)
            {
                _deferred.Add(Key(relation), Pack(index, line));
                return true;
            }

            return _seen.TryAdd(Key(relation), Pack(index, line));
        }

        private static long Pack(int index, int line) => ((long)index << 32) | (uint)line;
    }
}
