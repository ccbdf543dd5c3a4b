using Spectre.Console;

namespace ActorGraph.Cli;

/// <summary>
/// How human output is drawn. On an interactive terminal: Spectre.Console tables and a progress bar, in colour
/// unless <c>NO_COLOR</c> is set. When output is redirected (a pipe, a file, a script): plain aligned text, no
/// escape codes, no progress, so that scripts and <c>grep</c> see stable lines.
/// </summary>
internal sealed class Terminal
{
    public Terminal(TextWriter output, bool interactive, TextWriter? progressOutput = null)
    {
        Output = output;
        Interactive = interactive;
        NoColor = Environment.GetEnvironmentVariable("NO_COLOR") is { Length: > 0 };
        if (interactive)
        {
            Console = Create(output);
            ProgressConsole = Create(progressOutput ?? output);
        }
    }

    public TextWriter Output { get; }

    public bool Interactive { get; }

    /// <summary>Whether <c>NO_COLOR</c> asks for output without colour (https://no-color.org).</summary>
    public bool NoColor { get; }

    /// <summary>The Spectre console over the output, on an interactive terminal only.</summary>
    public IAnsiConsole? Console { get; }

    /// <summary>The Spectre console progress is drawn on (standard error), on an interactive terminal only.</summary>
    public IAnsiConsole? ProgressConsole { get; }

    private IAnsiConsole Create(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Ansi = NoColor ? AnsiSupport.No : AnsiSupport.Yes,
        ColorSystem = NoColor ? ColorSystemSupport.NoColors : ColorSystemSupport.Standard,
        Interactive = InteractionSupport.Yes,
    });
}
