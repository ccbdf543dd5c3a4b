using System.Collections;
using System.Globalization;
using System.Text.Json;
using ActorGraph.Core.Text;

namespace ActorGraph.Storage.Neo4j.Http;

/// <summary>
/// Writes Cypher parameters as the Query API's plain JSON, where the JSON token decides the Cypher type:
/// a double always carries a decimal point or exponent, so a weight of 1.0 reaches Neo4j as a FLOAT, not an INTEGER.
/// </summary>
internal static class CypherJson
{
    public static void WriteParameters(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> parameters)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in parameters)
        {
            writer.WritePropertyName(name);
            WriteValue(writer, value);
        }

        writer.WriteEndObject();
    }

    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                writer.WriteRawValue(Float(number), skipInputValidation: true);
                break;
            case DateOnly date:
                writer.WriteStringValue(IsoDate.Format(date));
                break;
            case DateTimeOffset moment:
                writer.WriteStringValue(moment.ToString("O", CultureInfo.InvariantCulture));
                break;
            case IReadOnlyDictionary<string, object?> map:
                WriteParameters(writer, map);
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"A Cypher parameter cannot be a {value.GetType().Name}.", nameof(value));
        }
    }

    /// <summary>The shortest round-trip text of <paramref name="number"/>, always with a '.' or an exponent.</summary>
    public static string Float(double number)
    {
        if (!double.IsFinite(number))
        {
            throw new ArgumentException($"A Cypher parameter cannot be {number}: plain JSON has no NaN or infinity.", nameof(number));
        }

        var text = number.ToString("R", CultureInfo.InvariantCulture);
        return text.AsSpan().IndexOfAny('.', 'E', 'e') >= 0 ? text : text + ".0";
    }
}
