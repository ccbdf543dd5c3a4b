using System.CommandLine;
using System.Globalization;
using ActorGraph.Ingestion;

namespace ActorGraph.Cli;

/// <summary>
/// <c>ingest --max-file-size SIZE</c>: the largest YAML or JSON dataset file read (<see cref="IngestLimits.MaxDatasetFileBytes"/>),
/// in bytes or with a <c>K</c>, <c>M</c> or <c>G</c> suffix (powers of 1024), e.g. <c>200M</c>.
/// </summary>
internal static class MaxFileSizeOption
{
    public static Option<string> Create()
    {
        var option = new Option<string>("--max-file-size")
        {
            Description = "The largest YAML or JSON dataset file read whole, in bytes or with K, M or G (e.g. 200M); default 64M. JSON Lines files have no size cap.",
            HelpName = "SIZE",
        };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string>() is { } text && Parse(text) is null)
            {
                r.AddError($"--max-file-size '{text}': expected a positive number of bytes, optionally with K, M or G (e.g. 200M)");
            }
        });
        return option;
    }

    /// <summary><paramref name="limits"/> with the size <paramref name="text"/> gives, when given.</summary>
    public static IngestLimits Apply(IngestLimits limits, string? text)
    {
        if (text is not null && Parse(text) is { } bytes)
        {
            limits.MaxDatasetFileBytes = bytes;
        }

        return limits;
    }

    /// <summary>The size in bytes, or null when <paramref name="text"/> is not a positive size.</summary>
    public static long? Parse(string text)
    {
        var trimmed = text.Trim();
        var scale = 1L;
        if (trimmed.Length > 0 && "KMG".IndexOf(char.ToUpperInvariant(trimmed[^1]), StringComparison.Ordinal) is var unit and >= 0)
        {
            scale = 1L << (10 * (unit + 1));
            trimmed = trimmed[..^1];
        }

        return long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 && value <= long.MaxValue / scale
            ? value * scale
            : null;
    }
}
