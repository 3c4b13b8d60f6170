using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Explainer.Build;
using Explainer.Tests.Support;

namespace Explainer.Tests.Search;

/// <summary>Issue 3: the data-pagefind-* attributes the theme writes decide what is indexed, weighted, filtered and sorted.</summary>
public sealed class SearchMarkupTests
{
    private static readonly Lazy<GeneratedSite> Site = new(() =>
        SiteBuild.InMemory(new BuildOptions(RepositoryPaths.Fixture(Path.Combine("search", "input")), RepositoryPaths.Theme, "unused", "/explainer/")));

    private static IDocument Page(string path) => new HtmlParser().ParseDocument(Site.Value.Text(path));

    private static IEnumerable<string> HtmlPages => Site.Value.Files.Select(f => f.Path).Where(p => p.EndsWith(".html", StringComparison.Ordinal));

    [Fact]
    public void Only_entry_and_party_pages_mark_content_for_the_index()
    {
        var indexed = HtmlPages.Where(p => Page(p).QuerySelector("[data-pagefind-body]") is not null).Order(StringComparer.Ordinal);

        Assert.Equal(
            [
                "entries/alibaba-bans-claude-code/index.html", "entries/alibaba-launches-qoder/index.html", "entries/anthropic-restricts-access/index.html",
                "parties/alibaba/index.html", "parties/anthropic/index.html", "parties/claude-code/index.html", "parties/qoder/index.html",
            ],
            indexed);
    }

    [Fact]
    public void Every_indexed_page_carries_one_date_sort_key()
    {
        // Pagefind drops pages without the key from sorted results.
        foreach (var path in HtmlPages.Where(p => Page(p).QuerySelector("[data-pagefind-body]") is not null))
        {
            var sorts = Page(path).QuerySelectorAll("[data-pagefind-sort]");
            var sort = Assert.Single(sorts);
            var value = sort.GetAttribute("data-pagefind-sort")!;
            var date = value == "date[datetime]" ? sort.GetAttribute("datetime") : value.StartsWith("date:", StringComparison.Ordinal) ? value["date:".Length..] : null;
            Assert.Matches(@"^\d{4}(-\d{2}(-\d{2})?)?$", date ?? $"({path}: {value})");
        }
    }

    [Fact]
    public void Navigation_header_footer_and_repeated_lists_are_outside_the_index()
    {
        foreach (var path in HtmlPages)
        {
            var page = Page(path);
            foreach (var body in page.QuerySelectorAll("[data-pagefind-body]"))
            {
                Assert.Null(body.Closest("header.site-header, footer.site-footer, nav"));
                foreach (var excluded in body.QuerySelectorAll("nav, .pager, .timeline, .entry-footer, .glance"))
                    Assert.NotNull(excluded.Closest("[data-pagefind-ignore]"));
            }
        }
    }

    [Fact]
    public void An_entry_page_is_tagged_with_its_parties_tags_year_and_status_and_weights_its_headline()
    {
        var page = Page("entries/alibaba-bans-claude-code/index.html");
        var filters = page.QuerySelectorAll("[data-pagefind-filter]").Select(e => e.GetAttribute("data-pagefind-filter") ?? "").ToArray();

        // Values are the ids and slugs the site's own URLs use, so search URLs read party=claude-code.
        Assert.Equal(["year:2026", "party:alibaba", "party:anthropic", "party:claude-code", "status:reported", "tag:corporate-policy", "tag:developer-tools"], filters);
        Assert.Equal("10", page.QuerySelector("h1")!.GetAttribute("data-pagefind-weight"));
        // Search shows the date in words ("By 4 July 2026"), and sorts by the timeline position (issue 9).
        Assert.Equal("4 July 2026", page.QuerySelector("[data-pagefind-meta=date]")!.TextContent);
        Assert.Equal("date:2026-07-04", page.QuerySelector("[data-pagefind-sort]")!.GetAttribute("data-pagefind-sort"));
    }

    [Fact]
    public void Faq_questions_are_headings_with_ids_inside_the_index_so_results_land_on_them()
    {
        // Issue 10: a question's one home is its entry's page; FAQ list pages only link there and are not indexed.
        foreach (var path in new[] { "entries/alibaba-launches-qoder/index.html" })
        {
            // On the FAQ page the heading also carries the answer's status, so search sub-results show it (issue 9).
            var question = Page(path).QuerySelectorAll(".faq-item__question").Single(q => q.TextContent.StartsWith("What is Qoder?", StringComparison.Ordinal));
            Assert.Matches("^H[23]$", question.TagName);
            Assert.False(string.IsNullOrEmpty(question.Id));
            Assert.NotNull(question.Closest("[data-pagefind-body]"));
            Assert.Null(question.Closest("[data-pagefind-ignore]"));
        }
    }

    [Fact]
    public void The_search_page_points_its_script_at_the_bundle_under_the_base_path_without_inline_script()
    {
        var page = Page("search/index.html");

        Assert.Equal("/explainer/pagefind/", page.GetElementById("search")!.GetAttribute("data-pagefind-bundle"));
        // JSON-LD blocks (issue 12) are data, not script: the browser runs none of them.
        const string code = "script:not([type='application/ld+json'])";
        var scripts = page.QuerySelectorAll(code);
        var script = Assert.Single(scripts);
        Assert.Equal("/explainer/assets/search.js", script.GetAttribute("src"));
        Assert.Equal("", script.TextContent);
        // The FAQ index's one script finds the new home of an old faq/#question link.
        var faqScript = Assert.Single(Page("faq/index.html").QuerySelectorAll(code));
        Assert.Equal("/explainer/assets/faq-anchors.js", faqScript.GetAttribute("src"));
        Assert.Equal("", faqScript.TextContent);
        // An entry page's one script adds the Copy buttons of "Cite this entry".
        foreach (var entry in HtmlPages.Where(EntryPages.Is))
            Assert.Equal("/explainer/assets/cite.js", Assert.Single(Page(entry).QuerySelectorAll(code)).GetAttribute("src"));
        Assert.All(HtmlPages.Where(p => p is not ("search/index.html" or "faq/index.html") && !EntryPages.Is(p)),
            p => Assert.Empty(Page(p).QuerySelectorAll(code)));
    }

    [Fact]
    public void The_search_page_names_every_party_status_and_named_tag_the_index_filters_on()
    {
        var template = (AngleSharp.Html.Dom.IHtmlTemplateElement)Page("search/index.html").QuerySelector("template#search-labels")!;
        var parsed = template.Content.QuerySelectorAll("data").ToDictionary(e => e.GetAttribute("value")!, e => e.TextContent);

        Assert.Equal("Claude Code", parsed["party:claude-code"]);
        Assert.Equal("Retracted", parsed["status:retracted"]);
        // Tags named after their ids ("developer-tools" is "Developer tools") are named by search.js (TagNamesTests has a named one).
        Assert.DoesNotContain("tag:developer-tools", parsed.Keys);
        Assert.Equal(4 + 4, parsed.Count);
    }
}
