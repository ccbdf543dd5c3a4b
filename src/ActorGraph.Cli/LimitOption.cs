using System.CommandLine;
using System.Globalization;
using System.Reflection;
using ActorGraph.Ingestion;

namespace ActorGraph.Cli;

/// <summary>
/// <c>--limit NAME=VALUE</c>: sets one of the <see cref="IngestLimits"/> by its setting name (<c>MaxItems=1000000</c>;
/// times in seconds, <c>ExtractionTimeout=30</c>), for <c>ingest</c> directly and for the worker as a setting under
/// <c>ActorGraph:Worker:Limits</c>.
/// </summary>
internal static class LimitOption
{
    public static Option<string[]> Create() => new("--limit")
    {
        Description = "Change a resource limit for reading sources, e.g. MaxItems=1000000 or ExtractionTimeout=30 (seconds); repeatable. docs/limits.md lists them.",
        HelpName = "NAME=VALUE",
    };

    /// <summary>The settings <paramref name="texts"/> give, by property name, as configuration values.</summary>
    /// <exception cref="UsageException">A text names no limit or gives no positive value.</exception>
    public static Dictionary<string, string> Parse(IEnumerable<string>? texts)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var text in texts ?? [])
        {
            var at = text.IndexOf('=', StringComparison.Ordinal);
            var property = at > 0 ? Find(text[..at].Trim()) : null;
            if (property is null)
            {
                var names = string.Join(", ", typeof(IngestLimits).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name));
                throw new UsageException($"--limit '{text}': expected NAME=VALUE with NAME one of {names}");
            }

            var value = text[(at + 1)..].Trim();
            if (property.PropertyType == typeof(TimeSpan)
                && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and <= 86_400)
            {
                settings[property.Name] = TimeSpan.FromSeconds(seconds).ToString("c", CultureInfo.InvariantCulture);
            }
            else if (property.PropertyType == typeof(int) && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number > 0)
            {
                settings[property.Name] = number.ToString(CultureInfo.InvariantCulture);
            }
            else if (property.PropertyType == typeof(long) && long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var large) && large > 0)
            {
                settings[property.Name] = large.ToString(CultureInfo.InvariantCulture);
            }
            else
            {
                throw new UsageException($"--limit {property.Name}: '{value}' is not a positive {(property.PropertyType == typeof(TimeSpan) ? "number of seconds" : "whole number")}");
            }
        }

        return settings;
    }

    /// <summary>The default limits with <paramref name="settings"/> (from <see cref="Parse"/>) applied.</summary>
    public static IngestLimits Apply(Dictionary<string, string> settings)
    {
        var limits = new IngestLimits();
        foreach (var (name, value) in settings)
        {
            var property = Find(name)!;
            object parsed = property.PropertyType == typeof(TimeSpan) ? TimeSpan.Parse(value, CultureInfo.InvariantCulture)
                : property.PropertyType == typeof(long) ? (object)long.Parse(value, CultureInfo.InvariantCulture)
                : int.Parse(value, CultureInfo.InvariantCulture);
            property.SetValue(limits, parsed);
        }

        return limits;
    }

    private static PropertyInfo? Find(string name) =>
        typeof(IngestLimits).GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase) is { CanWrite: true } property ? property : null;
}
