using Explainer.Markdown;

namespace Explainer.Tests.Unit;

/// <summary>A task list item's state is a mark in the text, whether or not the sanitizer runs over the body.</summary>
public class TaskListMarksTests
{
    private static readonly MarkdownRenderer Markdown = new("/explainer/");

    [Theory]
    [InlineData("")]
    [InlineData("\n\n<details><summary>More</summary>\n\nRaw HTML makes the sanitizer run.\n\n</details>\n")]
    public void Done_and_not_done_items_keep_their_state(string rest)
    {
        var rendered = Markdown.Render("- [x] confirmed by the company\n- [ ] not yet confirmed\n" + rest, "entry.md", 1);

        Assert.Empty(rendered.Diagnostics);
        Assert.Contains("☑ confirmed by the company", rendered.Html);
        Assert.Contains("☐ not yet confirmed", rendered.Html);
        Assert.DoesNotContain("<input", rendered.Html);
    }
}
