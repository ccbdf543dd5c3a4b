using System.Buffers;
using System.Globalization;
using System.Text;
using ActorGraph.Core.Model;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using ActorGraph.Core.Text;

namespace ActorGraph.Storage.Embedded;

/// <summary>
/// Inserts a source's relation rows with one prepared SQLite statement driven directly: values are bound by position
/// from UTF-8 encoded into one reused buffer, so a million rows cost neither a parameter lookup by name, nor a boxed
/// number, nor a string per value. The rows go in key order (source, type, target), so each lands beside the previous
/// one in the table and its key index. Runs inside the caller's transaction, on its connection.
/// </summary>
internal sealed class RelationRows : IDisposable
{
    private const string Insert =
        "INSERT INTO relation_assertions (source_id, from_id, kind, to_id, weight, confidence, since, until, context, evidence) " +
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10);";

    private static readonly byte[][] KindNames = [.. Vocabulary.RelationKinds.Select(k => Encoding.UTF8.GetBytes(Vocabulary.Name(k)))];

    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly byte[] _sourceId;
    private byte[] _scratch = ArrayPool<byte>.Shared.Rent(4096);

    public RelationRows(SqliteConnection connection, string sourceId)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, Insert, out _statement));
        _sourceId = Encoding.UTF8.GetBytes(sourceId);
    }

    /// <summary>Writes every relation of <paramref name="relations"/>, checking for cancellation every 16,384 rows.</summary>
    public void WriteAll(IEnumerable<Relation> relations, CancellationToken cancellationToken)
    {
        var rows = 0;
        foreach (var relation in relations)
        {
            if ((++rows & 0x3FFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            Write(relation);
        }
    }

    public void Write(Relation r)
    {
        Check(raw.sqlite3_bind_text(_statement, 1, _sourceId));
        Text(2, r.Source.Value);
        Check(raw.sqlite3_bind_text(_statement, 3, KindNames[(int)r.Kind]));
        Text(4, r.Target.Value);
        Check(raw.sqlite3_bind_double(_statement, 5, r.Weight));
        Check(raw.sqlite3_bind_double(_statement, 6, r.Confidence));
        Date(7, r.Since);
        Date(8, r.Until);
        Text(9, r.Context);
        Text(10, r.Evidence);
        var done = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (done != raw.SQLITE_DONE)
        {
            Check(done);
        }
    }

    public void Dispose()
    {
        _statement.Dispose();
        ArrayPool<byte>.Shared.Return(_scratch);
    }

    private void Text(int index, string? text)
    {
        if (text is null)
        {
            Check(raw.sqlite3_bind_null(_statement, index));
            return;
        }

        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (max > _scratch.Length)
        {
            ArrayPool<byte>.Shared.Return(_scratch);
            _scratch = ArrayPool<byte>.Shared.Rent(max);
        }

        // SQLite copies the bytes (SQLITE_TRANSIENT), so the buffer is free again when the bind returns.
        var length = Encoding.UTF8.GetBytes(text, _scratch);
        Check(length == 0 ? raw.sqlite3_bind_text(_statement, index, string.Empty) : raw.sqlite3_bind_text(_statement, index, _scratch.AsSpan(0, length)));
    }

    private void Date(int index, DateOnly? date)
    {
        if (date is not { } day)
        {
            Check(raw.sqlite3_bind_null(_statement, index));
            return;
        }

        Span<byte> text = stackalloc byte[10];
        day.TryFormat(text, out var written, IsoDate.Pattern, CultureInfo.InvariantCulture);
        Check(raw.sqlite3_bind_text(_statement, index, text[..written]));
    }

    private void Check(int code)
    {
        if (code != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(code, _db);
        }
    }
}
