using Explainer.Diagnostics;
using Explainer.Tests.Support;

namespace Explainer.Tests.Integration;

/// <summary>site.yml's <c>tag_names:</c> names tags whose id reads badly when capitalised ("Eu ai act"), everywhere a tag is named.</summary>
public class TagNamesTests
{
    private static GeneratedSite Build(TempFolder folder, string tagNames) =>
        SiteBuild.Generate(folder, new Dictionary<string, string> { ["site.yml"] = SiteBuild.MinimalSite["site.yml"] + "\n" + tagNames });

    [Fact]
    public void A_named_tag_is_named_so_on_its_page_the_entry_the_index_the_feed_and_the_data()
    {
        using var folder = new TempFolder();
        var result = Build(folder, "tag_names:\n  launches: Product launches (EU)\n");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("<h1>Product launches (EU)</h1>", result.Text("tags/launches/index.html"));
        Assert.Contains(">Product launches (EU)</a>", result.Text("entries/acme-launches-widget/index.html"));
        Assert.Contains("<span class=\"tag-index__name\">Product launches (EU)</span>", result.Text("tags/index.html"));
        Assert.Contains("Tag: Product launches (EU)", result.Text("tags/launches/feed.xml"));
        Assert.Contains("\"Product launches (EU)\"", result.Text("data/entries.json"));
        Assert.DoesNotContain(">Launches<", result.Text("tags/index.html"));
        // The search page names it for its filter chips; a tag named after its id is named by search.js instead.
        Assert.Contains("<data value=\"tag:launches\">Product launches (EU)</data>", result.Text("search/index.html"));
    }

    [Fact]
    public void A_name_for_a_tag_no_entry_has_is_a_warning_with_the_likely_tag()
    {
        using var folder = new TempFolder();
        var result = Build(folder, "tag_names:\n  launchs: Launches\n");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnusedTagName);
        Assert.Equal((7, 3), (warning.Location.Line, warning.Location.Column));
        Assert.Contains("did you mean 'launches'?", warning.Hint);
    }

    [Theory]
    [InlineData("tag_names:\n  EU-AI-Act: EU AI Act\n", DiagnosticCodes.InvalidSlug, "try 'eu-ai-act'")]
    [InlineData("tag_names: [launches]\n", DiagnosticCodes.WrongType, "'tag_names'")]
    [InlineData("tag_names:\n  launches: [a, b]\n", DiagnosticCodes.WrongType, "'tag_names'")]
    public void A_malformed_tag_names_is_an_error_at_its_line(string tagNames, string code, string words)
    {
        using var folder = new TempFolder();
        var result = Build(folder, tagNames);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(code, error.Code);
        Assert.Contains(words, error.Message + " " + error.Hint);
        Assert.EndsWith("site.yml", error.Location.Path);
    }
}
