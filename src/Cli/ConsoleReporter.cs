using System.Text;
using Explainer.Diagnostics;
using Spectre.Console;

namespace Explainer.Cli;

/// <summary>Prints diagnostics (compiler style, to standard error) and the one-line build summary (to standard output).</summary>
public sealed class ConsoleReporter
{
    private readonly IAnsiConsole _errors = Unwrapped(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }));
    private readonly IAnsiConsole _out = Unwrapped(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) }));
    private readonly TextWriter _diagnostics;

    /// <param name="diagnostics">Where diagnostics go; standard error unless a test captures them.</param>
    public ConsoleReporter(TextWriter? diagnostics = null) => _diagnostics = diagnostics ?? Console.Error;

    // Spectre wraps at the terminal width (80 when piped); a wrapped diagnostic breaks editors' and CI's path:line parsing.
    private static IAnsiConsole Unwrapped(IAnsiConsole console)
    {
        console.Profile.Width = 100_000;
        return console;
    }

    /// <remarks>
    /// Written as plain lines, not through Spectre: Spectre measures the width of every character of every line it writes
    /// (~90 µs a line here), and check of a site with 134,400 warnings took 14 s, most of it printing them. Colours are the terminal's own codes,
    /// used when Spectre finds the terminal takes them (not when piped, not with NO_COLOR).
    /// </remarks>
    public void Report(IEnumerable<Diagnostic> diagnostics)
    {
        var colour = _diagnostics == Console.Error && _errors.Profile.Capabilities is { Ansi: true, ColorSystem: not ColorSystem.NoColors };
        var text = new StringBuilder();
        foreach (var diagnostic in diagnostics)
        {
            ConsoleText.AppendLine(text, diagnostic.ToString(), colour ? (diagnostic.IsError ? ConsoleText.Red : ConsoleText.Yellow) : null);
            if (diagnostic.Hint is not null)
            {
                text.Append("  ");
                ConsoleText.AppendLine(text, "hint:", colour ? ConsoleText.Grey : null, endLine: false);
                text.Append(' ');
                ConsoleText.AppendLine(text, diagnostic.Hint, null);
            }
            if (text.Length > 64 * 1024) Flush(text);
        }
        Flush(text);
    }

    private void Flush(StringBuilder text)
    {
        _diagnostics.Write(text);
        _diagnostics.Flush();
        text.Clear();
    }

    // These quote paths and other input too (ConsoleText says why they are shown visibly).
    public void Usage(string message) => _errors.MarkupLine($"[red]error:[/] {Shown(message)}");

    public void Success(string message) => _out.MarkupLine($"[green]{Shown(message)}[/]");

    public void Failure(string message) => _errors.MarkupLine($"[red]{Shown(message)}[/]");

    public void Info(string message) => _out.MarkupLine(Shown(message));

    public void Warning(string message) => _errors.MarkupLine($"[yellow]warning:[/] {Shown(message)}");

    // A tool's output quoted in a message (npm's, Pagefind's last lines) keeps its lines; ConsoleText.Lines makes them safe.
    private static string Shown(string message) => Markup.Escape(ConsoleText.Lines(message));
}
