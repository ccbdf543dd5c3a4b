using System.CommandLine;
using System.Globalization;
using ActorGraph.Core.Model;
using ActorGraph.Extraction;
using static ActorGraph.Cli.CliFormat;

namespace ActorGraph.Cli.Commands;

/// <summary>The <c>extract</c> command: what ingest would take from one article.</summary>
internal static class ExtractCommand
{
    public static Command Create(CommandRunner cli)
    {
        var file = new Argument<string>("FILE") { Description = "An article: plain text or Markdown (.txt, .md; optional Title:, Date:, URL: header lines, then a blank line) or an HTML page (.html)." };
        var explain = new Option<bool>("--explain") { Description = "Show, for each role and relation, the rule that found it and the line and sentence it comes from." };
        var command = new Command("extract", "Show what ingest would take from an article: its actors, roles and relations, each relation with its evidence sentence.") { file, cli.Options.Json, explain };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            var read = await ArticleReader.ReadFileAsync(path, ct);
            if (read.Article is null)
            {
                foreach (var problem in read.Problems)
                {
                    await cli.Error.WriteLineAsync(problem.ToString());
                }

                return ExitCodes.SomeRejected;
            }

            var result = new Extractor(Lexicon.Load(parse.GetValue(cli.Options.Lexicons))).Extract(read.Article);
            var withRules = parse.GetValue(explain);
            if (parse.GetValue(cli.Options.Json))
            {
                cli.WriteJson(new ExtractJson(
                    [.. result.Actors.Select(a => new ExtractActorJson(a.Name, Vocabulary.Name(a.Kind), a.Aliases))],
                    [.. result.Roles.Select(r => new ExtractRoleJson(r.Person, r.Title, r.Of, Date(r.Since), Date(r.Until), withRules ? r.Rule : null, withRules ? r.Line : null, withRules ? r.Evidence : null))],
                    [.. result.Relations.Select(r => new ExtractRelationJson(r.Source, Vocabulary.Name(r.Type), r.Target, r.Confidence, r.Evidence, withRules ? r.Rule : null, withRules ? r.Line : null, Date(r.Until)))],
                    read.Article.Title, read.Article.Url?.OriginalString, Date(read.Article.Published)), CliJson.Default.ExtractJson);
                return 0;
            }

            if (read.Article.Title is { } title)
            {
                await cli.Out.WriteLineAsync($"{title}{(read.Article.Published is { } day ? $" ({Date(day)})" : "")}");
                await cli.Out.WriteLineAsync();
            }

            var actors = new TextTable("ACTOR", "KIND", "ALIASES");
            foreach (var a in result.Actors)
            {
                actors.Add(a.Name, Vocabulary.Name(a.Kind), string.Join(", ", a.Aliases));
            }

            actors.WriteTo(cli.Terminal);
            await cli.Out.WriteLineAsync();
            var roles = withRules ? new TextTable("PERSON", "TITLE", "OF", "SINCE", "UNTIL", "RULE", "LINE") : new TextTable("PERSON", "TITLE", "OF", "SINCE", "UNTIL");
            foreach (var r in result.Roles)
            {
                object?[] row = [r.Person, r.Title, r.Of ?? "-", Date(r.Since) ?? "-", Date(r.Until) ?? "-"];
                roles.Add(withRules ? [.. row, r.Rule, r.Line] : row);
            }

            roles.WriteTo(cli.Terminal);
            await cli.Out.WriteLineAsync();
            var relations = withRules ? new TextTable("SOURCE", "TYPE", "TARGET", "CONFIDENCE", "RULE", "LINE") : new TextTable("SOURCE", "TYPE", "TARGET", "CONFIDENCE");
            foreach (var r in result.Relations)
            {
                object?[] row = [r.Source, Vocabulary.Name(r.Type), r.Target, r.Confidence];
                relations.Add(withRules ? [.. row, r.Rule, r.Line] : row);
            }

            relations.WriteTo(cli.Terminal);
            if (withRules)
            {
                foreach (var r in result.Relations)
                {
                    await cli.Out.WriteLineAsync();
                    await cli.Out.WriteLineAsync($"{r.Source} {Vocabulary.Name(r.Type)} {r.Target}: rule {r.Rule}, line {r.Line}, confidence {r.Confidence.ToString(CultureInfo.InvariantCulture)}");
                    await cli.Out.WriteLineAsync($"  \"{r.Evidence}\"");
                }
            }

            return 0;
        });
        return command;
    }
}
