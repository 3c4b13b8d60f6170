using Explainer.Cli;
using Explainer.Diagnostics;

namespace Explainer.Tests.Unit;

/// <summary>What <c>build</c> and <c>check</c> print for each diagnostic: one compiler-style line and its hint, nothing the input can steer a terminal with.</summary>
public class ConsoleReporterTests
{
    [Fact]
    public void A_diagnostic_is_one_line_and_its_hint_the_next()
    {
        var printed = Print(Diagnostic.Error("EX0201", new SourceLocation("input/entries/2026/a.md", 4, 20), "unknown party 'anthropc'", "did you mean 'anthropic'?"),
            Diagnostic.Warning("EX0004", new SourceLocation("input/notes.txt"), "this file is not part of the site"));

        Assert.Equal(
            "input/entries/2026/a.md:4:20: error EX0201: unknown party 'anthropc'\n  hint: did you mean 'anthropic'?\n" +
            "input/notes.txt: warning EX0004: this file is not part of the site\n",
            printed);
    }

    [Fact]
    public void Control_characters_from_the_input_are_printed_as_their_codes()
    {
        // A headline quoted in a message: ESC ] 0 ; … BEL retitles a terminal window, ESC [ 2 J clears it, CSI (U+009B) starts the same.
        var printed = Print(Diagnostic.Warning("EX0406", new SourceLocation("input/entries/2026/a.md", 1, 1),
            "this may be the same event as b.md ('\u001b]0;pwned\u0007\u001b[2J\u009b31m'): same date", "tab\there\rand"));

        Assert.DoesNotContain(printed, c => char.IsControl(c) && c is not '\n' and not '\t');
        Assert.Contains(@"('\x1B]0;pwned\x07\x1B[2J\x9B31m')", printed);
        Assert.Contains("  hint: tab\there\\x0Dand\n", printed);
    }

    [Fact]
    public void A_line_feed_in_the_input_cannot_start_a_line_that_GitHub_Actions_would_obey()
    {
        // A source title with escapes in double quotes: each \n starts a line the runner reads as a workflow command.
        const string title = "Real title\n::error file=README.md,line=1::Forged annotation\n::stop-commands::t0k";
        var printed = Print(Diagnostic.Warning("EX0501", new SourceLocation("input/entries/2026/a\n::warning::name.md", 7, 5),
            $"the source '{title}' has neither a url nor an archived copy", $"hint quoting '{title}'"));

        Assert.Equal(2, printed.Count(c => c == '\n'));
        Assert.DoesNotContain(printed.Split('\n'), line => line.TrimStart().StartsWith("::", StringComparison.Ordinal));
        Assert.Contains(@"Real title\x0A::error file=README.md", printed);
    }

    [Theory]
    [InlineData("Build failed: Pagefind exited with 1:\n::error::forged\n  ::stop-commands::x\nlast line", "Build failed: Pagefind exited with 1:\n\\x3A:error::forged\n  \\x3A:stop-commands::x\nlast line")]
    [InlineData("one line, \u001b[2J cleared", "one line, \\x1B[2J cleared")]
    public void Messages_quoting_a_tools_output_keep_their_lines_but_none_is_a_workflow_command(string message, string shown)
    {
        Assert.Equal(shown, ConsoleText.Lines(message));
    }

    [Fact]
    public void Thousands_of_diagnostics_are_all_printed_in_order()
    {
        var diagnostics = Enumerable.Range(1, 5_000)
            .Select(i => Diagnostic.Warning("EX0501", new SourceLocation($"input/entries/2026/e{i}.md", i, 1), $"message {i}", $"hint {i}"))
            .ToArray();

        var lines = Print(diagnostics).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(10_000, lines.Length);
        Assert.Equal("input/entries/2026/e4999.md:4999:1: warning EX0501: message 4999", lines[9_996]);
        Assert.Equal("  hint: hint 5000", lines[^1]);
    }

    private static string Print(params Diagnostic[] diagnostics)
    {
        var output = new StringWriter();
        new ConsoleReporter(output).Report(diagnostics);
        return output.ToString();
    }
}
