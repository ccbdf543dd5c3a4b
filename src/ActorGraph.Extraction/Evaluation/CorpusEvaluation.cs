using ActorGraph.Core.Model;

namespace ActorGraph.Extraction.Evaluation;

/// <summary>
/// The scores of extraction over a folder of annotated articles: per article, and added up per relation type, for
/// all relations, for roles and for actors.
/// </summary>
/// <param name="Documents">Each article's scores, in path order.</param>
public sealed record CorpusEvaluation(IReadOnlyList<DocumentScore> Documents)
{
    /// <summary>Each relation type's counts over every article.</summary>
    public IReadOnlyDictionary<RelationKind, Score> Types { get; } =
        Vocabulary.RelationKinds.ToDictionary(k => k, k => Documents.Select(d => d.Relations[k]).Aggregate(Score.Zero, Score.Add));

    /// <summary>All relation types together.</summary>
    public Score Relations => Types.Values.Aggregate(Score.Zero, Score.Add);

    /// <summary>Roles over every article.</summary>
    public Score Roles => Documents.Select(d => d.Roles).Aggregate(Score.Zero, Score.Add);

    /// <summary>Actors over every article.</summary>
    public Score Actors => Documents.Select(d => d.Actors).Aggregate(Score.Zero, Score.Add);

    /// <summary>Every miss and false find, by article.</summary>
    public IEnumerable<Difference> Differences => Documents.SelectMany(d => d.Differences);

    /// <summary>
    /// Scores every article under <paramref name="textFolder"/> that has a gold file: beside it
    /// (<c>report.txt</c> and <c>report.gold.json</c>), or, with <paramref name="goldFolder"/>, at the same relative
    /// path there, else by file name anywhere under it. Gold kept apart lets the texts of real reports stay out of
    /// the repository while their facts are committed.
    /// </summary>
    /// <exception cref="FormatException">An article cannot be read or a gold file is malformed; the message names the file.</exception>
    public static async Task<CorpusEvaluation> EvaluateAsync(Extractor extractor, string textFolder, string? goldFolder = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(textFolder);
        var byName = goldFolder is null
            ? null
            : Directory.EnumerateFiles(goldFolder, "*" + GoldDocument.FileEnding, SearchOption.AllDirectories)
                .GroupBy(p => Path.GetFileName(p), StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).First(), StringComparer.Ordinal);
        var scores = new List<DocumentScore>();
        foreach (var path in Directory.EnumerateFiles(textFolder, "*", SearchOption.AllDirectories).Where(ArticleReader.IsArticleFile).Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var relative = Path.GetRelativePath(textFolder, path).Replace('\\', '/');
            var goldName = Path.GetFileNameWithoutExtension(path) + GoldDocument.FileEnding;
            var goldPath = goldFolder is null
                ? Path.ChangeExtension(path, null) + GoldDocument.FileEnding
                : Path.Combine(goldFolder, Path.ChangeExtension(relative, null) + GoldDocument.FileEnding);
            if (!File.Exists(goldPath) && byName is not null && byName.TryGetValue(goldName, out var found))
            {
                goldPath = found;
            }

            if (!File.Exists(goldPath))
            {
                continue;
            }

            var read = await ArticleReader.ReadFileAsync(path, cancellationToken).ConfigureAwait(false);
            if (read.Article is null)
            {
                throw new FormatException(read.Problems[0].ToString());
            }

            scores.Add(Scorer.Score(relative, extractor.Extract(read.Article), GoldDocument.Read(goldPath)));
        }

        return new CorpusEvaluation(scores);
    }
}
