using Spectre.Console;

namespace Clearinghouse.Cli;

/// <summary>Where the CLI writes and what it reads from its environment; tests pass their own.</summary>
public sealed class CliConsole
{
    public CliConsole(TextWriter output, TextWriter error, Func<string, string?> environment, bool outputRedirected,
        TextReader? input = null, Func<TextWriter>? bulkOutput = null)
    {
        Output = output;
        Error = error;
        Environment = environment;
        Input = input ?? TextReader.Null;
        this.bulkOutput = bulkOutput ?? (() => output);
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

    private readonly Func<TextWriter> bulkOutput;

    public TextWriter Output { get; }

    /// <summary>Standard input, for verbs that read many lines (<c>score cvss --stdin</c>).</summary>
    public TextReader Input { get; }

    public TextWriter Error { get; }

    public Func<string, string?> Environment { get; }

    /// <summary>
    /// A large-buffered writer to standard output for verbs that write a line per input line; the caller flushes it
    /// when done. Writing many lines through <see cref="Output"/> (Console.Out, flushed on every write) is far slower.
    /// </summary>
    public TextWriter BulkOutput()
    {
        Output.Flush();
        return bulkOutput();
    }

    /// <summary>Tables, markup and progress for people; plain when output is redirected.</summary>
    public IAnsiConsole Ansi { get; }
}
