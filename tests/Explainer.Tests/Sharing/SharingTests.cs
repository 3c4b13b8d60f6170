using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Explainer.Build;
using Explainer.Tests.Support;

namespace Explainer.Tests.Sharing;

/// <summary>Issue 12, points 2–4 on the real site and on small inline sites: citations, JSON-LD, sharing metadata and feeds.</summary>
public class SharingTests
{
    private const string PublicRoot = "https://explainer-project.github.io/explainer/";

    private static readonly Lazy<GeneratedSite> Real = new(() =>
        SiteBuild.InMemory(new BuildOptions(RepositoryPaths.Input, RepositoryPaths.Theme, "unused", GitHistory: false)));

    [Fact]
    public void Every_JSON_LD_block_and_every_feed_of_the_real_site_validates()
    {
        var site = Real.Value;
        Assert.True(site.Succeeded, string.Join("\n", site.Diagnostics));
        var failures = SiteShareChecks.Run(site.Files.Select(f => (f.Path, (Func<string>)(() => site.Text(f.Path)))), PublicRoot);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        // The feeds the checks saw: the site's two, JSON Feed, and one per party and per tag.
        Assert.NotNull(site.File("feed.json"));
        Assert.NotNull(site.File("parties/alibaba/feed.xml"));
        Assert.NotNull(site.File("tags/distillation/feed.xml"));
    }

    [Fact]
    public void Every_party_and_tag_page_links_its_feed_in_the_head_and_with_a_visible_Follow_link()
    {
        var site = Real.Value;
        var pages = site.Files.Where(f => f.Path.Split('/') is [("parties" or "tags"), _, "index.html"]).ToList();
        Assert.True(pages.Count >= 6 + 5, $"{pages.Count} party and tag pages");
        foreach (var page in pages)
        {
            var document = new HtmlParser().ParseDocument(site.Text(page.Path));
            var feed = "/explainer/" + page.Path.Replace("index.html", "feed.xml");
            Assert.True(document.QuerySelector($"head link[rel=alternate][type='application/atom+xml'][href='{feed}']") is not null, $"{page.Path}: no <link rel=alternate> to {feed}");
            var follow = document.QuerySelector($"main a[href='{feed}']");
            Assert.True(follow is not null && follow.TextContent.StartsWith("Follow", StringComparison.Ordinal), $"{page.Path}: no visible Follow link");
            Assert.NotNull(site.File(page.Path.Replace("index.html", "feed.xml")));
        }
    }

    [Fact]
    public void Every_page_links_the_JSON_Feed_and_has_the_share_image_and_a_large_image_Twitter_card()
    {
        var site = Real.Value;
        foreach (var page in site.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var head = new HtmlParser().ParseDocument(site.Text(page.Path)).Head!;
            Assert.True(head.QuerySelector("link[rel=alternate][type='application/feed+json'][href='/explainer/feed.json']") is not null, page.Path);
            Assert.Equal(PublicRoot + "assets/share.png", head.QuerySelector("meta[property='og:image']")?.GetAttribute("content"));
            Assert.Equal("summary_large_image", head.QuerySelector("meta[name='twitter:card']")?.GetAttribute("content"));
        }
        var png = site.File("assets/share.png")!.Bytes;
        // PNG signature, then IHDR's width and height (big-endian) at bytes 16–23.
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        Assert.Equal(1200, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(630, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    [Fact]
    public void Every_entry_page_has_Cite_this_entry_in_three_formats_that_work_without_JavaScript()
    {
        var site = Real.Value;
        var entries = site.Files.Where(f => EntryPages.Is(f.Path)).ToList();
        Assert.Equal(5, entries.Count);
        foreach (var entry in entries)
        {
            var document = new HtmlParser().ParseDocument(site.Text(entry.Path));
            var url = PublicRoot + entry.Path.Replace("index.html", "");
            var formats = document.QuerySelectorAll("section.cite details pre").Select(p => p.TextContent).ToList();
            Assert.Equal(3, formats.Count);
            Assert.All(formats, f => Assert.Contains(url, f));
            Assert.StartsWith("AI Policy Explainer. (", formats[0]);
            Assert.Contains("Retrieved YYYY-MM-DD, from " + url, formats[0]);
            Assert.StartsWith("@misc{ai-policy-explainer:", formats[1]);
            Assert.Contains("urldate = {YYYY-MM-DD}", formats[1]);
            var csl = JsonDocument.Parse(formats[2]).RootElement[0];
            Assert.Equal("webpage", csl.GetProperty("type").GetString());
            Assert.Equal(url, csl.GetProperty("URL").GetString());
            Assert.Equal("YYYY", csl.GetProperty("accessed").GetProperty("date-parts")[0][0].GetString());
            // The Copy button is progressive: a module script from assets/, no inline script.
            Assert.NotNull(document.QuerySelector("script[type=module][src='/explainer/assets/cite.js']"));
            Assert.All(document.QuerySelectorAll("script:not([src])"), s => Assert.Equal("application/ld+json", s.GetAttribute("type")));
        }
    }

    [Fact]
    public void Citations_give_the_page_date_key_and_placeholder_in_each_format()
    {
        using var folder = new TempFolder();
        var site = SiteBuild.Generate(folder, new Dictionary<string, string>
        {
            ["entries/2026/acme-launches-widget.md"] = """
                ---
                event: Acme launches Widget
                date: 2026-03-05
                parties: [acme]
                summary: Acme launched Widget.
                tags: [launches]
                published: 2026-03-06
                updated: 2026-04-01
                sources:
                  - title: Acme launches Widget
                    publisher: Example News
                    published: 2026-03-05
                    url: https://example.org/news/widget
                ---
                Acme launched Widget.
                """,
        });
        Assert.True(site.Succeeded, string.Join("\n", site.Diagnostics));
        var formats = new HtmlParser().ParseDocument(site.Text("entries/acme-launches-widget/index.html"))
            .QuerySelectorAll("section.cite pre").Select(p => p.TextContent).ToList();
        const string url = "https://example.org/explainer/entries/acme-launches-widget/";
        Assert.Equal($"Test Explainer. (2026, April 1). Acme launches Widget. Retrieved YYYY-MM-DD, from {url}", formats[0]);
        Assert.Equal(string.Join("\n",
            "@misc{test-explainer:acme-launches-widget,",
            "  author = {{Test Explainer}},",
            "  title = {{Acme launches Widget}},",
            "  year = {2026},",
            "  month = apr,",
            "  url = {" + url + "},",
            "  urldate = {YYYY-MM-DD},",
            "}"), formats[1]);
        var csl = JsonDocument.Parse(formats[2]).RootElement[0];
        Assert.Equal("test-explainer:acme-launches-widget", csl.GetProperty("id").GetString());
        Assert.Equal("[[2026,4,1]]", csl.GetProperty("issued").GetProperty("date-parts").GetRawText().Replace(" ", "").Replace("\n", ""));
    }

    [Theory]
    [InlineData("Plain title", "Plain title")]
    [InlineData(@"50% of $5 & #1_a^b~c {x} \y", @"50\% of \$5 \& \#1\_a\^{}b\~{}c \{x\} \textbackslash{}y")]
    [InlineData("Qoder’s “ban” — 中文", "Qoder’s “ban” — 中文")]
    public void BibTeX_escapes_every_TeX_special_character(string text, string expected) =>
        Assert.Equal(expected, Explainer.Sharing.Citation.TeX(text));

    [Fact]
    public void Hostile_entry_text_cannot_close_the_JSON_LD_script_or_break_a_citation_or_feed()
    {
        const string hostile = "Evil </script><script>alert(1)</script> & {x} 100% \\end";
        using var folder = new TempFolder();
        var site = SiteBuild.Generate(folder, new Dictionary<string, string>
        {
            ["entries/2026/acme-launches-widget.md"] = $$"""
                ---
                event: "{{hostile.Replace("\\", "\\\\")}}"
                date: 2026-03-05
                parties: [acme]
                summary: "{{hostile.Replace("\\", "\\\\")}}"
                tags: [launches]
                sources:
                  - title: "{{hostile.Replace("\\", "\\\\")}}"
                    publisher: Example News
                    published: 2026-03-05
                    url: https://example.org/news/widget
                ---
                Acme launched Widget.
                """,
        });
        Assert.True(site.Succeeded, string.Join("\n", site.Diagnostics));
        var html = site.Text("entries/acme-launches-widget/index.html");
        var document = new HtmlParser().ParseDocument(html);
        // Every script is either a file (src) or JSON-LD data; the page's text holds no script element of the entry's.
        Assert.All(document.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src") || s.GetAttribute("type") == "application/ld+json", s.OuterHtml));
        Assert.DoesNotContain("<script>alert", html);
        var failures = new List<string>();
        var article = ShareChecks.JsonLd("entry", html, failures).Single(b => ShareChecks.Text(b, "@type") == "NewsArticle");
        Assert.Empty(failures);
        Assert.Equal(hostile, ShareChecks.Text(article, "headline"));
        Assert.Equal(hostile, ShareChecks.Text(article.GetProperty("citation")[0], "name"));

        var formats = document.QuerySelectorAll("section.cite pre").Select(p => p.TextContent).ToList();
        Assert.Contains(hostile, formats[0]);
        Assert.Contains(@"title = {{Evil </script><script>alert(1)</script> \& \{x\} 100\% \textbackslash{}end}}", formats[1]);
        Assert.Equal(hostile, JsonDocument.Parse(formats[2]).RootElement[0].GetProperty("title").GetString());

        foreach (var feed in new[] { "feed.xml", "parties/acme/feed.xml", "tags/launches/feed.xml" })
        {
            Assert.Empty(ShareChecks.CheckAtom(feed, site.Text(feed)));
            Assert.Equal(hostile, XDocument.Parse(site.Text(feed)).Descendants(ShareChecks.Atom + "title").Last().Value);
        }
        Assert.Empty(ShareChecks.CheckJsonFeed("feed.json", site.Text("feed.json")));
    }

    [Fact]
    public void Feed_items_carry_the_status_the_date_in_words_and_the_sources_in_every_feed()
    {
        using var folder = new TempFolder();
        var site = SiteBuild.Generate(folder, new Dictionary<string, string>());
        Assert.True(site.Succeeded, string.Join("\n", site.Diagnostics));
        foreach (var path in new[] { "feed.xml", "parties/acme/feed.xml", "parties/widget/feed.xml", "tags/launches/feed.xml" })
        {
            var entry = XDocument.Parse(site.Text(path)).Root!.Element(ShareChecks.Atom + "entry")!;
            Assert.Equal("5 March 2026 · Reported: Acme launched Widget.", entry.Element(ShareChecks.Atom + "summary")!.Value);
            var content = entry.Element(ShareChecks.Atom + "content")!.Value;
            Assert.Contains("<strong>Date:</strong> 5 March 2026", content);
            Assert.Contains("<strong>Status:</strong> Reported.", content);
            Assert.Contains("<li><a href=\"https://example.org/news/widget\">Acme launches Widget</a>, Example News, 5 March 2026</li>", content);
        }
        var item = JsonDocument.Parse(site.Text("feed.json")).RootElement.GetProperty("items")[0];
        var extension = item.GetProperty("_explainer");
        Assert.Equal("reported", extension.GetProperty("status").GetString());
        Assert.Equal("5 March 2026", extension.GetProperty("date").GetProperty("text").GetString());
        Assert.Equal("https://example.org/news/widget", extension.GetProperty("sources")[0].GetProperty("url").GetString());
        Assert.Contains("<strong>Status:</strong> Reported.", item.GetProperty("content_html").GetString());
    }

    [Fact]
    public void A_feed_holds_the_newest_50_entries_of_its_list_newest_first()
    {
        var files = new Dictionary<string, string>();
        for (var day = 1; day <= 60; day++)
        {
            files[$"entries/2026/event-{day:D2}.md"] = $"""
                ---
                event: Event {day}
                date: 2026-01-{(day - 1) % 28 + 1:D2}
                parties: [{(day % 2 == 0 ? "acme" : "widget")}]
                summary: Something happened.
                tags: [launches]
                sources:
                  - title: Report {day}
                    publisher: Example News
                    published: 2026-02-{(day - 1) % 28 + 1:D2}
                    url: https://example.org/news/{day}
                ---
                """;
        }
        files["entries/2026/acme-launches-widget.md"] = "";
        using var folder = new TempFolder();
        var site = SiteBuild.Generate(folder, files);
        Assert.True(site.Succeeded, string.Join("\n", site.Diagnostics.Where(d => d.IsError)));

        var titles = (string path) => XDocument.Parse(site.Text(path)).Root!.Elements(ShareChecks.Atom + "entry")
            .Select(e => e.Element(ShareChecks.Atom + "title")!.Value).ToList();
        Assert.Equal(50, titles("feed.xml").Count);
        Assert.Equal(50, titles("tags/launches/feed.xml").Count);
        Assert.Equal(30, titles("parties/acme/feed.xml").Count);
        Assert.Equal(50, JsonDocument.Parse(site.Text("feed.json")).RootElement.GetProperty("items").GetArrayLength());
        // The timeline reversed: 28 January holds events 28 and 56 (the timeline orders ties by slug), then the 27th 27 and 55.
        Assert.Equal(["Event 56", "Event 28", "Event 55", "Event 27"], titles("feed.xml").Take(4));
        Assert.Equal(titles("feed.xml"), titles("tags/launches/feed.xml"));
    }
}
