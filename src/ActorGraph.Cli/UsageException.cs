namespace ActorGraph.Cli;

/// <summary>A combination of options the command line cannot honour; exits with the usage error code.</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException()
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
