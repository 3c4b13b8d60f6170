using Explainer.Diagnostics;

namespace Explainer.Tests.Unit;

/// <summary>Issue 4: the $GITHUB_STEP_SUMMARY table lists every problem as plain text, whatever the content says.</summary>
public class StepSummaryTests
{
    [Fact]
    public void Every_problem_is_a_row_with_its_location_and_hint()
    {
        var diagnostics = Enumerable.Range(1, 12)
            .Select(i => Diagnostic.Error("EX0105", new SourceLocation("input/entries/a.md", i, 3), $"problem {i}", "fix it"))
            .ToList();

        var markdown = StepSummary.Render("Explainer check", diagnostics, "Check failed with 12 errors.");

        Assert.StartsWith("## Explainer check: 12 errors, 0 warnings\n", markdown);
        Assert.Contains("GitHub shows only the first 10 annotations", markdown);
        Assert.Equal(12, markdown.Split('\n').Count(l => l.StartsWith("| ❌ error |", StringComparison.Ordinal)));
        Assert.Contains(@"| input\/entries\/a\.md\:12\:3 | EX0105 | problem 12 | fix it |", markdown);
    }

    [Fact]
    public void Thousands_of_problems_stop_short_of_GitHubs_limit_errors_first_and_say_how_many_are_left_out()
    {
        // A large site's warnings (a source without a link on every entry) with a few errors among them, in file order.
        var diagnostics = Enumerable.Range(1, 20_000)
            .Select(i => i % 5_000 == 0
                ? Diagnostic.Error("EX0201", new SourceLocation($"input/entries/2026/entry-{i:D5}.md", 4, 20), $"unknown party 'nobody-{i}'", "add the party")
                : Diagnostic.Warning("EX0501", new SourceLocation($"input/entries/2026/entry-{i:D5}.md", 9, 5),
                    $"the source 'Report number {i} about the event' has neither a url nor an archived copy, so readers cannot check it",
                    "add url: (and archived: a copy at web.archive.org or archive.today) if it is online anywhere"))
            .ToList();

        var markdown = StepSummary.Render("Explainer check", diagnostics, "Check failed with 4 errors.");

        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(markdown), 900 * 1024, 1024 * 1024);
        var rows = markdown.Split('\n').Where(l => l.StartsWith("| ❌ error |", StringComparison.Ordinal) || l.StartsWith("| ⚠️ warning |", StringComparison.Ordinal)).ToList();
        Assert.All(rows.Take(4), r => Assert.StartsWith("| ❌ error |", r));
        Assert.Contains($"0 errors and {20_000 - rows.Count} warnings more are in the step's log", markdown);
        Assert.Contains($"this table lists the first {rows.Count:N0} of 20,000.", markdown);
        Assert.DoesNotContain("lists all of them", markdown);
        Assert.EndsWith("Check failed with 4 errors\\.\n\n", markdown);

        // A summary file that holds 600 KB already (an earlier step's check) leaves this one only what is left of the limit.
        var after = StepSummary.Render("Explainer check", diagnostics, "Check failed with 4 errors.", used: 600 * 1024);
        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(after), 300 * 1024, 424 * 1024);
    }

    [Fact]
    public void Content_cannot_break_the_table_or_inject_links_or_html()
    {
        var cell = StepSummary.Cell("a | b [x](https://evil.example) <img src=x>\n# heading");

        Assert.Equal(@"a \| b \[x\]\(https\:\/\/evil\.example\) \<img src\=x\> \# heading", cell);
    }

    [Fact]
    public void No_problems_says_so()
    {
        var markdown = StepSummary.Render("Explainer check", [], "Checked 5 entries and 6 parties: no errors.");

        Assert.Equal("## Explainer check: no problems\n\nChecked 5 entries and 6 parties\\: no errors\\.\n\n", markdown);
    }
}
