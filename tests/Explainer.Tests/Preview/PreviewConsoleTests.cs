using Explainer.Cli;
using Explainer.Diagnostics;

namespace Explainer.Tests.Preview;

/// <summary>Preview's console prints errors with every rebuild and a warning once while it stays the same, counting the rest.</summary>
public sealed class PreviewConsoleTests
{
    private static Diagnostic Warning(int line, string message = "has neither a url nor an archived copy") =>
        Diagnostic.Warning(DiagnosticCodes.SourceWithoutLink, new SourceLocation("input/entries/2026/a.md", line, 5), message, "add url:");

    [Fact]
    public void Unchanged_warnings_are_counted_not_repeated_and_new_or_changed_ones_are_printed()
    {
        var error = Diagnostic.Error(DiagnosticCodes.UnknownParty, new SourceLocation("input/entries/2026/a.md", 4, 20), "unknown party 'x'", "add it");
        var before = new HashSet<Diagnostic> { Warning(9), Warning(13), Warning(17), error };

        var (print, repeated) = PreviewConsole.ToPrint(before, [Warning(9), Warning(13, "another message"), Warning(21), error]);

        Assert.Equal([Warning(13, "another message"), Warning(21), error], print);
        Assert.Equal(1, repeated);
    }

    [Fact]
    public void The_first_rebuild_prints_everything()
    {
        var (print, repeated) = PreviewConsole.ToPrint(new HashSet<Diagnostic>(), [Warning(9), Warning(13)]);

        Assert.Equal(2, print.Count);
        Assert.Equal(0, repeated);
    }
}
