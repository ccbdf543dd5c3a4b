namespace ActorGraph.Cli;

internal static class Program
{
    // Tables and progress are drawn only when both streams are a terminal; a pipe or file gets plain text.
    public static Task<int> Main(string[] args) =>
        new CliApp(Console.Out, Console.Error, interactive: !Console.IsOutputRedirected && !Console.IsErrorRedirected).RunAsync(args);
}
