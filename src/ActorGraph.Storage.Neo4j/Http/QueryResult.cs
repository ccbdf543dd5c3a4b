using System.Globalization;
using System.Text.Json;
using ActorGraph.Core.Text;

namespace ActorGraph.Storage.Neo4j.Http;

/// <summary>
/// The rows one statement returned, read by column name. Each reader throws a <see cref="Core.Storage.GraphStoreException"/>
/// (code <c>PROTOCOL</c>) when the column is missing or holds another type.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The readers are named after the JSON value they read, as Utf8JsonReader's are.")]
public sealed class QueryResult
{
    private readonly Dictionary<string, int> _columns;

    /// <summary>Creates a result of <paramref name="fields"/> and <paramref name="rows"/>.</summary>
    public QueryResult(IReadOnlyList<string> fields, IReadOnlyList<JsonElement[]> rows)
    {
        Fields = fields;
        Rows = rows;
        _columns = fields.Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>A result without columns and rows.</summary>
    public static QueryResult Empty { get; } = new([], []);

    /// <summary>The column names, in order.</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>The rows, each a value per column.</summary>
    public IReadOnlyList<JsonElement[]> Rows { get; }

    /// <summary>The raw value of <paramref name="column"/> in <paramref name="row"/>.</summary>
    public JsonElement Value(JsonElement[] row, string column) =>
        _columns.TryGetValue(column, out var index)
            ? row[index]
            : throw new Neo4jProtocolException($"The answer has no column '{column}' (it has {string.Join(", ", Fields)}).");

    /// <summary>A string that must not be null.</summary>
    public string String(JsonElement[] row, string column) =>
        NullableString(row, column) ?? throw new Neo4jProtocolException($"The column '{column}' is null.");

    /// <summary>A string, or null.</summary>
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

    /// <summary>A number.</summary>
    public double Double(JsonElement[] row, string column)
    {
        var value = Value(row, column);
        return value.ValueKind == JsonValueKind.Number
            ? value.GetDouble()
            : throw new Neo4jProtocolException($"The column '{column}' holds {value.ValueKind}, not a number.");
    }

    /// <summary>An integer.</summary>
    public long Long(JsonElement[] row, string column)
    {
        var value = Value(row, column);
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number)
            ? number
            : throw new Neo4jProtocolException($"The column '{column}' holds {value}, not an integer.");
    }

    /// <summary>An integer, or null.</summary>
    public long? NullableLong(JsonElement[] row, string column) =>
        Value(row, column).ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : Long(row, column);

    /// <summary>A <c>yyyy-MM-dd</c> date, or null.</summary>
    public DateOnly? Date(JsonElement[] row, string column) =>
        NullableString(row, column) is { } text
            ? IsoDate.Parse(text)
            : null;

    /// <summary>A list of strings; null reads as an empty list.</summary>
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
