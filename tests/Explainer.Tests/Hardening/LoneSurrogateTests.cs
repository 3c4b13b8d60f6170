using Explainer.Diagnostics;
using Explainer.Markdown;

namespace Explainer.Tests.Hardening;

/// <summary>
/// Markdig throws on a lone UTF-16 surrogate inside a link's URL ("output byte buffer is too small"; found by the fuzz test,
/// seed e_6vimTmm6M1). Files are refused before they get there, but the renderer must not depend on that.
/// </summary>
public sealed class LoneSurrogateTests
{
    private static readonly MarkdownRenderer Markdown = new("/explainer/");

    // The lone surrogate is put in by code: xUnit would turn one in an attribute into U+FFFD before the test saw it.
    [Theory]
    [InlineData("a [link](https://example.org/{0}) here", 0xD800)]
    [InlineData("[link]({0})", 0xDC00)]
    [InlineData("<https://example.org/{0}>", 0xD83D)]
    public void A_lone_surrogate_is_a_located_error_not_a_crash(string template, int surrogate)
    {
        var line = string.Format(template, (char)surrogate);
        var rendered = Markdown.Render("First paragraph.\n\n" + line + "\n", "input/entries/x.md", firstLine: 10);

        var error = Assert.Single(rendered.Diagnostics, d => d.Code == DiagnosticCodes.ForbiddenCharacter);
        Assert.Equal(12, error.Location.Line);
        Assert.Equal(line.IndexOf((char)surrogate) + 1, error.Location.Column);
        Assert.Equal("", rendered.Html);
    }

    [Fact]
    public void A_surrogate_pair_is_text_like_any_other()
    {
        var rendered = Markdown.Render("a [link](https://example.org/\uD83D\uDE00) 😀\n", "input/entries/x.md", firstLine: 10);

        Assert.DoesNotContain(rendered.Diagnostics, d => d.IsError);
        Assert.Contains("😀", rendered.Html);
    }
}
