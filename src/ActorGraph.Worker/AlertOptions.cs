namespace ActorGraph.Worker;

/// <summary>
/// Alerts on watched actors (section <c>ActorGraph:Worker:Alerts</c>): after each cycle, every relation the cycle
/// added, changed or ended that touches a watched actor is appended to <see cref="File"/> as one JSON line and POSTed
/// to <see cref="Url"/>.
/// </summary>
public sealed class AlertOptions
{
    /// <summary>The actors to watch, by id, name or alias (<c>--watch</c>, repeatable).</summary>
    public IList<string> Watch { get; } = [];

    /// <summary>A file naming more actors to watch, one a line (blank lines and lines starting with <c>#</c> are skipped); read every cycle.</summary>
    public string? WatchFile { get; set; }

    /// <summary>The JSON-lines file alerts are appended to (<c>--alerts</c>).</summary>
    public string? File { get; set; }

    /// <summary>Where each alert is POSTed (<c>--alert-url</c>), as <c>application/json</c>.</summary>
    public Uri? Url { get; set; }

    /// <summary>
    /// The file that keeps alerts not yet delivered and the last run alerted on, so nothing is lost or repeated
    /// across restarts. Default: <see cref="File"/> + <c>.outbox.json</c>, else <c>actorgraph-alerts.outbox.json</c>.
    /// </summary>
    public string? Outbox { get; set; }

    /// <summary>How long one POST may take. Default: 10 s.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many times one alert is tried per cycle before it waits for the next cycle. Default: 3.</summary>
    public int Tries { get; set; } = 3;

    /// <summary>The wait after the first failed try, doubled after each further one. Default: 1 s.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Whether alerts are wanted at all: something watched, and somewhere to send it.</summary>
    public bool Enabled => (Watch.Count > 0 || WatchFile is not null) && (File is not null || Url is not null);

    /// <summary>The outbox file in use.</summary>
    public string OutboxPath => Outbox ?? (File is not null ? File + ".outbox.json" : "actorgraph-alerts.outbox.json");

    /// <summary>Every problem with these options, each naming its setting under <paramref name="prefix"/>.</summary>
    public IReadOnlyList<string> Validate(string prefix)
    {
        var problems = new List<string>();
        if ((Watch.Count > 0 || WatchFile is not null) && File is null && Url is null)
        {
            problems.Add($"{prefix}File and {prefix}Url are both empty: watched actors need --alerts FILE or --alert-url URL");
        }

        if ((File is not null || Url is not null) && Watch.Count == 0 && WatchFile is null)
        {
            problems.Add($"{prefix}Watch is empty: alerts need an actor to watch (--watch NAME or --watch-file FILE)");
        }

        if (WatchFile is not null && !System.IO.File.Exists(WatchFile))
        {
            problems.Add($"{prefix}WatchFile: '{WatchFile}' does not exist");
        }

        if (Url is not null && (!Url.IsAbsoluteUri || Url.Scheme is not ("http" or "https")))
        {
            problems.Add($"{prefix}Url: '{Url}' is not an http or https URL");
        }

        if (Timeout <= TimeSpan.Zero)
        {
            problems.Add($"{prefix}Timeout must be positive");
        }

        if (Tries < 1)
        {
            problems.Add($"{prefix}Tries must be at least 1");
        }

        if (RetryDelay < TimeSpan.Zero)
        {
            problems.Add($"{prefix}RetryDelay must not be negative");
        }

        return problems;
    }

    /// <summary>The watched names: <see cref="Watch"/> and the lines of <see cref="WatchFile"/>.</summary>
    public IReadOnlyList<string> WatchedNames()
    {
        var names = new List<string>(Watch.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w.Trim()));
        if (WatchFile is not null && System.IO.File.Exists(WatchFile))
        {
            names.AddRange(System.IO.File.ReadAllLines(WatchFile).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')));
        }

        return names;
    }
}
