using ActorGraph.Testing;

namespace ActorGraph.Hosting.Tests;

public sealed class ReadmeHostingExampleTests
{
    [Fact]
    public void Readme_HostingExample_IsTheCompiledExampleProgram()
    {
        var program = File.ReadAllLines(Repository.File("examples", "ActorGraph.Examples.Hosting", "Program.cs"))
            .Where(l => !l.StartsWith("//", StringComparison.Ordinal));
        var readme = File.ReadAllText(Repository.File("README.md"));

        Assert.Contains(string.Join('\n', program).Trim(), readme, StringComparison.Ordinal);
    }
}
