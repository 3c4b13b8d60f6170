using Explainer.Diagnostics;
using Spectre.Console;

namespace Explainer.Cli;

/// <summary>Prints diagnostics (compiler style, to standard error) and the one-line build summary (to standard output).</summary>
public sealed class ConsoleReporter
{
    private readonly IAnsiConsole _errors = Unwrapped(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }));
    private readonly IAnsiConsole _out = Unwrapped(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) }));

    // Spectre wraps at the terminal width (80 when piped); a wrapped diagnostic breaks editors' and CI's path:line parsing.
    private static IAnsiConsole Unwrapped(IAnsiConsole console)
    {
        console.Profile.Width = 100_000;
        return console;
    }

    public void Report(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            var colour = diagnostic.IsError ? "red" : "yellow";
            _errors.MarkupLine($"[{colour}]{Markup.Escape(diagnostic.ToString())}[/]");
            if (diagnostic.Hint is not null) _errors.MarkupLine($"  [grey]hint:[/] {Markup.Escape(diagnostic.Hint)}");
        }
    }

    public void Usage(string message) => _errors.MarkupLine($"[red]error:[/] {Markup.Escape(message)}");

    public void Success(string message) => _out.MarkupLine($"[green]{Markup.Escape(message)}[/]");

    public void Failure(string message) => _errors.MarkupLine($"[red]{Markup.Escape(message)}[/]");

    public void Info(string message) => _out.MarkupLine(Markup.Escape(message));

    public void Warning(string message) => _errors.MarkupLine($"[yellow]warning:[/] {Markup.Escape(message)}");
}
