using System.CommandLine;
using ActorGraph.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ActorGraph.Cli.Commands;

/// <summary>The <c>worker</c> command: scheduled re-ingestion.</summary>
internal static class WorkerCommand
{
    public static Command Create(CommandRunner cli)
    {
        var schedule = new Option<string>("--schedule") { Description = "A cron expression (five fields, or six with seconds first), e.g. '0 * * * *' for hourly.", HelpName = "CRON" };
        var sources = new Option<string[]>("--source") { Description = "A dataset or article file, a folder, or an RSS/Atom feed URL to ingest every cycle; repeatable.", HelpName = "PATH_OR_URL", AllowMultipleArgumentsPerToken = true };
        var feedState = new Option<string>("--feed-state") { Description = "Keep each feed's ETag, Last-Modified and items in this file across restarts.", HelpName = "PATH" };
        var retractRemoved = new Option<bool>("--retract-removed-items") { Description = "Retract the source of a feed item that left its feed (default: keep it)." };
        var exclude = new Option<string[]>("--exclude") { Description = "File name patterns to leave out (* and ?); repeatable.", HelpName = "PATTERN", AllowMultipleArgumentsPerToken = true };
        var timeZone = new Option<string>("--time-zone") { Description = "The time zone the schedule is read in (default UTC).", HelpName = "ZONE" };
        var once = new Option<bool>("--once") { Description = "Run one cycle and exit with the ingest exit code (0, 1 or 3)." };
        var keepVanished = new Option<bool>("--keep-vanished") { Description = "Keep the sources of files that vanished instead of retracting them." };
        var healthFile = new Option<string>("--health-file") { Description = "Rewrite this JSON file after every cycle (last success, last error) for health checks.", HelpName = "PATH" };
        var limit = LimitOption.Create();
        var alerts = new WorkerAlertOptions();
        var command = new Command("worker", "Keep the store current: ingest the sources on start and on a cron schedule, retract what vanished. Settings also come from appsettings.json and ActorGraph__Worker__* variables.")
        {
            schedule, sources, exclude, timeZone, once, keepVanished, healthFile, feedState, retractRemoved, limit,
        };
        alerts.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var overrides = new Dictionary<string, string?>();
            void Set(string key, string? value)
            {
                if (value is not null)
                {
                    overrides[$"{WorkerOptions.Section}:{key}"] = value;
                }
            }

            Set("Schedule", parse.GetValue(schedule));
            Set("TimeZone", parse.GetValue(timeZone));
            Set("HealthFile", parse.GetValue(healthFile));
            Set("Once", parse.GetValue(once) ? "true" : null);
            Set("RetractVanished", parse.GetValue(keepVanished) ? "false" : null);
            Set("Feeds:StateFile", parse.GetValue(feedState));
            Set("Feeds:RetractRemovedItems", parse.GetValue(retractRemoved) ? "true" : null);
            Set("Lexicons", parse.GetValue(cli.Options.Lexicons));
            foreach (var (key, value) in alerts.Settings(parse))
            {
                Set(key, value);
            }

            foreach (var (name, value) in LimitOption.Parse(parse.GetValue(limit)))
            {
                Set($"Limits:{name}", value);
            }

            if (parse.GetResult(cli.Options.Store) is { Implicit: false })
            {
                Set("Store", parse.GetValue(cli.Options.Store));
            }

            var paths = parse.GetValue(sources) ?? [];
            for (var i = 0; i < paths.Length; i++)
            {
                Set($"Sources:{i}", paths[i]);
            }

            var patterns = parse.GetValue(exclude) ?? [];
            for (var i = 0; i < patterns.Length; i++)
            {
                Set($"Exclude:{i}", patterns[i]);
            }

            using var host = WorkerHost.Build(overrides);
            IngestWorker worker;
            try
            {
                // Resolving the worker validates its options, so bad settings are reported before anything starts.
                worker = host.Services.GetRequiredService<IngestWorker>();
            }
            catch (OptionsValidationException e)
            {
                foreach (var failure in e.Failures)
                {
                    await cli.Error.WriteLineAsync($"actorgraph worker: {failure}");
                }

                return ExitCodes.Usage;
            }

            // --once reports its cycle; a scheduled worker that was asked to stop has stopped as asked.
            var runOnce = host.Services.GetRequiredService<IOptions<WorkerOptions>>().Value.Once;
            await host.RunAsync(ct);
            return runOnce ? ExitCodes.Of(worker.Status) : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The worker's options for alerts on watched actors.</summary>
    private sealed class WorkerAlertOptions
    {
        public Option<string[]> Watch { get; } = new("--watch") { Description = "Alert on relations added, changed or ended that touch this actor (id, name or alias); repeatable.", HelpName = "NAME", AllowMultipleArgumentsPerToken = false };

        public Option<string> WatchFile { get; } = new("--watch-file") { Description = "A file of actors to watch, one a line (read every cycle).", HelpName = "FILE" };

        public Option<string> Alerts { get; } = new("--alerts") { Description = "Append each alert to this file as one JSON line.", HelpName = "FILE" };

        public Option<string> AlertUrl { get; } = new("--alert-url") { Description = "POST each alert to this URL (retried, and kept for the next cycle until delivered).", HelpName = "URL" };

        public void AddTo(Command command)
        {
            command.Options.Add(Watch);
            command.Options.Add(WatchFile);
            command.Options.Add(Alerts);
            command.Options.Add(AlertUrl);
        }

        public IEnumerable<(string Key, string? Value)> Settings(ParseResult parse)
        {
            var names = parse.GetValue(Watch) ?? [];
            for (var i = 0; i < names.Length; i++)
            {
                yield return ($"Alerts:Watch:{i}", names[i]);
            }

            yield return ("Alerts:WatchFile", parse.GetValue(WatchFile));
            yield return ("Alerts:File", parse.GetValue(Alerts));
            yield return ("Alerts:Url", parse.GetValue(AlertUrl));
        }
    }
}
