using System.CommandLine;
using ActorGraph.Core.Model;
using static ActorGraph.Cli.CliFormat;

namespace ActorGraph.Cli.Commands;

/// <summary>The <c>actor</c> command: one actor with its roles and relations.</summary>
internal static class ActorCommand
{
    public static Command Create(CommandRunner cli)
    {
        var name = new Argument<string>("NAME") { Description = "An id, name or alias (case and accents do not matter)." };
        var command = new Command("actor", "Show an actor: kind, aliases, roles, and relations in and out with their sources.") { name, cli.Options.Json };
        command.SetAction((parse, ct) => cli.WithStore(parse, initialize: false, async (store, _) =>
        {
            var snapshot = await store.ReadSnapshotAsync(null, ct);
            var actor = snapshot.Resolve(parse.GetValue(name)!);
            var roles = snapshot.Roles.Where(r => r.Person == actor.Id).ToList();
            var outgoing = snapshot.Relations.Where(r => r.Source == actor.Id).ToList();
            var incoming = snapshot.Relations.Where(r => r.Target == actor.Id).ToList();
            string NameOf(ActorId id) => snapshot.Find(id)?.Name ?? id.Value;
            RelationJson ToJson(GraphRelation r) => RelationToJson(snapshot, r);

            if (parse.GetValue(cli.Options.Json))
            {
                cli.WriteJson(new ActorJson(
                    actor.Id.Value, actor.Name, Vocabulary.Name(actor.Kind), actor.Aliases, actor.Sources,
                    [.. roles.Select(r => new RoleJson(r.Title, r.Of is { } of ? NameOf(of) : null, Date(r.Since), Date(r.Until), r.Sources))],
                    [.. outgoing.Select(ToJson)], [.. incoming.Select(ToJson)]), CliJson.Default.ActorJson);
                return 0;
            }

            await cli.Out.WriteLineAsync($"{actor.Name} ({Vocabulary.Name(actor.Kind)}, id {actor.Id})");
            if (actor.Aliases.Count > 0)
            {
                await cli.Out.WriteLineAsync($"aliases: {string.Join(", ", actor.Aliases)}");
            }

            await cli.Out.WriteLineAsync($"sources: {string.Join(", ", actor.Sources)}");
            if (roles.Count > 0)
            {
                await cli.Out.WriteLineAsync();
                var table = new TextTable("ROLE", "OF", "SINCE", "UNTIL", "SOURCES");
                foreach (var r in roles)
                {
                    table.Add(r.Title, r.Of is { } of ? NameOf(of) : "", r.Since, r.Until, string.Join(", ", r.Sources));
                }

                table.WriteTo(cli.Terminal);
            }

            if (outgoing.Count + incoming.Count > 0)
            {
                await cli.Out.WriteLineAsync();
                var table = new TextTable("SOURCE", "TYPE", "TARGET", "STRENGTH", "SINCE", "SOURCES");
                foreach (var r in outgoing.Concat(incoming))
                {
                    table.Add(NameOf(r.Source), Vocabulary.Name(r.Kind), NameOf(r.Target), r.Strength, r.Since, string.Join(", ", r.Provenance.Select(p => p.SourceId)));
                }

                table.WriteTo(cli.Terminal);
                foreach (var r in outgoing.Concat(incoming))
                {
                    foreach (var p in r.Provenance.Where(p => p.Evidence is not null))
                    {
                        await cli.Out.WriteLineAsync($"  {NameOf(r.Source)} {Vocabulary.Name(r.Kind)} {NameOf(r.Target)} [{p.SourceId}]: \"{p.Evidence}\"");
                    }
                }
            }

            return 0;
        }, ct));
        return command;
    }
}
