using Explainer.Markdown;
using Markdig;

namespace Explainer.Tests.Unit;

/// <summary>
/// A text is parsed without the autolink extension unless it may hold a bare address (<see cref="BareAddresses"/>): the
/// shortcut must never change the HTML, and bare addresses must still become links.
/// </summary>
public class BareAddressesTests
{
    private static readonly MarkdownPipeline With = MarkdownRenderer.Pipeline(autolinks: true);
    private static readonly MarkdownPipeline Without = MarkdownRenderer.Pipeline(autolinks: false);
    private static readonly MarkdownRenderer Renderer = new("/explainer/");

    [Theory]
    [InlineData("See https://example.org/report for the text.", "<a href=\"https://example.org/report\">https://example.org/report</a>")]
    [InlineData("A [report](https://example.org/a) and www.example.com too.", "<a href=\"http://www.example.com\">www.example.com</a>")]
    [InlineData("Write to mailto:press@example.org today.", "<a href=\"mailto:press@example.org\">press@example.org</a>")]
    // No [ opens this bracket, so "(https://…)" is text, and the address in it a bare one.
    [InlineData("a stray](https://example.org/x) bracket", "(<a href=\"https://example.org/x\">https://example.org/x</a>)")]
    public void Bare_addresses_still_become_links(string markdown, string link)
    {
        var rendered = Renderer.Render(markdown, "entry.md", 1);

        Assert.Empty(rendered.Diagnostics);
        Assert.Contains(link, rendered.Html);
    }

    [Theory]
    [InlineData("Only [a report](https://example.org/a) here.")]
    [InlineData("A [reference][r].\n\n[r]: https://example.org/r")]
    [InlineData("Code: `https://example.org` and\n\n    https://example.org/indented\n")]
    [InlineData("An <https://example.org> autolink and <a href=\"https://example.org\">raw HTML</a>.")]
    [InlineData("No address at all: with words that start with h, f, m, t and w.")]
    public void Texts_whose_addresses_are_all_taken_skip_the_extension(string markdown) =>
        Assert.False(BareAddresses.MayLink(markdown, Markdig.Markdown.Parse(markdown, Without)));

    /// <summary>The claim itself, over texts made of fragments that meet at every boundary: brackets, code, HTML, emphasis, tables.</summary>
    [Fact]
    public void Skipping_the_extension_never_changes_the_html()
    {
        string[] fragments =
        [
            "https://example.org/a", "http://x.example", "ftp://f.example/p", "www.example.com", "mailto:a@example.org", "tel:+123",
            "HTTPS://caps.example", "[", "]", "(", ")", "](", "[text](", "[r]: ", "[r]", "<", ">", "<a href=\"", "\">", "</a>", "`", "``",
            "*", "_", "~~", "|", " | ", "[^1]", "[^1]: ", "\\", "!", " ", " ", " ", "\n", "\n\n", "    ", "> ", "- ", "1. ", "h", "w", "t", "word",
        ];
        var random = new Random(20261204);
        var (skipped, differing) = (0, 0);
        for (var i = 0; i < 4000; i++)
        {
            var markdown = string.Concat(Enumerable.Range(0, random.Next(1, 14)).Select(_ => fragments[random.Next(fragments.Length)]));
            var withExtension = Markdig.Markdown.ToHtml(markdown, With);
            if (withExtension != Markdig.Markdown.ToHtml(markdown, Without)) differing++;
            if (BareAddresses.MayLink(markdown, Markdig.Markdown.Parse(markdown, Without))) continue;
            skipped++;
            Assert.True(withExtension == Markdig.Markdown.ToHtml(markdown, Without), $"the shortcut changes the HTML of: {markdown}");
        }
        // Both kinds of text were made: ones the shortcut takes, and ones where the extension does link something.
        Assert.True(skipped > 500, $"only {skipped} texts took the shortcut");
        Assert.True(differing > 200, $"only {differing} texts had an address to link");
    }
}
