namespace ActorGraph.Testing;

/// <summary>Finds files of the repository from a test's output folder.</summary>
public static class Repository
{
    /// <summary>The folder holding ActorGraph.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path below the repository root.</summary>
    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "ActorGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (ActorGraph.sln) was not found above the test folder.");
    }
}
