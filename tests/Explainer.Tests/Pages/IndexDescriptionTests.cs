using System.Text.RegularExpressions;
using Explainer.Tests.Support;

namespace Explainer.Tests.Pages;

/// <summary>Issue 13: an index page's meta description says what the page lists (counts, years, names), not a generic sentence.</summary>
public sealed class IndexDescriptionTests
{
    private static readonly Dictionary<string, string> SecondEntry = new()
    {
        ["entries/2025/acme-founded.md"] = """
            ---
            event: Acme is founded
            date: 2025-02
            parties: [acme]
            summary: Acme was founded.
            tags: [launches]
            sources:
              - title: Acme history
                publisher: Example News
                published: 2025-03-01
                url: https://example.org/news/history
            ---
            """,
    };

    [Theory]
    [InlineData("timeline/index.html", "2 events from 2025 to 2026, by year, each with its status and sources. Latest: 5 March 2026, Acme launches Widget.")]
    [InlineData("parties/index.html", "2 parties: Acme Corp and Widget.")]
    [InlineData("tags/index.html", "1 tag: Launches (2 events).")]
    [InlineData("tags/launches/index.html", "2 events tagged Launches from 2025 to 2026, each with its status and sources. Latest: 5 March 2026, Acme launches Widget.")]
    [InlineData("faq/index.html", "1 question about 1 event, answered from their sources, such as “What is Widget?”")]
    [InlineData("search/index.html", "Search 2 events, 1 question and 2 parties on Test Explainer.")]
    [InlineData("corrections/index.html", "No corrections have been made to this site's pages yet.")]
    public void An_index_page_describes_what_it_lists(string path, string expected)
    {
        using var folder = new TempFolder();
        var site = SiteBuild.Generate(folder, SecondEntry);

        Assert.True(site.Succeeded, string.Join("\n", site.Diagnostics));
        Assert.Equal(expected, Description(site.Text(path)));
    }

    [Fact]
    public void A_list_within_one_year_is_not_said_to_be_by_year()
    {
        using var folder = new TempFolder();
        var site = SiteBuild.Generate(folder, new Dictionary<string, string>());

        Assert.Equal("1 event in 2026, each with its status and sources. Latest: 5 March 2026, Acme launches Widget.", Description(site.Text("timeline/index.html")));
    }

    [Fact]
    public void A_long_list_of_parties_names_the_first_few_and_counts_the_rest()
    {
        Assert.Equal("8 parties: A, B, C, D, E, F and 2 more.", Explainer.Pages.PageDescriptions.Parties(["A", "B", "C", "D", "E", "F", "G", "H"]));
    }

    private static string Description(string html) =>
        System.Net.WebUtility.HtmlDecode(Regex.Match(html, "<meta name=\"description\" content=\"([^\"]*)\">").Groups[1].Value);
}
