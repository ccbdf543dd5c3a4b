using ActorGraph.Extraction;

namespace ActorGraph.Ingestion;

/// <summary>
/// The resource limits every source is read under, so that no file, page or feed item can exhaust the time or memory
/// of an ingest; a source over a limit is rejected with an error naming the limit, and the others go on.
/// <c>docs/limits.md</c> lists them all with their defaults. Configuration section <c>ActorGraph:Worker:Limits</c>;
/// <c>actorgraph ingest</c> and <c>worker</c> take <c>--limit NAME=VALUE</c>.
/// </summary>
public sealed class IngestLimits
{
    /// <summary>The limits used when none are given: a new instance each time, so that no caller changes another's.</summary>
    public static IngestLimits Default => new();

    /// <summary>How deeply mappings and lists may nest in a dataset file (at most 1000). Default: 64.</summary>
    public int MaxNestingDepth { get; set; } = 64;

    /// <summary>
    /// The most actors, roles and relations, together, that one source read whole (a YAML or JSON dataset, an article,
    /// a feed item) may assert; such a dataset file may also hold at most 16 values (mappings, lists, scalars) per
    /// item. Default: 500,000. Streamed formats have <see cref="MaxStreamedItems"/> instead.
    /// </summary>
    public int MaxItems { get; set; } = 500_000;

    /// <summary>
    /// The most items (actors, roles and relations; GDELT rows; FollowTheMoney entities) of one source read a line at a
    /// time (JSON Lines, CSV folders, GDELT, FollowTheMoney). Their text is never held whole, so this guards only the
    /// memory of the assertions themselves (about 0.5 GB per million relations until written). Default: 5,000,000.
    /// </summary>
    public int MaxStreamedItems { get; set; } = 5_000_000;

    /// <summary>The longest name, alias, id, role title or relation type, in characters. Default: 500.</summary>
    public int MaxNameLength { get; set; } = 500;

    /// <summary>The most aliases one actor may have. Default: 100.</summary>
    public int MaxAliases { get; set; } = 100;

    /// <summary>The longest evidence, context, source title or URL, in characters. Default: 10,000.</summary>
    public int MaxTextLength { get; set; } = 10_000;

    /// <summary>
    /// The largest YAML or JSON dataset file, in bytes, refused before it is read: such a file is read whole. JSON Lines
    /// and CSV folders are read a line at a time and have no size cap. Default: 64 MiB. <c>ingest --max-file-size</c>.
    /// </summary>
    public long MaxDatasetFileBytes { get; set; } = Datasets.DatasetReader.MaxFileBytes;

    /// <summary>How deeply the elements of an HTML page may nest. Default: 256.</summary>
    public int MaxHtmlDepth { get; set; } = 256;

    /// <summary>The most elements an HTML page may have. Default: 250,000.</summary>
    public int MaxHtmlElements { get; set; } = 250_000;

    /// <summary>
    /// How long reading and extracting one article (a file or a feed item's page) may take. Default: 30 s, above the
    /// 20 to 25 s a 16 MiB article (the largest read) takes on one core, so that only hostile or broken input hits it.
    /// </summary>
    public TimeSpan ExtractionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The most values a dataset file may hold: 16 per item, and at least 1,024.</summary>
    internal long MaxValues => Math.Max(1024L, MaxItems * 16L);

    /// <summary>The most values a streamed dataset file may hold: 16 per item, and at least 1,024.</summary>
    internal long MaxStreamedValues => Math.Max(1024L, MaxStreamedItems * 16L);

    internal HtmlLimits Html => new(MaxHtmlDepth, MaxHtmlElements);

    /// <summary>Every problem with these limits, each naming its setting under <paramref name="prefix"/>; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate(string prefix)
    {
        var problems = new List<string>();
        void Positive(string name, long value)
        {
            if (value <= 0)
            {
                problems.Add($"{prefix}{name} must be positive");
            }
        }

        Positive(nameof(MaxNestingDepth), MaxNestingDepth);
        if (MaxNestingDepth > 1000)
        {
            problems.Add($"{prefix}{nameof(MaxNestingDepth)} may be at most 1000");
        }

        Positive(nameof(MaxItems), MaxItems);
        Positive(nameof(MaxStreamedItems), MaxStreamedItems);
        Positive(nameof(MaxNameLength), MaxNameLength);
        Positive(nameof(MaxAliases), MaxAliases);
        Positive(nameof(MaxTextLength), MaxTextLength);
        Positive(nameof(MaxDatasetFileBytes), MaxDatasetFileBytes);
        Positive(nameof(MaxHtmlDepth), MaxHtmlDepth);
        Positive(nameof(MaxHtmlElements), MaxHtmlElements);
        Positive(nameof(ExtractionTimeout), ExtractionTimeout.Ticks);
        return problems;
    }
}
