namespace ActorGraph.Hosting;

/// <summary>
/// The Neo4j credentials from the environment (<see cref="StoreLocation.UserVariable"/>,
/// <see cref="StoreLocation.PasswordVariable"/> or <see cref="StoreLocation.PasswordFileVariable"/>), never from a
/// command line or a connection string. The user defaults to <c>neo4j</c> when only a password is set.
/// </summary>
internal static class Neo4jCredentials
{
    public static (string? User, string? Password) FromEnvironment()
    {
        var user = Environment.GetEnvironmentVariable(StoreLocation.UserVariable);
        var password = Environment.GetEnvironmentVariable(StoreLocation.PasswordVariable);
        if (string.IsNullOrEmpty(password) && Environment.GetEnvironmentVariable(StoreLocation.PasswordFileVariable) is { Length: > 0 } file)
        {
            password = File.ReadAllText(file).TrimEnd('\r', '\n');
        }

        return (string.IsNullOrEmpty(user) ? (string.IsNullOrEmpty(password) ? null : "neo4j") : user, string.IsNullOrEmpty(password) ? null : password);
    }
}
