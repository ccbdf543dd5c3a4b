namespace ActorGraph.Core.Storage;

/// <summary>A store failed to read or write. <see cref="IsTransient"/> tells whether trying again may succeed.</summary>
public class GraphStoreException : ActorGraphException
{
    /// <summary>Creates the exception.</summary>
    public GraphStoreException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public GraphStoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public GraphStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with the store's own error code.</summary>
    /// <param name="message">What went wrong, without credentials.</param>
    /// <param name="code">The store's error code, such as <c>Neo.ClientError.Statement.SyntaxError</c> or <c>SQLITE_BUSY</c>.</param>
    /// <param name="isTransient">Whether trying again may succeed.</param>
    /// <param name="innerException">The cause, if any.</param>
    public GraphStoreException(string message, string? code, bool isTransient, Exception? innerException = null)
        : base(message, innerException!)
    {
        Code = code;
        IsTransient = isTransient;
    }

    /// <summary>The store's own error code, when it gave one.</summary>
    public string? Code { get; }

    /// <summary>Whether the same operation may succeed if tried again (a lock, a leader switch, a deadlock).</summary>
    public bool IsTransient { get; }
}
