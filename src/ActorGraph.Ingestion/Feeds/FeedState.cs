using System.Text.Json;
using System.Text.Json.Serialization;

namespace ActorGraph.Ingestion.Feeds;

/// <summary>What was last seen of one feed: its HTTP validators and the links of its items.</summary>
public sealed class FeedMemory
{
    /// <summary>The ETag of the last full answer.</summary>
    public string? ETag { get; set; }

    /// <summary>The Last-Modified of the last full answer, as sent.</summary>
    public string? LastModified { get; set; }

    /// <summary>The item links in the last full answer.</summary>
    public List<string> Items { get; set; } = [];
}

/// <summary>The memory of every feed, optionally kept in a JSON file that is replaced atomically.</summary>
public sealed class FeedState
{
    private readonly string? _file;

    private FeedState(string? file, Dictionary<string, FeedMemory> feeds)
    {
        _file = file;
        Feeds = feeds;
    }

    /// <summary>The memory per feed URL.</summary>
    public Dictionary<string, FeedMemory> Feeds { get; }

    /// <summary>Loads the state from <paramref name="file"/> (empty when it does not exist or is unreadable), or an in-memory state.</summary>
    public static FeedState Load(string? file)
    {
        if (file is not null && File.Exists(file))
        {
            try
            {
                var feeds = JsonSerializer.Deserialize(File.ReadAllText(file), FeedStateJson.Default.DictionaryStringFeedMemory);
                return new FeedState(file, feeds ?? new(StringComparer.Ordinal));
            }
            catch (JsonException)
            {
                // A damaged state file only costs one unconditional request per feed.
            }
        }

        return new FeedState(file, new(StringComparer.Ordinal));
    }

    /// <summary>Writes the state to its file, if it has one.</summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        if (_file is null)
        {
            return;
        }

        var temporary = _file + ".tmp";
        await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(Feeds, FeedStateJson.Default.DictionaryStringFeedMemory), cancellationToken).ConfigureAwait(false);
        File.Move(temporary, _file, overwrite: true);
    }
}

[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(Dictionary<string, FeedMemory>))]
internal sealed partial class FeedStateJson : JsonSerializerContext;
