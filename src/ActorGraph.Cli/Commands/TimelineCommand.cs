using System.CommandLine;
using ActorGraph.Core.Model;
using ActorGraph.Query;
using static ActorGraph.Cli.CliFormat;

namespace ActorGraph.Cli.Commands;

/// <summary>The <c>timeline</c> command: an actor's facts in date order.</summary>
internal static class TimelineCommand
{
    public static Command Create(CommandRunner cli)
    {
        var name = new Argument<string>("NAME") { Description = "An id, name or alias (case and accents do not matter)." };
        var command = new Command("timeline", "An actor's roles and relations in date order, each with its sources; undated facts last, marked undated.") { name, cli.Options.Json };
        command.SetAction((parse, ct) => cli.WithStore(parse, initialize: false, async (store, _) =>
        {
            var snapshot = await store.ReadSnapshotAsync(null, ct);
            var actor = snapshot.Resolve(parse.GetValue(name)!);
            string NameOf(ActorId id) => snapshot.Find(id)?.Name ?? id.Value;
            var entries = Timeline.For(snapshot, actor).Select(e => new TimelineEntryJson(
                Date(e.Date), e.Undated, e.Change, e.Role is null ? "relation" : "role", e.Text,
                e.Role is { } role ? new TimelineRoleJson(role.Title, role.Of is { } of ? NameOf(of) : null) : null,
                e.Relation is { } relation ? new RelationKeyJson(NameOf(relation.Source), Vocabulary.Name(relation.Kind), NameOf(relation.Target)) : null,
                e.Sources)).ToList();
            if (parse.GetValue(cli.Options.Json))
            {
                cli.WriteJson(new TimelineJson(actor.Name, actor.Id.Value, entries), TrustJson.Default.TimelineJson);
                return 0;
            }

            await cli.Out.WriteLineAsync($"{actor.Name} ({Vocabulary.Name(actor.Kind)}, id {actor.Id})");
            var table = new TextTable("DATE", "CHANGE", "FACT", "SOURCES");
            foreach (var e in entries)
            {
                table.Add(e.Date ?? "undated", e.Change, e.Text, string.Join(", ", e.Sources));
            }

            table.WriteTo(cli.Terminal);
            return 0;
        }, ct));
        return command;
    }
}
