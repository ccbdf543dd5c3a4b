namespace ActorGraph.Core;

/// <summary>The root of the exceptions ActorGraph throws on purpose.</summary>
public class ActorGraphException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ActorGraphException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ActorGraphException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public ActorGraphException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
