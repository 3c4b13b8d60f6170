using Explainer.Build;
using Explainer.Content;
using Explainer.Markdown;

namespace Explainer.Tests.Unit;

public class BuildStagesTests
{
    private const string Text = """
        ---
        event: Alibaba bans employees from using Claude Code
        date: 2026-07-10
        parties: [alibaba]
        summary: Alibaba reportedly bans Claude Code.
        sources:
          - title: "Alibaba to Ban Employees From Using Anthropic’s Claude Code"
            publisher: BitcoinWorld
            published: 2026-07-04
        faq:
          - question: What is Qoder?
            answer: Alibaba's *coding* assistant.
        ---
        Body text with a [link](https://example.org/a).
        """;

    private static Model.Entry Parsed()
    {
        var (entry, diagnostics) = EntryParser.Parse(new InputFile("input/entries/2026/ban.md", "entries/2026/ban.md", Text.ReplaceLineEndings("\n")));
        Assert.DoesNotContain(diagnostics, d => d.IsError);
        return entry!;
    }

    [Fact]
    public void A_build_keeps_the_rendered_body_and_drops_its_Markdown()
    {
        var entry = Parsed();

        var rendering = BuildStages.Full.RenderEntry(entry, new MarkdownRenderer("/"));

        Assert.Contains("Body text with a <a href=\"https://example.org/a\">link</a>", rendering.Entry.BodyHtml);
        Assert.Contains("<em>coding</em>", rendering.Entry.Faq[0].AnswerHtml);
        Assert.Equal("", rendering.Entry.Entry.BodyMarkdown);
        // Everything else is the parsed entry's.
        Assert.Equal(entry with { BodyMarkdown = "" }, rendering.Entry.Entry);
        Assert.Contains("Body text", entry.BodyMarkdown);
    }

    [Fact]
    public void Rendering_on_its_own_keeps_the_Markdown_preview_caches_by()
    {
        var entry = Parsed();

        var rendering = ContentRenderer.RenderEntry(entry, new MarkdownRenderer("/"));

        Assert.Same(entry, rendering.Entry.Entry);
    }
}
