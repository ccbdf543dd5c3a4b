namespace ActorGraph.Core.Model;

/// <summary>
/// Combines what several sources say of one relation into one confidence, counting independent stories rather than
/// copies:
/// <list type="number">
/// <item>copies of one story count once, with the largest confidence any copy gives: c(story) = max cᵢ;</item>
/// <item>the stories credited to one publisher combine with the second and later ones discounted by
/// <see cref="SamePublisherDiscount"/> λ: c(publisher) = 1 − (1 − c₁) · Πₖ≥₂ (1 − λ·cₖ), stories in descending
/// confidence;</item>
/// <item>publishers combine as independent evidence: c = 1 − Π (1 − c(publisher)).</item>
/// </list>
/// Sources that are each their own story and publisher (datasets without a publisher) combine as before,
/// 1 − Π (1 − cᵢ).
/// </summary>
public static class IndependentEvidence
{
    /// <summary>How much a second story from the same publisher counts, relative to one from another publisher.</summary>
    public const double SamePublisherDiscount = 0.5;

    /// <summary>The combined confidence and the corroboration of <paramref name="statements"/>.</summary>
    public static (double Confidence, Corroboration Corroboration) Combine(IReadOnlyList<(string SourceId, double Confidence)> statements, StoryGroups? groups)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var stories = new Dictionary<string, double>(StringComparer.Ordinal);
        var sources = new HashSet<string>(StringComparer.Ordinal);
        var publishers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (sourceId, confidence) in statements)
        {
            sources.Add(sourceId);
            publishers.Add(groups?.PublisherOf(sourceId) ?? sourceId);
            var story = groups?.StoryOf(sourceId) ?? sourceId;
            stories[story] = Math.Max(stories.GetValueOrDefault(story), confidence);
        }

        var doubt = 1.0;
        foreach (var byPublisher in stories.GroupBy(s => groups?.PublisherOfStory(s.Key) ?? s.Key, StringComparer.Ordinal))
        {
            var publisherDoubt = 1.0;
            var first = true;
            foreach (var c in byPublisher.Select(s => s.Value).OrderDescending())
            {
                publisherDoubt *= 1.0 - (first ? c : SamePublisherDiscount * c);
                first = false;
            }

            doubt *= publisherDoubt;
        }

        return (1.0 - doubt, new Corroboration(sources.Count, publishers.Count, stories.Count));
    }
}
