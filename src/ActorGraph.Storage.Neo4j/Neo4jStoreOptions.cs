using System.ComponentModel.DataAnnotations;

namespace ActorGraph.Storage.Neo4j;

/// <summary>
/// Where the Neo4j store finds its server, and how it talks to it; bound from the section <see cref="Section"/>
/// (<c>ActorGraph__Neo4j__Endpoint</c>, <c>ActorGraph__Neo4j__Password</c>, …). The password never appears in
/// <see cref="ToString"/>, in a validation message or in a log.
/// </summary>
public sealed class Neo4jStoreOptions : IValidatableObject
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "ActorGraph:Neo4j";

    /// <summary>The server's HTTP or HTTPS address, e.g. <c>http://localhost:7474</c>. Never with credentials in it.</summary>
    [Required]
    public Uri Endpoint { get; set; } = new("http://localhost:7474");

    /// <summary>The database; Neo4j Community has one, <c>neo4j</c>.</summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9._-]+$", ErrorMessage = "The Neo4j database name takes letters, digits, '.', '-' and '_'.")]
    public string Database { get; set; } = "neo4j";

    /// <summary>The user for Basic authentication; null sends no credentials (a server with auth disabled).</summary>
    public string? User { get; set; }

    /// <summary>The password. It is sent in the Authorization header only, and never logged or put in a message.</summary>
    public string? Password { get; set; }

    /// <summary>Rows sent per <c>UNWIND</c> request inside a source's transaction.</summary>
    [Range(1, int.MaxValue)]
    public int BatchSize { get; set; } = 5000;

    /// <summary>How long one request may take before it counts as failed (and, being transient, is retried).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often an operation that failed transiently is tried again.</summary>
    [Range(0, 100)]
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first delay between tries; later ones grow exponentially, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The checks that span settings: an http(s) endpoint without credentials, and no password without a user.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Endpoint is { } endpoint && (!endpoint.IsAbsoluteUri || endpoint.Scheme is not ("http" or "https")))
        {
            yield return new ValidationResult($"The Neo4j endpoint must be an absolute http:// or https:// address, not '{(endpoint.IsAbsoluteUri ? endpoint.Scheme : "relative")}:…'.", [nameof(Endpoint)]);
        }
        else if (Endpoint is { UserInfo.Length: > 0 })
        {
            yield return new ValidationResult("The Neo4j endpoint must not carry credentials; set the user and password separately.", [nameof(Endpoint)]);
        }

        if (Password is not null && User is null)
        {
            yield return new ValidationResult("A Neo4j password was given without a user.", [nameof(User)]);
        }
    }

    /// <summary>The endpoint and database, for messages; never the credentials.</summary>
    public override string ToString() => $"{Endpoint.Scheme}://{Endpoint.Host}:{Endpoint.Port} (database {Database})";
}
