using AngleSharp.Html.Parser;
using Explainer.Tests.Support;

namespace Explainer.Tests.Hardening;

/// <summary>Issue 8, point 6: one slug function for every id on a page, and no page carries the same id twice.</summary>
public class UniqueIdTests
{
    [Fact]
    public void Body_headings_never_repeat_an_faq_anchor_a_source_anchor_a_theme_id_or_each_other()
    {
        using var folder = new TempFolder();
        var entry = SiteBuild.MinimalSite["entries/2026/acme-launches-widget.md"]
            .Replace("answer: A product of [Acme](/parties/acme/).", "answer: \"## Details\\n\\nA product of [Acme](/parties/acme/).\"")
            + "\n\n## What is Widget?\n\n## Main\n\n## Source 1\n\n## Entry sources\n\n## Details\n\n## Same\n\n## Same\n\n## Same 1\n";

        var result = SiteBuild.Generate(folder, new Dictionary<string, string> { ["entries/2026/acme-launches-widget.md"] = entry });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        foreach (var page in new[] { "entries/acme-launches-widget/index.html", "faq/index.html" })
        {
            var ids = new HtmlParser().ParseDocument(result.Text(page)).QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
            Assert.Equal(ids.Distinct().Count(), ids.Count);
        }
        var html = result.Text("entries/acme-launches-widget/index.html");
        Assert.Contains("id=\"what-is-widget\"", html);
        Assert.Contains("id=\"what-is-widget-1\"", html);
        Assert.Contains("id=\"same-1-1\"", html);
    }
}
