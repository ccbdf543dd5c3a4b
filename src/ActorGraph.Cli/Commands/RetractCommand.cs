using System.CommandLine;

namespace ActorGraph.Cli.Commands;

/// <summary>The <c>retract</c> command: take back what one source asserted.</summary>
internal static class RetractCommand
{
    public static Command Create(CommandRunner cli)
    {
        var id = new Argument<string>("SOURCE") { Description = "The id of the source to retract." };
        var command = new Command("retract", "Remove everything a source asserted; what other sources assert stays.") { id };
        command.SetAction((parse, ct) => cli.WithStore(parse, initialize: true, async (store, _) =>
        {
            var sourceId = parse.GetValue(id)!;
            if (!await store.RetractSourceAsync(sourceId, ct))
            {
                await cli.Error.WriteLineAsync($"actorgraph: the store has no source '{sourceId}'");
                return ExitCodes.Failure;
            }

            await cli.Out.WriteLineAsync($"retracted {sourceId}");
            return 0;
        }, ct));
        return command;
    }
}
