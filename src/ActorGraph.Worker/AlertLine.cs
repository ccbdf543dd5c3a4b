using System.Text;
using System.Text.Json;
using ActorGraph.Core.Model;

namespace ActorGraph.Worker;

/// <summary>
/// One alert: a relation a run added, changed or ended, written as one line of JSON,
/// <c>{"run":N,"change":"added|changed|ended","relation":{"source":"…","type":"…","target":"…"},"sources":["…"]}</c>.
/// </summary>
public static class AlertLine
{
    /// <summary>The JSON line (without its line break) of <paramref name="change"/> in run <paramref name="run"/>.</summary>
    public static string Format(long run, RelationChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("run", run);
            json.WriteString("change", change.Change);
            json.WriteStartObject("relation");
            json.WriteString("source", change.SourceName);
            json.WriteString("type", Vocabulary.Name(change.Kind));
            json.WriteString("target", change.TargetName);
            json.WriteEndObject();
            json.WriteStartArray("sources");
            foreach (var source in change.Sources)
            {
                json.WriteStringValue(source);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The run number of a line <see cref="Format"/> wrote; null for a line that is not one (a torn last line).</summary>
    public static long? RunOf(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("run", out var run) && run.TryGetInt64(out var n) ? n : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
