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
