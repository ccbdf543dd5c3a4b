using System.Globalization;
using System.Text.Json;
using ActorGraph.Core.Text;

namespace ActorGraph.Storage.Neo4j.Http;

/// <summary>The rows one statement returned, read by column name.</summary>
internal sealed class QueryResult
{
    private readonly Dictionary<string, int> _columns;

    public QueryResult(IReadOnlyList<string> fields, IReadOnlyList<JsonElement[]> rows)
    {
        Fields = fields;
        Rows = rows;
        _columns = fields.Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i, StringComparer.Ordinal);
    }

    public static QueryResult Empty { get; } = new([], []);

    public IReadOnlyList<string> Fields { get; }

    public IReadOnlyList<JsonElement[]> Rows { get; }

    public JsonElement Value(JsonElement[] row, string column) =>
        _columns.TryGetValue(column, out var index)
            ? row[index]
            : throw new Neo4jProtocolException($"The answer has no column '{column}' (it has {string.Join(", ", Fields)}).");

    public string String(JsonElement[] row, string column) =>
        NullableString(row, column) ?? throw new Neo4jProtocolException($"The column '{column}' is null.");

    public string? NullableString(JsonElement[] row, string column)
    {
        var value = Value(row, column);
        return value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.String => value.GetString(),
            _ => throw new Neo4jProtocolException($"The column '{column}' holds {value.ValueKind}, not a string."),
        };
    }

    public double Double(JsonElement[] row, string column)
    {
        var value = Value(row, column);
        return value.ValueKind == JsonValueKind.Number
            ? value.GetDouble()
            : throw new Neo4jProtocolException($"The column '{column}' holds {value.ValueKind}, not a number.");
    }

    public long Long(JsonElement[] row, string column)
    {
        var value = Value(row, column);
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number)
            ? number
            : throw new Neo4jProtocolException($"The column '{column}' holds {value}, not an integer.");
    }

    public long? NullableLong(JsonElement[] row, string column) =>
        Value(row, column).ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : Long(row, column);

    public DateOnly? Date(JsonElement[] row, string column) =>
        NullableString(row, column) is { } text
            ? IsoDate.Parse(text)
            : null;

    public IReadOnlyList<string> Strings(JsonElement[] row, string column)
    {
        var value = Value(row, column);
        return value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => [],
            JsonValueKind.Array => [.. value.EnumerateArray().Select(e => e.GetString() ?? string.Empty)],
            _ => throw new Neo4jProtocolException($"The column '{column}' holds {value.ValueKind}, not a list."),
        };
    }
}
