using Explainer.Diagnostics;
using Explainer.Tests.Support;

namespace Explainer.Tests.Trust;

/// <summary>Issue 9: corrections on pages, the /corrections/ log and its feed, standalone pages and the footer.</summary>
public class CorrectionsAndPagesTests
{
    private static readonly string Entry = SiteBuild.MinimalSite["entries/2026/acme-launches-widget.md"];

    private static Dictionary<string, string> WithCorrections() => new()
    {
        ["entries/2026/acme-launches-widget.md"] = Entry.Replace("faq:", "corrections:\n  - date: 2026-03-07\n    text: The launch was first given as *4 March*.\n  - date: 2026-03-09\n    text: Widget is a product, not a service.\nfaq:"),
        ["parties/widget.md"] = "---\nname: Widget\nkind: product\nsummary: A product of Acme.\nowner: acme\ncorrections:\n  - date: 2026-03-08\n    text: Widget's owner was wrong.\n---\n",
        ["pages/about.md"] = "---\ntitle: About\nsummary: What this is.\norder: 1\n---\nAbout the site.\n",
        ["pages/how-we-source.md"] = "---\ntitle: How we source\nsummary: Sources.\norder: 2\n---\nHow we source.\n",
        ["pages/corrections-policy.md"] = "---\ntitle: Corrections policy\nsummary: How we correct.\nfooter: false\n---\nPolicy.\n",
    };

    [Fact]
    public void A_correction_is_boxed_at_the_top_of_its_page_newest_first()
    {
        using var folder = new TempFolder();
        var result = SiteBuild.Generate(folder, WithCorrections());
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var page = result.Text("entries/acme-launches-widget/index.html");
        var box = page.IndexOf("class=\"corrections-box\"", StringComparison.Ordinal);
        Assert.True(box > 0 && box < page.IndexOf("class=\"prose entry-body\"", StringComparison.Ordinal), "the box comes before the body");
        Assert.True(page.IndexOf("9 March 2026", box, StringComparison.Ordinal) < page.IndexOf("7 March 2026", box, StringComparison.Ordinal), "newest first");
        Assert.Contains("<em>4 March</em>", page);
    }

    [Fact]
    public void The_corrections_log_lists_every_correction_newest_first_with_its_policy_and_feed()
    {
        using var folder = new TempFolder();
        var result = SiteBuild.Generate(folder, WithCorrections());

        var log = result.Text("corrections/index.html");
        var order = new[] { "9 March 2026", "8 March 2026", "7 March 2026" }.Select(d => log.IndexOf(d, StringComparison.Ordinal)).ToArray();
        Assert.True(order[0] > 0 && order[0] < order[1] && order[1] < order[2], string.Join(",", order));
        Assert.Contains("href=\"/explainer/parties/widget/\">Widget</a>", log);
        Assert.Contains("href=\"/explainer/corrections-policy/\">Corrections policy</a>", log);

        var feed = result.Text("corrections/feed.xml");
        Assert.Contains("<updated>2026-03-09T00:00:00Z</updated>", feed);
        Assert.Contains("<id>https://example.org/explainer/entries/acme-launches-widget/#correction-2</id>", feed);
        Assert.Contains("<id>https://example.org/explainer/entries/acme-launches-widget/#correction-1</id>", feed);
        Assert.Equal(3, feed.Split("<entry>").Length - 1);
    }

    [Fact]
    public void Without_corrections_the_log_says_so_and_the_feed_is_empty()
    {
        using var folder = new TempFolder();
        var result = SiteBuild.Generate(folder, new Dictionary<string, string>());
        Assert.Contains("No corrections have been made yet.", result.Text("corrections/index.html"));
        Assert.DoesNotContain("<entry>", result.Text("corrections/feed.xml"));
    }

    [Fact]
    public void Standalone_pages_are_built_and_linked_from_every_pages_footer_in_order()
    {
        using var folder = new TempFolder();
        var result = SiteBuild.Generate(folder, WithCorrections());

        Assert.Contains("About the site.", result.Text("about/index.html"));
        foreach (var path in new[] { "index.html", "timeline/index.html", "entries/acme-launches-widget/index.html", "about/index.html" })
        {
            var footer = result.Text(path)[result.Text(path).IndexOf("<footer class=\"site-footer\">", StringComparison.Ordinal)..];
            var links = new[] { ">About<", ">How we source<", ">Corrections<", ">Report a correction<", ">Edit on GitHub<" }
                .Select(l => footer.IndexOf(l, StringComparison.Ordinal)).ToArray();
            Assert.True(links.All(i => i > 0) && links.SequenceEqual(links.Order()), $"{path}: {string.Join(",", links)}");
            Assert.DoesNotContain(">Corrections policy<", footer);
        }
    }

    [Fact]
    public void Report_a_correction_opens_the_issue_form_with_the_page_address_filled_in()
    {
        using var folder = new TempFolder();
        var result = SiteBuild.Generate(folder, new Dictionary<string, string>());
        Assert.Contains(
            "https://github.com/example/explainer/issues/new?template=report-correction.yml&amp;title=Correction%3A%20Acme%20launches%20Widget&amp;page=https%3A%2F%2Fexample.org%2Fexplainer%2Fentries%2Facme-launches-widget%2F",
            result.Text("entries/acme-launches-widget/index.html"));
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, ".github", "ISSUE_TEMPLATE", Rendering.ViewFactory.ReportTemplate)),
            "the link names the correction form's file");
    }

    [Theory]
    [InlineData("timeline")]
    [InlineData("faq")]
    [InlineData("entries")]
    [InlineData("search")]
    [InlineData("corrections")]
    [InlineData("parties")]
    [InlineData("tags")]
    public void A_page_whose_slug_the_generator_uses_is_an_error(string slug)
    {
        using var folder = new TempFolder();
        var result = SiteBuild.Generate(folder, new Dictionary<string, string> { [$"pages/{slug}.md"] = "---\ntitle: X\nsummary: Y.\n---\nZ\n" });
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.ReservedPageSlug, error.Code);
        Assert.EndsWith($"pages/{slug}.md", error.Location.Path);
    }

    [Fact]
    public void A_bad_date_in_a_file_is_reported_at_the_character_where_it_goes_wrong()
    {
        using var folder = new TempFolder();
        var result = SiteBuild.Generate(folder, new Dictionary<string, string>
        {
            ["entries/2026/acme-launches-widget.md"] = Entry.Replace("date: 2026-03-05", "date: 2026-07-10/2026-02-30"),
        });
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidDate, error.Code);
        Assert.Equal((3, 7 + 19), (error.Location.Line, error.Location.Column));
        Assert.Contains("February 2026 has 28 days", error.Message);
    }

    [Fact]
    public void Feeds_and_sitemaps_never_invent_a_day_the_entry_does_not_state()
    {
        using var folder = new TempFolder();
        var entry = Entry.Replace("date: 2026-03-05", "date: 2026-03").Replace("published: 2026-03-05", "published: 2026-03");
        var result = SiteBuild.Generate(folder, new Dictionary<string, string> { ["entries/2026/acme-launches-widget.md"] = entry });

        Assert.DoesNotContain("2026-03-01", result.Text("feed.xml"));
        Assert.DoesNotContain("<entry>", result.Text("feed.xml"));
        Assert.DoesNotContain("<lastmod>", result.Text("sitemap.xml"));
        Assert.Contains("<time datetime=\"2026-03\">March 2026</time>", result.Text("entries/acme-launches-widget/index.html"));
    }
}
