using System.CommandLine;
using ActorGraph.Ingestion;

namespace ActorGraph.Cli;

/// <summary><c>ingest --format auto|ftm|gdelt</c>: read every file given as FollowTheMoney or GDELT, whatever its name.</summary>
internal static class IngestFormatOption
{
    public static Option<string> Create()
    {
        var option = new Option<string>("--format")
        {
            Description = "How to read the files: auto (by name: datasets, JSON Lines, articles, *.ftm.json, *.export.CSV[.zip]), ftm (FollowTheMoney entities, one per line) or gdelt (GDELT 2.0 events).",
            DefaultValueFactory = _ => "auto",
            HelpName = "FORMAT",
        };
        option.AcceptOnlyFromAmong("auto", "ftm", "gdelt");
        return option;
    }

    public static IngestFormat Parse(string? value) => value switch
    {
        "ftm" => IngestFormat.Ftm,
        "gdelt" => IngestFormat.Gdelt,
        _ => IngestFormat.Auto,
    };
}
