using System.Text.Json;
using System.Xml.Linq;
using Explainer.Tests.Support;

namespace Explainer.Tests.Sharing;

/// <summary>
/// A feed reader shows an entry's body away from its page and resolves its links against the feed's base, the home page. A link
/// to a footnote or a heading of the page ("#fn:1") must still reach that part of the entry's page, and a link within the site
/// must be a whole address.
/// </summary>
public class FeedContentLinkTests
{
    private const string EntryPage = "https://example.org/explainer/entries/acme-launches-widget/";

    private static GeneratedSite BuildWithFootnote(TempFolder folder)
    {
        var entry = SiteBuild.MinimalSite["entries/2026/acme-launches-widget.md"].TrimEnd()
            + "\n\nA claim with a note.[^1] See [the launch](#the-launch) and [the timeline](/timeline/).\n\n## The launch\n\nIt launched.\n\n[^1]: The note.\n";
        var result = SiteBuild.Generate(folder, new Dictionary<string, string> { ["entries/2026/acme-launches-widget.md"] = entry });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    [Fact]
    public void Links_to_a_part_of_the_page_point_at_the_entry_s_page_in_both_feeds()
    {
        using var folder = new TempFolder();
        var result = BuildWithFootnote(folder);

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var atomContent = XDocument.Parse(result.Text("feed.xml")).Descendants(atom + "content").Single().Value;
        using var json = JsonDocument.Parse(result.Text("feed.json"));
        var jsonContent = json.RootElement.GetProperty("items")[0].GetProperty("content_html").GetString()!;

        foreach (var content in new[] { atomContent, jsonContent })
        {
            Assert.DoesNotContain("href=\"#", content);
            Assert.Contains($"href=\"{EntryPage}#fn:1\"", content);
            Assert.Contains($"href=\"{EntryPage}#fnref:1\"", content);
            Assert.Contains($"href=\"{EntryPage}#the-launch\"", content);
            // A link within the site becomes a whole address: a JSON Feed has no base, and many Atom readers ignore xml:base.
            Assert.Contains("href=\"https://example.org/explainer/timeline/\"", content);
            Assert.DoesNotContain("href=\"/", content);
        }

        // The parts linked exist on the page under those names.
        var page = result.Text("entries/acme-launches-widget/index.html");
        Assert.True(BuiltSite.HasId(page, "fn:1") && BuiltSite.HasId(page, "fnref:1") && BuiltSite.HasId(page, "the-launch"));
    }

    [Theory]
    [InlineData("/explainer/", "<a href=\"/explainer/parties/x/\">x</a> <img src=\"/explainer/a.png\">", "<a href=\"https://example.org/explainer/parties/x/\">x</a> <img src=\"https://example.org/explainer/a.png\">")]
    [InlineData("/", "<a href=\"/parties/x/\">x</a> <a href=\"//other.example/\">o</a>", "<a href=\"https://example.org/parties/x/\">x</a> <a href=\"//other.example/\">o</a>")]
    [InlineData("/explainer/", "<a href=\"https://other.example/explainer/\">o</a> <a href=\"/elsewhere/\">e</a>", "<a href=\"https://other.example/explainer/\">o</a> <a href=\"/elsewhere/\">e</a>")]
    public void Only_links_within_the_site_are_made_whole(string basePath, string html, string expected)
    {
        var root = new Uri("https://example.org" + basePath);
        Assert.Equal(expected, Explainer.Output.WholeAddresses.In(html, new Explainer.SiteModel.SiteUrls(basePath, root)));
    }
}
