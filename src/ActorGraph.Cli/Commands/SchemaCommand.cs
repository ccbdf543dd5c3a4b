using System.CommandLine;
using ActorGraph.Hosting;

namespace ActorGraph.Cli.Commands;

/// <summary>The <c>schema apply</c> command.</summary>
internal static class SchemaCommand
{
    public static Command Create(CommandRunner cli)
    {
        var apply = new Command("apply", "Create or check the store's schema (Neo4j: the constraints and indexes of cypher/schema.cypher). Idempotent.") { cli.Options.Json };
        apply.SetAction((parse, ct) => cli.WithStore(parse, initialize: true, async (_, _) =>
        {
            var display = StoreLocation.TryParse(parse.GetValue(cli.Options.Store)!, out var location, out _) ? location!.Display : parse.GetValue(cli.Options.Store)!;
            if (parse.GetValue(cli.Options.Json))
            {
                cli.WriteJson(new SchemaJson(display, true), CliJson.Default.SchemaJson);
            }
            else
            {
                await cli.Out.WriteLineAsync($"schema applied to {display}");
            }

            return 0;
        }, ct));
        return new Command("schema", "Manage the store's schema.") { apply };
    }
}
