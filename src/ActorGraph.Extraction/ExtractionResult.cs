using ActorGraph.Core.Model;
using ActorGraph.Core.Text;

namespace ActorGraph.Extraction;

/// <summary>An actor found in an article.</summary>
/// <param name="Name">The name ActorGraph uses (given-name variants and lexicon names resolved).</param>
/// <param name="Kind">What the actor is.</param>
/// <param name="Aliases">The other ways the article names it.</param>
public sealed record ExtractedActor(string Name, ActorKind Kind, IReadOnlyList<string> Aliases);

/// <summary>A role found in an article, with the rule and sentence that produced it.</summary>
/// <param name="Person">The holder's name.</param>
/// <param name="Title">The title, as written ("Foreign Minister", "Ukraine envoy").</param>
/// <param name="Of">The body or country it is of, when named.</param>
/// <param name="Since">For a title-elect or incoming holder: the day after publication.</param>
/// <param name="Until">For a former holder: the day before publication.</param>
/// <param name="Rule">The rule that found it.</param>
/// <param name="Evidence">The sentence.</param>
/// <param name="Line">The line of the file the sentence starts on.</param>
public sealed record ExtractedRole(string Person, string Title, string? Of, DateOnly? Since, DateOnly? Until, string Rule, string Evidence, int Line);

/// <summary>A relation found in an article, with the rule and sentence that produced it.</summary>
/// <param name="Source">The actor influence flows from.</param>
/// <param name="Type">The relation type.</param>
/// <param name="Target">The actor it flows to.</param>
/// <param name="Confidence">How sure the rule is, in (0, 1].</param>
/// <param name="Evidence">The sentence that states it.</param>
/// <param name="Rule">The rule that found it.</param>
/// <param name="Line">The line of the file the sentence starts on.</param>
public sealed record ExtractedRelation(string Source, RelationKind Type, string Target, double Confidence, string Evidence, string Rule, int Line)
{
    /// <summary>
    /// For a relation the article says is over ("lifted sanctions on", "no longer leads", "a former adviser to"): the
    /// day before publication, its last day. Null for a relation that holds.
    /// </summary>
    public DateOnly? Until { get; init; }
}

/// <summary>What extraction found in one article.</summary>
public sealed class ExtractionResult
{
    internal ExtractionResult(Article article, IReadOnlyList<ExtractedActor> actors, IReadOnlyList<ExtractedRole> roles, IReadOnlyList<ExtractedRelation> relations)
    {
        Article = article;
        Actors = actors;
        Roles = roles;
        Relations = relations;
    }

    /// <summary>The article read.</summary>
    public Article Article { get; }

    /// <summary>The actors, in order of first mention.</summary>
    public IReadOnlyList<ExtractedActor> Actors { get; }

    /// <summary>The roles.</summary>
    public IReadOnlyList<ExtractedRole> Roles { get; }

    /// <summary>The relations, one per source, type and target.</summary>
    public IReadOnlyList<ExtractedRelation> Relations { get; }

    /// <summary>The source document ingest writes: the article's title, URL and date, and the assertions.</summary>
    public SourceDocument ToDocument(string sourceId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        var ids = Actors.ToDictionary(a => a.Name, a => ActorId.FromName(a.Name), StringComparer.Ordinal);
        // Two spellings with one id ("Hamas", "HAMAS") are one actor: the first named keeps its name, the others become aliases.
        var actors = Actors
            .GroupBy(a => ids[a.Name])
            .Select(g => new Actor(g.Key, g.First().Name, g.First().Kind,
                [.. g.SelectMany(a => a.Aliases.Prepend(a.Name)).Where(n => n != g.First().Name).Distinct(StringComparer.Ordinal)]))
            .ToList();
        var roles = Roles
            .Select(r => new Role(ids[r.Person], r.Title, r.Of is null ? null : ids[r.Of], r.Since, r.Until))
            .Distinct()
            .ToList();
        var relations = Relations
            .Select(r => new Relation(ids[r.Source], r.Type, ids[r.Target], Vocabulary.DefaultWeight(r.Type), r.Confidence, null, r.Until, null, r.Evidence))
            .ToList();
        var source = new SourceInfo(sourceId, Article.Title, Article.Url, Article.Published, Fingerprint: StoryFingerprint.Compute(Article.Text));
        return new SourceDocument(source, actors, roles, relations);
    }
}
