using Explainer.Build;
using Explainer.Markdown;
using Explainer.Tests.Support;

namespace Explainer.Tests.Unit;

public class BuildStagesTests
{
    [Fact]
    public void A_build_keeps_the_rendered_body_and_drops_its_Markdown()
    {
        var entry = SiteBuild.ParsedMinimalEntry();

        var rendering = BuildStages.Full.RenderEntry(entry, new MarkdownRenderer("/"));

        Assert.Contains("Acme <strong>launched</strong> Widget.", rendering.Entry.BodyHtml);
        Assert.Contains("<a href=\"/parties/acme/\">Acme</a>", rendering.Entry.Faq[0].AnswerHtml);
        Assert.Equal("", rendering.Entry.Entry.BodyMarkdown);
        // Everything else is the parsed entry's, and the parsed entry itself still has its Markdown.
        Assert.Equal(entry with { BodyMarkdown = "" }, rendering.Entry.Entry);
        Assert.Contains("Acme **launched** Widget.", entry.BodyMarkdown);
    }

    [Fact]
    public void Rendering_on_its_own_keeps_the_parsed_entry_that_preview_reuses_by()
    {
        var entry = SiteBuild.ParsedMinimalEntry();

        var rendering = ContentRenderer.RenderEntry(entry, new MarkdownRenderer("/"));

        Assert.Same(entry, rendering.Entry.Entry);
    }
}
