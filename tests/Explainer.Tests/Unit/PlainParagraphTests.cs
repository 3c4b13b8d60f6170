using Explainer.Markdown;
using Markdig;

namespace Explainer.Tests.Unit;

/// <summary>A text read as one plain paragraph (<see cref="PlainParagraph"/>) gives exactly the HTML Markdig gives it.</summary>
public class PlainParagraphTests
{
    private static readonly MarkdownPipeline Site = MarkdownRenderer.Pipeline(autolinks: true);

    [Fact]
    public void Where_it_answers_it_gives_Markdigs_html()
    {
        string[] pieces =
        [
            "word", "Alibaba", "2026", "A", "i", "iv", "Mr", " ", " ", "  ", ".", ",", ")", "(", "'", "\"", "-", " - ", "?", "/", "%", "$", "1.", "a)",
            "*", "_", "`", "[", "]", "!", "<", ">", "&", "&amp;", "\\", "|", "~", "^", "+", "=", "#", ":", "@", "www.", "http", "\t", "\n", "\u0085",
            "\u2028", "é", "中文", "😀", "\u00A0", "---", "***", "    ", "> ", "- ", "1) ", "a. ", "II. ",
        ];
        var random = new Random(20261205);
        var taken = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 10)).Select(_ => pieces[random.Next(pieces.Length)]));
            if (PlainParagraph.TryRender(text) is not { } html) continue;
            taken++;
            Assert.True(Markdig.Markdown.ToHtml(text, Site) == html, $"differs from Markdig for: {text}");
        }
        Assert.True(taken > 1_000, $"only {taken} texts were read as plain paragraphs");
    }

    [Theory]
    [InlineData("1. Not a paragraph")]
    [InlineData("a) Nor this")]
    [InlineData("iv. Nor this")]
    [InlineData("- a list")]
    [InlineData("> a quote")]
    [InlineData("Two\n\nparagraphs")]
    [InlineData("A *stressed* word")]
    [InlineData("See https://example.org")]
    [InlineData("    indented code")]
    public void Anything_else_goes_through_Markdig(string text) => Assert.Null(PlainParagraph.TryRender(text));

    [Fact]
    public void Answers_in_plain_words_are_made_without_Markdig() =>
        Assert.Equal("<p>Alibaba's own coding assistant, called &quot;Qoder&quot;.</p>\n", PlainParagraph.TryRender("Alibaba's own coding assistant, called \"Qoder\"."));
}
