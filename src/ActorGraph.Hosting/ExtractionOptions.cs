using System.ComponentModel.DataAnnotations;

namespace ActorGraph.Hosting;

/// <summary>How articles are read, from the section <see cref="Section"/>.</summary>
public sealed class ExtractionOptions : IValidatableObject
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "ActorGraph:Extraction";

    /// <summary>A folder of lexicon files that add to the built-in ones; null: the built-in ones only.</summary>
    public string? Lexicons { get; set; }

    /// <summary>The folder must exist when named.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Lexicons is not null && !Directory.Exists(Lexicons))
        {
            yield return new ValidationResult($"Lexicons: '{Lexicons}' is not a folder", [nameof(Lexicons)]);
        }
    }
}
