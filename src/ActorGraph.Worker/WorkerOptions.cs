using System.ComponentModel.DataAnnotations;
using ActorGraph.Hosting;
using ActorGraph.Ingestion;
using ActorGraph.Ingestion.Feeds;
using Cronos;

namespace ActorGraph.Worker;

/// <summary>
/// How the worker runs, from the configuration section <c>ActorGraph:Worker</c>: <c>appsettings.json</c>,
/// environment variables (<c>ActorGraph__Worker__Schedule</c>, <c>ActorGraph__Worker__Sources__0</c>, …) and the
/// command line, later sources overriding earlier ones.
/// </summary>
public sealed class WorkerOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string Section = "ActorGraph:Worker";

    /// <summary>A cron expression: five fields, or six with seconds first. Default: at the top of every hour.</summary>
    public string Schedule { get; set; } = "0 * * * *";

    /// <summary>The time zone the schedule is read in (IANA or Windows id). Default: UTC.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>
    /// Dataset and article files, folders (searched recursively) and RSS or Atom feed URLs (<c>http</c>, <c>https</c>)
    /// to ingest every cycle.
    /// </summary>
    public IList<string> Sources { get; } = [];

    /// <summary>File name patterns to leave out, e.g. <c>*.draft.yaml</c> (<c>*</c> and <c>?</c>).</summary>
    public IList<string> Exclude { get; } = [];

    /// <summary>Retract sources whose file vanished from a watched folder. Default: true.</summary>
    public bool RetractVanished { get; set; } = true;

    /// <summary>Run a cycle as soon as the worker starts, before the first scheduled time. Default: true.</summary>
    public bool RunOnStart { get; set; } = true;

    /// <summary>Run one cycle and stop; the exit code is the ingest exit code.</summary>
    public bool Once { get; set; }

    /// <summary>The store, as <c>--store</c> takes it. Default: <c>$ACTORGRAPH_STORE</c>, else the embedded store.</summary>
    public string? Store { get; set; }

    /// <summary>The longest wait between tries while the store is unreachable. Default: 60 s.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>A file the worker rewrites after every cycle with its health, for container health checks; null: none.</summary>
    public string? HealthFile { get; set; }

    /// <summary>How feeds are fetched (section <c>ActorGraph:Worker:Feeds</c>).</summary>
    public FeedOptions Feeds { get; } = new();

    /// <summary>The resource limits every source is read under (section <c>ActorGraph:Worker:Limits</c>; see <c>docs/limits.md</c>).</summary>
    public IngestLimits Limits { get; } = new();

    /// <summary>Alerts on watched actors (section <c>ActorGraph:Worker:Alerts</c>).</summary>
    public AlertOptions Alerts { get; } = new();

    /// <summary>A folder of lexicon files that add to the built-in ones when reading articles; null: the built-in ones.</summary>
    public string? Lexicons { get; set; }

    /// <summary>
    /// The folder that path-derived source ids are relative to; null: each file's path as the sources name it
    /// (see <see cref="DatasetIngestor.DefaultSourceId(string, string?)"/>).
    /// </summary>
    public string? SourceRoot { get; set; }

    /// <summary>The parsed schedule.</summary>
    public CronExpression ParseSchedule() =>
        CronExpression.Parse(Schedule.Trim(), Schedule.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);

    /// <summary>The time zone of the schedule.</summary>
    public TimeZoneInfo ParseTimeZone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    /// <summary>Every problem with these options, one result each (what <see cref="WorkerOptionsValidator"/> reports at start).</summary>
    IEnumerable<ValidationResult> IValidatableObject.Validate(ValidationContext validationContext) =>
        Validate().Select(problem => new ValidationResult(problem));

    /// <summary>Every problem with these options, each naming its setting; empty when they can run.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        try
        {
            ParseSchedule();
        }
        catch (CronFormatException e)
        {
            problems.Add($"{Section}:Schedule '{Schedule}' is not a cron expression (five fields, or six with seconds first): {e.Message}");
        }

        try
        {
            ParseTimeZone();
        }
        catch (TimeZoneNotFoundException)
        {
            problems.Add($"{Section}:TimeZone '{TimeZone}' is not a time zone this machine knows (for example UTC or Europe/Berlin)");
        }

        if (Sources.Count == 0)
        {
            problems.Add($"{Section}:Sources is empty: name at least one file, folder or feed URL (--source PATH_OR_URL)");
        }

        foreach (var source in Sources.Where(FeedIngestor.IsFeed))
        {
            if (!Uri.TryCreate(source, UriKind.Absolute, out _))
            {
                problems.Add($"{Section}:Sources: '{source}' is not a valid feed URL");
            }
        }

        if (Feeds.RequestTimeout <= TimeSpan.Zero)
        {
            problems.Add($"{Section}:Feeds:RequestTimeout must be positive");
        }

        if (Feeds.MaxResponseBytes <= 0)
        {
            problems.Add($"{Section}:Feeds:MaxResponseBytes must be positive");
        }

        if (Feeds.HostDelay < TimeSpan.Zero)
        {
            problems.Add($"{Section}:Feeds:HostDelay must not be negative");
        }

        problems.AddRange(Limits.Validate($"{Section}:Limits:"));
        problems.AddRange(Alerts.Validate($"{Section}:Alerts:"));
        if (Lexicons is not null && !Directory.Exists(Lexicons))
        {
            problems.Add($"{Section}:Lexicons: '{Lexicons}' is not a folder");
        }

        if (Store is not null && !StoreLocation.TryParse(Store, out _, out var storeError))
        {
            problems.Add($"{Section}:Store: {storeError}");
        }

        if (MaxRetryDelay <= TimeSpan.Zero)
        {
            problems.Add($"{Section}:MaxRetryDelay must be positive");
        }

        return problems;
    }
}
