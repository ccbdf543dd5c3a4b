namespace ActorGraph.Storage.Neo4j;

/// <summary>Where the Neo4j store finds its server, and how it talks to it.</summary>
public sealed class Neo4jStoreOptions
{
    /// <summary>The server's HTTP or HTTPS address, e.g. <c>http://localhost:7474</c>. Never with credentials in it.</summary>
    public required Uri Endpoint { get; init; }

    /// <summary>The database; Neo4j Community has one, <c>neo4j</c>.</summary>
    public string Database { get; init; } = "neo4j";

    /// <summary>The user for Basic authentication; null sends no credentials (a server with auth disabled).</summary>
    public string? User { get; init; }

    /// <summary>The password. It is sent in the Authorization header only, and never logged or put in a message.</summary>
    public string? Password { get; init; }

    /// <summary>Rows sent per <c>UNWIND</c> request inside a source's transaction.</summary>
    public int BatchSize { get; init; } = 5000;

    /// <summary>How long one request may take before it counts as failed (and, being transient, is retried).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How often an operation that failed transiently is tried again.</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>The first delay between tries; later ones grow exponentially, with jitter.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first setting that cannot work.</summary>
    public void Validate()
    {
        if (!Endpoint.IsAbsoluteUri || Endpoint.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"The Neo4j endpoint must be an absolute http:// or https:// address, not '{Endpoint.GetLeftPart(UriPartial.Scheme)}…'.", nameof(Endpoint));
        }

        if (Endpoint.UserInfo.Length > 0)
        {
            throw new ArgumentException("The Neo4j endpoint must not carry credentials; set the user and password separately.", nameof(Endpoint));
        }

        if (string.IsNullOrWhiteSpace(Database) || Database.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')))
        {
            throw new ArgumentException($"'{Database}' is not a Neo4j database name (letters, digits, '.', '-', '_').", nameof(Database));
        }

        if (Password is not null && User is null)
        {
            throw new ArgumentException("A Neo4j password was given without a user.", nameof(User));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1, nameof(BatchSize));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(RequestTimeout, TimeSpan.Zero, nameof(RequestTimeout));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxRetries, nameof(MaxRetries));
        ArgumentOutOfRangeException.ThrowIfLessThan(RetryDelay, TimeSpan.Zero, nameof(RetryDelay));
    }

    /// <summary>The endpoint and database, for messages; never the credentials.</summary>
    public override string ToString() => $"{Endpoint.Scheme}://{Endpoint.Host}:{Endpoint.Port} (database {Database})";
}
