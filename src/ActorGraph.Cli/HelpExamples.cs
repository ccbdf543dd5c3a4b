using System.CommandLine;

namespace ActorGraph.Cli;

/// <summary>The examples <c>--help</c> shows under every command.</summary>
internal static class HelpExamples
{
    private static readonly Dictionary<string, string[]> Examples = new(StringComparer.Ordinal)
    {
        ["actorgraph"] = ["actorgraph ingest samples", "actorgraph paths \"Yuri Ushakov\" Russia", "actorgraph report -o report.html"],
        ["ingest"] = ["actorgraph ingest samples", "actorgraph --store sqlite:talks.db ingest reports/ datasets/riyadh.yaml --json"],
        ["extract"] = ["actorgraph extract report.txt", "actorgraph extract page.html --json --explain"],
        ["eval"] = ["actorgraph eval tests/corpus", "actorgraph eval tests/corpus --json --explain"],
        ["stats"] = ["actorgraph stats", "actorgraph --store neo4j:http://localhost:7474 stats --json"],
        ["sources"] = ["actorgraph sources", "actorgraph sources --json"],
        ["retract"] = ["actorgraph retract samples/articles/riyadh-talks-2025-02-18.txt"],
        ["actor"] = ["actorgraph actor Lavrov", "actorgraph actor \"the Kremlin\" --json"],
        ["paths"] = ["actorgraph paths \"Donald Trump\" Rosneft --k 3", "actorgraph paths Putin Zelensky --ignore-direction --type LEADS --type ADVISES"],
        ["clusters"] = ["actorgraph clusters", "actorgraph clusters --algorithm louvain --seed 7 --json"],
        ["rank"] = ["actorgraph rank --top 10", "actorgraph rank --by betweenness --sample 500 --json"],
        ["reach"] = ["actorgraph reach \"Donald Trump\" --min-strength 0.3"],
        ["neighbors"] = ["actorgraph neighbors Rubio --depth 2", "actorgraph neighbors Russia --json"],
        ["changes"] = ["actorgraph changes --from 2025-01-01 --to 2025-06-30", "actorgraph changes --since-run 12 --json"],
        ["disputes"] = ["actorgraph disputes", "actorgraph disputes --json"],
        ["timeline"] = ["actorgraph timeline \"Yuri Ushakov\"", "actorgraph timeline Lavrov --json"],
        ["schema"] = ["actorgraph --store neo4j:http://localhost:7474 schema apply"],
        ["apply"] = ["actorgraph --store neo4j:http://localhost:7474 schema apply --json"],
        ["worker"] = ["actorgraph worker --source samples --schedule \"0 * * * *\"", "actorgraph worker --source reports/ --source https://example.org/rss.xml --once",
            "actorgraph worker --source reports/ --watch Lavrov --alerts alerts.jsonl --alert-url https://hooks.example.org/actorgraph"],
        ["runs"] = ["actorgraph runs", "actorgraph runs --limit 5 --json"],
        ["export"] = ["actorgraph export --format graphml -o graph.graphml", "actorgraph export --format csv -o import/ --min-confidence 0.6"],
        ["report"] = ["actorgraph report -o report.html", "actorgraph report -o sanctions.html --type SANCTIONS --title \"Who sanctions whom\""],
    };

    /// <summary>Adds the examples to the descriptions of <paramref name="command"/> and its subcommands.</summary>
    public static void AddTo(Command command)
    {
        if (Examples.TryGetValue(command.Name, out var lines))
        {
            command.Description += "\n\nExamples:\n" + string.Join('\n', lines.Select(l => "  " + l));
        }

        foreach (var child in command.Subcommands)
        {
            AddTo(child);
        }
    }

    /// <summary>The command names that have examples, for tests.</summary>
    public static IReadOnlyCollection<string> Names => Examples.Keys;
}
