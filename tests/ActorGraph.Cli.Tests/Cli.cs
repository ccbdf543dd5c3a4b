namespace ActorGraph.Cli.Tests;

/// <summary>Runs the command line in-process and captures what it writes.</summary>
internal static class Cli
{
    public static Task<(int Code, string Output, string Error)> Run(params string[] args) => Run(false, args);

    public static async Task<(int Code, string Output, string Error)> Run(bool interactive, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await new CliApp(output, error, interactive).RunAsync(args);
        return (code, output.ToString(), error.ToString());
    }
}
