using System.Text;
using System.Text.Json;

namespace ActorGraph.Core.Model;

/// <summary>A relation that one worker cycle added, changed or ended, as the run ledger keeps it.</summary>
/// <param name="Change"><c>added</c>, <c>changed</c> or <c>ended</c>.</param>
/// <param name="Source">The actor the relation starts at.</param>
/// <param name="SourceName">Its name when the change was recorded.</param>
/// <param name="Kind">The relation type.</param>
/// <param name="Target">The actor the relation points to.</param>
/// <param name="TargetName">Its name when the change was recorded.</param>
/// <param name="Sources">The ids of the sources that state the relation (for an ended relation, those that last did).</param>
public sealed record RelationChange(string Change, ActorId Source, string SourceName, RelationKind Kind, ActorId Target, string TargetName, IReadOnlyList<string> Sources)
{
    /// <summary>The change of a relation that is new.</summary>
    public const string Added = "added";

    /// <summary>The change of a relation whose sources, confidence or dates changed.</summary>
    public const string Changed = "changed";

    /// <summary>The change of a relation that a source reports ended, or that no source states any more.</summary>
    public const string Ended = "ended";

    /// <summary>Whether the relation touches <paramref name="actor"/>.</summary>
    public bool Touches(ActorId actor) => Source == actor || Target == actor;

    /// <summary>Writes changes as a JSON array, as stores keep them.</summary>
    public static string Serialize(IEnumerable<RelationChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var c in changes)
            {
                json.WriteStartObject();
                json.WriteString("change", c.Change);
                json.WriteString("from", c.Source.Value);
                json.WriteString("fromName", c.SourceName);
                json.WriteString("type", Vocabulary.Name(c.Kind));
                json.WriteString("to", c.Target.Value);
                json.WriteString("toName", c.TargetName);
                json.WriteStartArray("sources");
                foreach (var s in c.Sources)
                {
                    json.WriteStringValue(s);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads what <see cref="Serialize"/> wrote; empty for null or empty text.</summary>
    /// <exception cref="JsonException">The text is not such an array.</exception>
    public static IReadOnlyList<RelationChange> Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        using var document = JsonDocument.Parse(text);
        var changes = new List<RelationChange>();
        foreach (var e in document.RootElement.EnumerateArray())
        {
            string Get(string name) => e.GetProperty(name).GetString() ?? throw new JsonException($"'{name}' is null");
            if (!Vocabulary.TryParseRelation(Get("type"), out var kind) || !ActorId.TryParse(Get("from"), out var from) || !ActorId.TryParse(Get("to"), out var to))
            {
                throw new JsonException($"not a relation change: {e.GetRawText()}");
            }

            changes.Add(new RelationChange(Get("change"), from, Get("fromName"), kind, to, Get("toName"),
                [.. e.GetProperty("sources").EnumerateArray().Select(s => s.GetString() ?? string.Empty)]));
        }

        return changes;
    }
}
