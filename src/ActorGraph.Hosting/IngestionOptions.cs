using System.ComponentModel.DataAnnotations;
using ActorGraph.Ingestion;
using ActorGraph.Ingestion.Feeds;

namespace ActorGraph.Hosting;

/// <summary>How sources are read, from the section <see cref="Section"/> (<c>Limits</c>, <c>Feeds</c>).</summary>
public sealed class IngestionOptions : IValidatableObject
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "ActorGraph:Ingestion";

    /// <summary>The resource limits every source is read under (see <c>docs/limits.md</c>).</summary>
    public IngestLimits Limits { get; } = new();

    /// <summary>How feeds and their pages are fetched.</summary>
    public FeedOptions Feeds { get; } = new();

    /// <summary>Every limit in range, and feed requests with a positive timeout and size limit.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var problem in Limits.Validate($"{Section}:Limits:"))
        {
            yield return new ValidationResult(problem, [nameof(Limits)]);
        }

        if (Feeds.RequestTimeout <= TimeSpan.Zero)
        {
            yield return new ValidationResult($"{Section}:Feeds:RequestTimeout must be positive", [nameof(Feeds)]);
        }

        if (Feeds.MaxResponseBytes <= 0)
        {
            yield return new ValidationResult($"{Section}:Feeds:MaxResponseBytes must be positive", [nameof(Feeds)]);
        }

        if (Feeds.HostDelay < TimeSpan.Zero)
        {
            yield return new ValidationResult($"{Section}:Feeds:HostDelay must not be negative", [nameof(Feeds)]);
        }
    }
}
