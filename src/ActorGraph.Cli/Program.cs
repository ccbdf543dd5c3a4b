namespace ActorGraph.Cli;

internal static class Program
{
    public static Task<int> Main(string[] args) => new CliApp(Console.Out, Console.Error).RunAsync(args);
}
