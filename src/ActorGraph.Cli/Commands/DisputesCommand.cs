using System.CommandLine;
using ActorGraph.Extraction;
using ActorGraph.Query;

namespace ActorGraph.Cli.Commands;

/// <summary>The <c>disputes</c> command: where sources contradict each other.</summary>
internal static class DisputesCommand
{
    public static Command Create(CommandRunner cli)
    {
        var command = new Command("disputes", "Where sources contradict each other: a relation one ends and another asserts, a single-holder office held by two people at once, an ending before a start; each side with its source and evidence.") { cli.Options.Json };
        command.SetAction((parse, ct) => cli.WithStore(parse, initialize: false, async (store, _) =>
        {
            var snapshot = await store.ReadSnapshotAsync(null, ct);
            var lexicon = Lexicon.Load(parse.GetValue(cli.Options.Lexicons));
            var urls = snapshot.Sources.ToDictionary(s => s.Info.Id, s => s.Info.Url, StringComparer.Ordinal);
            var disputes = Disputes.Find(snapshot, lexicon.IsSingleHolder);
            var result = new DisputesJson([.. disputes.Select(d => new DisputeJson(d.Kind, d.Actors,
                [.. d.Claims.Select(c => new DisputeClaimJson(c.Source, c.Says, c.Evidence, urls.GetValueOrDefault(c.Source)?.AbsoluteUri))]))]);
            if (parse.GetValue(cli.Options.Json))
            {
                cli.WriteJson(result, TrustJson.Default.DisputesJson);
                return 0;
            }

            await cli.Out.WriteLineAsync($"Disputes: {result.Disputes.Count}");
            foreach (var dispute in result.Disputes)
            {
                await cli.Out.WriteLineAsync();
                await cli.Out.WriteLineAsync($"{dispute.Kind}: {string.Join(", ", dispute.Actors)}");
                foreach (var claim in dispute.Claims)
                {
                    await cli.Out.WriteLineAsync($"  [{claim.Source}] {claim.Says}");
                    if (claim.Evidence is { } evidence)
                    {
                        await cli.Out.WriteLineAsync($"      \"{evidence}\"");
                    }
                }
            }

            return 0;
        }, ct));
        return command;
    }
}
