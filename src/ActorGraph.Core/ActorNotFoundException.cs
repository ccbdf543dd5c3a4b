namespace ActorGraph.Core;

/// <summary>A name, alias or id matched no actor, or matched several.</summary>
public sealed class ActorNotFoundException : ActorGraphException
{
    /// <summary>Creates the exception for <paramref name="query"/>.</summary>
    /// <param name="query">What was looked up.</param>
    /// <param name="candidates">Names that match it ambiguously or resemble it.</param>
    /// <param name="ambiguous">True when several actors match equally well.</param>
    public ActorNotFoundException(string query, IReadOnlyList<string> candidates, bool ambiguous)
        : base(Describe(query, candidates, ambiguous))
    {
        Query = query;
        Candidates = candidates;
        IsAmbiguous = ambiguous;
    }

    /// <summary>Creates the exception.</summary>
    public ActorNotFoundException()
        : this(string.Empty, [], false)
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ActorNotFoundException(string message)
        : base(message)
    {
        Query = string.Empty;
        Candidates = [];
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public ActorNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
        Query = string.Empty;
        Candidates = [];
    }

    /// <summary>What was looked up.</summary>
    public string Query { get; }

    /// <summary>Names that match ambiguously, or resemble the query.</summary>
    public IReadOnlyList<string> Candidates { get; }

    /// <summary>True when several actors match equally well.</summary>
    public bool IsAmbiguous { get; }

    private static string Describe(string query, IReadOnlyList<string> candidates, bool ambiguous) => (ambiguous, candidates.Count) switch
    {
        (true, _) => $"'{query}' names several actors: {string.Join(", ", candidates)}. Use one of their names or ids.",
        (false, 0) => $"No actor is named '{query}'.",
        _ => $"No actor is named '{query}'. Did you mean: {string.Join(", ", candidates)}?",
    };
}
