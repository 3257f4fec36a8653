using Spectre.Console;

namespace Clearinghouse.Cli;

/// <summary>Where the CLI writes and what it reads from its environment; tests pass their own.</summary>
public sealed class CliConsole
{
    public CliConsole(TextWriter output, TextWriter error, Func<string, string?> environment, bool outputRedirected)
    {
        Output = output;
        Error = error;
        Environment = environment;
        Ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = outputRedirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = outputRedirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = outputRedirected ? InteractionSupport.No : InteractionSupport.Detect,
        });
        if (outputRedirected)
        {
            // A file or a pipe has no width: do not wrap tables at 80 columns.
            Ansi.Profile.Width = 4096;
        }
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public Func<string, string?> Environment { get; }

    /// <summary>Tables, markup and progress for people; plain when output is redirected.</summary>
    public IAnsiConsole Ansi { get; }
}
