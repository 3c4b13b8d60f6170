using Markdig;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Explainer.Markdown;

/// <summary>
/// A task list item (<c>- [x] done</c>, <c>- [ ] not yet</c>) shows its state as a mark every reader sees: ☑ or ☐. Markdig
/// writes a disabled checkbox, which the sanitizer removes (it lets no <c>&lt;input&gt;</c> through) whenever the same text
/// also has raw HTML: the state was shown or lost depending on the rest of the entry.
/// </summary>
public sealed class TaskListMarks : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    // Runs after the task list extension's own set-up (extensions are set up in the order they were added).
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.ReplaceOrAdd<HtmlTaskListRenderer>(new Mark());
    }

    private sealed class Mark : HtmlObjectRenderer<TaskList>
    {
        protected override void Write(HtmlRenderer renderer, TaskList taskList) => renderer.Write(taskList.Checked ? "☑" : "☐");
    }
}
