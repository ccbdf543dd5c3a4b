using System.CommandLine;
using System.Diagnostics;
using ActorGraph.Core.Model;
using ActorGraph.Hosting;

namespace ActorGraph.Cli;

/// <summary>The options several commands share: the global ones, <c>--json</c>, the filters and <c>--engine</c>.</summary>
internal sealed class CliOptions
{
    public Option<string> Store { get; } = new("--store")
    {
        Description = $"Where the graph lives: sqlite:PATH or neo4j:http://HOST:7474[?database=NAME] (credentials from ${StoreLocation.UserVariable} and ${StoreLocation.PasswordVariable}). Default: ${StoreLocation.EnvironmentVariable}, else {StoreLocation.Default}.",
        Recursive = true,
        HelpName = "STORE",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(StoreLocation.EnvironmentVariable) is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : StoreLocation.Default,
    };

    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Log progress to standard error.",
        Recursive = true,
    };

    public Option<bool> Json { get; } = new("--json") { Description = "Write JSON for scripts instead of tables." };

    public Option<string[]> Types { get; } = new("--type")
    {
        Description = "Follow only these relation types (LEADS, FACILITATES, ADVISES, SANCTIONS); repeatable.",
        AllowMultipleArgumentsPerToken = true,
        HelpName = "TYPE",
    };

    public Option<DateOnly?> AsOf { get; } = new("--as-of")
    {
        Description = "Use only relations and roles that hold on this day (YYYY-MM-DD).",
        HelpName = "DATE",
        CustomParser = CliFormat.ParseDate,
    };

    public Option<string> Engine { get; } = EngineOption();

    public Option<double> MinConfidence { get; } = new("--min-confidence")
    {
        Description = "Use only relations whose combined confidence is at least this (0 to 1).",
        HelpName = "X",
    };

    public Option<string?> Lexicons { get; } = new("--lexicons")
    {
        Description = "A folder of lexicon files (countries.tsv, organizations.tsv, titles.tsv, given-names.tsv, person-names.tsv, words.tsv) that add to the built-in ones when reading articles. Default: $ACTORGRAPH_LEXICONS.",
        Recursive = true,
        HelpName = "DIR",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("ACTORGRAPH_LEXICONS") is { Length: > 0 } folder ? folder : null,
    };

    /// <summary>Adds <c>--type</c>, <c>--as-of</c>, <c>--min-confidence</c> and (for analyses) <c>--engine</c>.</summary>
    public void AddFilters(Command command, bool withEngine = true)
    {
        command.Options.Add(Types);
        command.Options.Add(AsOf);
        command.Options.Add(MinConfidence);
        if (withEngine)
        {
            command.Options.Add(Engine);
        }

        command.Validators.Add(r =>
        {
            foreach (var type in r.GetValue(Types) ?? [])
            {
                if (!Vocabulary.TryParseRelation(type, out _))
                {
                    r.AddError($"--type: unknown relation type '{type}'; expected one of {string.Join(", ", Vocabulary.RelationKinds.Select(Vocabulary.Name))}");
                }
            }

            if (r.GetValue(MinConfidence) is < 0 or > 1 or double.NaN)
            {
                r.AddError("--min-confidence must be between 0 and 1");
            }
        });
    }

    /// <summary>The part of the graph the filters ask for.</summary>
    public SnapshotFilter Filter(ParseResult parse)
    {
        var types = parse.GetValue(Types);
        return new SnapshotFilter
        {
            Kinds = types is { Length: > 0 } ? types.Select(t => Vocabulary.TryParseRelation(t, out var kind) ? kind : throw new UnreachableException()).ToHashSet() : null,
            AsOf = parse.GetValue(AsOf),
            MinConfidence = parse.GetValue(MinConfidence),
        };
    }

    private static Option<string> EngineOption()
    {
        var engine = new Option<string>("--engine")
        {
            Description = "Where to compute: local (in this process, the default) or gds (inside Neo4j with Graph Data Science; needs --store neo4j:...).",
            HelpName = "ENGINE",
            DefaultValueFactory = _ => "local",
        };
        engine.AcceptOnlyFromAmong("local", "gds");
        return engine;
    }
}
