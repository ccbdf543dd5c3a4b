using ActorGraph.Testing;

namespace ActorGraph.Query.Tests;

public sealed class ReadmeExampleTests
{
    [Fact]
    public void Readme_LibraryExample_IsTheCompiledExampleProgram()
    {
        var program = File.ReadAllLines(Repository.File("examples", "ActorGraph.Examples", "Program.cs"))
            .Where(l => !l.StartsWith("//", StringComparison.Ordinal));
        var readme = File.ReadAllText(Repository.File("README.md"));

        Assert.Contains(string.Join('\n', program).Trim(), readme, StringComparison.Ordinal);
    }
}
