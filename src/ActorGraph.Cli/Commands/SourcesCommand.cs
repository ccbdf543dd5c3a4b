using System.CommandLine;
using System.Globalization;
using ActorGraph.Core.Model;
using static ActorGraph.Cli.CliFormat;

namespace ActorGraph.Cli.Commands;

/// <summary>The <c>sources</c> command: the sources in the store with their origins.</summary>
internal static class SourcesCommand
{
    public static Command Create(CommandRunner cli)
    {
        var command = new Command("sources", "List the sources in the store.") { cli.Options.Json };
        command.SetAction((parse, ct) => cli.WithStore(parse, initialize: false, async (store, _) =>
        {
            var sources = await store.ListSourcesAsync(ct);
            if (parse.GetValue(cli.Options.Json))
            {
                var stories = StoryGroups.Build(sources.Select(s => s.Info));
                cli.WriteJson(new SourcesJson([.. sources.Select(s => new SourceJson(
                    s.Info.Id, s.Info.Title, s.Info.Url?.OriginalString, Date(s.Info.Published), s.ContentHash,
                    s.IngestedAt.ToString("O", CultureInfo.InvariantCulture),
                    s.Origin?.Location, s.Origin is { } origin ? SourceOrigin.Name(origin.Kind) : null,
                    Publishers.Of(s.Info), stories.StoryOf(s.Info.Id)))]), CliJson.Default.SourcesJson);
            }
            else
            {
                var table = new TextTable("SOURCE", "PUBLISHED", "TITLE", "ORIGIN");
                foreach (var s in sources)
                {
                    table.Add(s.Info.Id, s.Info.Published, s.Info.Title, s.Origin?.Location);
                }

                table.WriteTo(cli.Terminal);
            }

            return 0;
        }, ct));
        return command;
    }
}
