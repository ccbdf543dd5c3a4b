using ActorGraph.Core.Storage;

namespace ActorGraph.Storage.Neo4j.Http;

/// <summary>Neo4j answered something the Query API does not document.</summary>
internal sealed class Neo4jProtocolException : GraphStoreException
{
    public Neo4jProtocolException(string message)
        : base($"Unexpected answer from Neo4j: {message}", "PROTOCOL", isTransient: false)
    {
    }

    public Neo4jProtocolException()
    {
    }

    public Neo4jProtocolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
