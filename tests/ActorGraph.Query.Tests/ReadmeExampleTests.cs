namespace ActorGraph.Query.Tests;

public sealed class ReadmeExampleTests
{
    [Fact]
    public void Readme_LibraryExample_IsTheCompiledExampleProgram()
    {
        var root = RepositoryRoot();
        var program = File.ReadAllLines(Path.Combine(root, "examples", "ActorGraph.Examples", "Program.cs"))
            .Where(l => !l.StartsWith("//", StringComparison.Ordinal));
        var readme = File.ReadAllText(Path.Combine(root, "README.md"));

        Assert.Contains(string.Join('\n', program).Trim(), readme, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ActorGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (ActorGraph.sln) was not found.");
    }
}
