using System.Text.Json;
using System.Text.Json.Serialization;

namespace ActorGraph.Worker;

/// <summary>An alert not yet delivered to the alert URL.</summary>
/// <param name="Line">The JSON line to POST.</param>
/// <param name="Attempts">How many tries have failed so far.</param>
/// <param name="LastError">Why the last try failed.</param>
internal sealed record PendingAlert(string Line, int Attempts = 0, string? LastError = null);

/// <summary>
/// What the alerts keep across restarts, in one JSON file replaced atomically: the last run alerted on, and the alerts
/// the URL has not yet accepted, oldest first.
/// </summary>
internal sealed class AlertOutbox
{
    /// <summary>The last run whose alerts were written; null before the first.</summary>
    public long? LastRun { get; set; }

    /// <summary>Alerts waiting for delivery, oldest first.</summary>
    public List<PendingAlert> Pending { get; set; } = [];

    public static AlertOutbox Load(string path)
    {
        if (!File.Exists(path))
        {
            return new AlertOutbox();
        }

        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(path), AlertJson.Default.AlertOutbox) ?? new AlertOutbox();
        }
        catch (JsonException e)
        {
            throw new IOException($"{path}: the alert outbox is not valid JSON ({e.Message}); move it away to start afresh", e);
        }
    }

    public void Save(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(this, AlertJson.Default.AlertOutbox));
        File.Move(temporary, path, overwrite: true);
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(AlertOutbox))]
internal sealed partial class AlertJson : JsonSerializerContext;
