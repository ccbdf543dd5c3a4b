using System.ComponentModel.DataAnnotations;

namespace ActorGraph.Storage.Embedded;

/// <summary>Settings of the embedded (SQLite) store.</summary>
public sealed class EmbeddedStoreOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "ActorGraph:Embedded";

    /// <summary>The database file; created when missing.</summary>
    [Required]
    public string Path { get; set; } = "actorgraph.db";

    /// <summary>How long a writer waits for another writer's lock before giving up.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Whether analyses read the graph from a compact image kept beside the database (<c>PATH.analysis</c>), rebuilt
    /// by the first read after the sources change, instead of merging every source's assertions on each read.
    /// </summary>
    public bool AnalysisImage { get; set; } = true;
}
