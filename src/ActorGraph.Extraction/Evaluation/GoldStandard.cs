using System.Text.Json;
using System.Text.Json.Serialization;
using ActorGraph.Core.Model;

namespace ActorGraph.Extraction.Evaluation;

/// <summary>A gold actor: what a careful reader would list.</summary>
public sealed record GoldActor(string Name, string Kind, IReadOnlyList<string>? Aliases);

/// <summary>A gold role.</summary>
public sealed record GoldRole(string Person, string Title, string? Of);

/// <summary>A gold relation.</summary>
public sealed record GoldRelation(string Source, string Type, string Target, string? Evidence);

/// <summary>
/// The gold annotation of one article, in the same shape <c>actorgraph extract --json</c> writes (see
/// <c>docs/extraction.md</c>): the actors, roles and relations the article states.
/// </summary>
public sealed record GoldDocument(IReadOnlyList<GoldActor> Actors, IReadOnlyList<GoldRole> Roles, IReadOnlyList<GoldRelation> Relations)
{
    /// <summary>Where the report was published (gold kept apart from its text names it).</summary>
    public string? Url { get; init; }

    /// <summary>The outlet or government that published the report.</summary>
    public string? Outlet { get; init; }

    /// <summary>The report's headline.</summary>
    public string? Title { get; init; }

    /// <summary>The day the report was published, as written (<c>YYYY-MM-DD</c>).</summary>
    public string? Published { get; init; }

    /// <summary>The file ending of gold files: <c>report.txt</c> is annotated by <c>report.gold.json</c>.</summary>
    public const string FileEnding = ".gold.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    /// <summary>Reads a gold file.</summary>
    /// <exception cref="FormatException">The file is not valid gold JSON; the message names the file and line.</exception>
    public static GoldDocument Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            var gold = JsonSerializer.Deserialize<GoldDocument>(File.ReadAllText(path), Options)
                ?? throw new FormatException($"{path}:1: the file is empty");
            var document = gold with { Actors = gold.Actors ?? [], Roles = gold.Roles ?? [], Relations = gold.Relations ?? [] };
            foreach (var relation in document.Relations)
            {
                if (!Vocabulary.TryParseRelation(relation.Type, out _))
                {
                    throw new FormatException($"{path}: relations: '{relation.Type}' is not LEADS, FACILITATES, ADVISES or SANCTIONS");
                }
            }

            return document;
        }
        catch (JsonException e)
        {
            throw new FormatException($"{path}:{(e.LineNumber ?? 0) + 1}: {e.Message}", e);
        }
    }
}
