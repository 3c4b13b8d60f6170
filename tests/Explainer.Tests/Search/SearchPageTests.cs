using System.Text.RegularExpressions;
using Explainer.Tests.Browser;
using Explainer.Tests.Support;
using Microsoft.Playwright;

namespace Explainer.Tests.Search;

/// <summary>Issue 3: the search page on Pagefind's JS API, served under /explainer/ like GitHub Pages.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchPageTests(BrowserFixture browser, SearchSiteFixture site) : IClassFixture<SearchSiteFixture>
{
    private const string Results = "#search-results .search-result";

    [SearchFact]
    public async Task Typing_Qoder_shows_the_entry_and_the_faq_answer_linking_under_the_base_path()
    {
        var (page, errors) = await browser.NewPageAsync();
        await page.GotoAsync(Url("search/"));

        await page.Locator("#page-search-q").FillAsync("Qoder");
        await page.Locator(Results).First.WaitForAsync();

        var links = await Hrefs(page, "#search-results a");
        Assert.Contains("/explainer/entries/alibaba-launches-qoder/", links);
        Assert.All(links, href => Assert.StartsWith("/explainer/", href));

        // The FAQ answer lands on its question (a sub-result on the question's heading id).
        var question = page.Locator("#search-results .search-result__sections a", new() { HasText = "What is Qoder?" }).First;
        Assert.Matches("^/explainer/entries/alibaba-launches-qoder/#.+", await question.GetAttributeAsync("href"));
        Assert.True(await page.Locator("#search-results mark").CountAsync() > 0, "excerpts highlight the query");
        Assert.Matches(@"^\d+ results? for “Qoder”", await page.Locator("#search-status").TextContentAsync());
        Assert.EndsWith("/explainer/search/?q=Qoder", page.Url);

        // Following a result leads to a real page.
        await page.Locator(Results).Locator("h2 a[href='/explainer/entries/alibaba-launches-qoder/']").ClickAsync();
        await page.WaitForURLAsync("**/explainer/entries/alibaba-launches-qoder/");
        Assert.Equal("Alibaba launches Qoder", await page.Locator("h1").TextContentAsync());
        Assert.Empty(errors);
    }

    [SearchFact]
    public async Task An_old_link_to_a_question_on_the_one_page_faq_lands_on_the_question_on_its_entry_page()
    {
        // Issue 10: the answer moved to its entry's page; faq-anchors.js must hash the anchor exactly as FaqAnchorMap does.
        var (page, errors) = await browser.NewPageAsync();
        await page.GotoAsync(Url("faq/#what-is-qoder"));

        // A script changes the address after the page has loaded: poll the URL rather than wait for a navigation event,
        // which can fire between Playwright checking the URL and starting to listen (CI saw that race once).
        await Expect(page).ToHaveURLAsync(new Regex("/explainer/entries/alibaba-launches-qoder/#what-is-qoder$"), new() { Timeout = 15_000 });
        await Expect(page.Locator("#what-is-qoder")).ToHaveTextAsync("What is Qoder?");

        // An anchor no question ever had leaves the reader on the FAQ index.
        await page.GotoAsync(Url("faq/#no-such-question"));
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        Assert.EndsWith("/explainer/faq/#no-such-question", page.Url);
        Assert.Empty(errors);
    }

    [SearchFact]
    public async Task A_party_filter_narrows_the_results_to_its_count_and_back_undoes_it()
    {
        var (page, errors) = await browser.NewPageAsync();
        var filterRequests = 0;
        var workerRequests = 0;
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/pagefind/filter/", StringComparison.Ordinal)) filterRequests++;
            if (request.Url.Contains("pagefind-worker", StringComparison.Ordinal)) workerRequests++;
        };
        await page.GotoAsync(Url("search/?q=qoder"));
        await page.Locator(Results).First.WaitForAsync();
        var before = await page.Locator(Results).CountAsync();

        // Issue 10: the filter counts are loaded only when the reader opens the filters, and Pagefind searches on the page's
        // thread instead of fetching its 43 KB worker script first.
        Assert.Equal(0, filterRequests);
        Assert.Equal(0, workerRequests);
        Assert.Equal(0, await page.Locator("button.search-chip").CountAsync());
        await page.Locator("button.search__filters-open").ClickAsync();
        var chip = page.Locator("button.search-chip[data-facet='party'][data-value='anthropic']");
        var count = Count(await chip.Locator(".search-chip__count").TextContentAsync());
        Assert.InRange(count, 1, before - 1);
        // A tag without a name in site.yml is named after its id by search.js, as the generator names it everywhere else.
        Assert.StartsWith("Developer tools", await page.Locator("button.search-chip[data-facet='tag'][data-value='developer-tools']").TextContentAsync());

        // Keyboard: the chip is a button reached and pressed without a mouse.
        await chip.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex(@"/search/\?q=qoder&party=anthropic$"));
        await Expect(page.Locator(Results)).ToHaveCountAsync(count);
        await Expect(page.Locator("button.search-chip[data-facet='party'][data-value='anthropic']")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.Locator("button.search-chip[data-facet='party'][data-value='anthropic']")).ToBeFocusedAsync();
        Assert.Matches($"^{count} results? for “qoder”, filtered by Anthropic", await page.Locator("#search-status").TextContentAsync());

        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/search/\?q=qoder$"));
        await Expect(page.Locator(Results)).ToHaveCountAsync(before);
        Assert.Empty(errors);
    }

    [SearchFact]
    public async Task A_shared_search_url_opens_with_its_results_and_filters()
    {
        var (page, errors) = await browser.NewPageAsync();
        await page.GotoAsync(Url("search/?q=qoder&party=alibaba&sort=newest"));
        await page.Locator(Results).First.WaitForAsync();

        Assert.Equal("qoder", await page.Locator("#page-search-q").InputValueAsync());
        var alibaba = page.Locator("button.search-chip[data-facet='party'][data-value='alibaba']");
        Assert.Equal("true", await alibaba.GetAttributeAsync("aria-pressed"));
        // The URL carries the party's id; the chip and the status line use its name.
        Assert.StartsWith("Alibaba Group", await alibaba.TextContentAsync());
        Assert.Contains("filtered by Alibaba Group", await page.Locator("#search-status").TextContentAsync());
        Assert.Equal(Count(await alibaba.Locator(".search-chip__count").TextContentAsync()), await page.Locator(Results).CountAsync());
        Assert.Equal("newest", await page.Locator("#search-sort").InputValueAsync());

        // Newest first: the dated results appear in descending date order.
        var dates = await page.Locator("#search-results .search-result__meta").AllTextContentsAsync();
        Assert.StartsWith("Event · 4 July 2026", dates[0]);
        Assert.Empty(errors);
    }

    [SearchFact]
    public async Task The_search_page_with_results_has_no_axe_violations_in_light_and_dark_at_phone_and_desktop_widths()
    {
        foreach (var width in new[] { 1280, 375 })
        {
            // One page per width, axe put into each document it loads (see CorePagesTests).
            var context = await browser.NewContextAsync(width);
            await context.AddAxeAsync();
            var (page, errors) = await BrowserFixture.NewPageAsync(context);
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                await page.EmulateMediaAsync(new() { ColorScheme = scheme });
                await page.GotoAsync(Url("search/?q=qoder&party=alibaba"));
                await page.Locator(Results).First.WaitForAsync();

                var axe = await page.CheckAccessibility();
                Assert.True(axe.Violations.Length == 0,
                    $"{width}px {scheme}:\n" + string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})")));
                Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"), $"{width}px: the page scrolls sideways");
                Assert.Empty(errors);
            }
            await context.CloseAsync();
        }
    }

    [SearchFact]
    public async Task Nothing_is_loaded_from_pagefind_until_the_reader_searches()
    {
        var (page, errors) = await browser.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);

        await page.GotoAsync(Url(""));
        await page.GotoAsync(Url("search/"));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.DoesNotContain(requests, url => url.Contains("/pagefind/", StringComparison.Ordinal));

        await page.Locator("#page-search-q").FillAsync("claude");
        await page.Locator(Results).First.WaitForAsync();
        Assert.Contains(requests, url => url.Contains("/explainer/pagefind/pagefind.js", StringComparison.Ordinal));
        Assert.Empty(errors);
    }

    [SearchFact]
    public async Task Without_an_index_the_search_page_says_search_is_unavailable()
    {
        var (page, _) = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(site.UnindexedAddress, "search/?q=qoder").ToString());

        var message = page.Locator("#search-results .search__unavailable");
        await Expect(message).ToContainTextAsync("Search is unavailable");
        Assert.Contains("/explainer/timeline/", await Hrefs(page, "#search-results .search__unavailable a"));
    }

    [SearchFact]
    public async Task Without_javascript_the_search_page_explains_and_links_to_browsing()
    {
        var context = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(Url("search/?q=qoder"));

        await Expect(page.Locator("#search-fallback")).ToBeVisibleAsync();
        await Expect(page.Locator("#search-fallback")).ToContainTextAsync("Search needs JavaScript");
        await Expect(page.Locator("#search-browse")).ToBeVisibleAsync();
        var links = await Hrefs(page, "#search-browse .search-browse__list > li > a:first-child");
        Assert.Equal(["/explainer/timeline/", "/explainer/faq/", "/explainer/parties/", "/explainer/tags/"], links);
        await context.CloseAsync();
    }

    // ---------- Issue 13: results that add up, on a phone ----------

    [SearchFact]
    public async Task On_a_phone_the_shown_count_is_the_number_of_listed_results_and_the_first_starts_on_the_first_screen()
    {
        var (page, errors) = await browser.NewPageAsync(390, 844);
        await page.GotoAsync(Url("search/?q=qoder"));
        await page.Locator(Results).First.WaitForAsync();

        var status = await page.Locator("#search-status").TextContentAsync();
        var shown = int.Parse(Regex.Match(status ?? "", @"^(\d+) results? for").Groups[1].Value);
        Assert.Equal(shown, await page.Locator(Results).CountAsync());
        var top = await page.Locator(Results).First.EvaluateAsync<double>("e => e.getBoundingClientRect().top");
        Assert.True(top <= 844, $"the first result starts at {top} px, below the first 844 px screen");
        // Nothing to browse instead while there are results.
        await Expect(page.Locator("#search-browse")).ToBeHiddenAsync();
        Assert.Empty(errors);
    }

    [SearchFact]
    public async Task A_typo_finds_nothing_but_suggests_the_site_s_own_word_which_finds_results()
    {
        var (page, errors) = await browser.NewPageAsync(390, 844);
        await page.GotoAsync(Url("search/?q=qodr"));

        var suggestion = page.Locator("#search-results .search__suggestion");
        await Expect(suggestion).ToHaveTextAsync("qoder");
        Assert.StartsWith("No results for “qodr”", await page.Locator("#search-status").TextContentAsync());
        await Expect(page.Locator("#search-browse")).ToBeVisibleAsync();
        var axe = await page.CheckAccessibility();
        Assert.True(axe.Violations.Length == 0, string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help}")));

        await suggestion.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/search/\?q=qoder$"));
        await page.Locator(Results).First.WaitForAsync();
        Assert.Equal("qoder", await page.Locator("#page-search-q").InputValueAsync());
        Assert.Empty(errors);
    }

    [SearchFact]
    public async Task A_word_no_page_uses_is_not_reported_as_found_when_pagefind_lists_words_that_begin_like_it()
    {
        var (page, errors) = await browser.NewPageAsync(390, 844);

        // No page says "banana"; Pagefind still lists the pages that say "ban".
        await page.GotoAsync(Url("search/?q=banana"));
        await page.Locator(Results).First.WaitForAsync();
        var status = await page.Locator("#search-status").TextContentAsync();
        Assert.StartsWith("No page uses “banana”;", status);
        Assert.DoesNotContain("for “banana”", status);

        // A form of a word the pages use is found as typed ("launching": the pages say "launches" and "launched").
        await page.GotoAsync(Url("search/?q=launching"));
        await page.Locator(Results).First.WaitForAsync();
        Assert.Matches(@"^\d+ results? for “launching”", await page.Locator("#search-status").TextContentAsync());
        Assert.Empty(errors);
    }

    [SearchFact]
    public async Task Excerpts_start_at_a_sentence_or_after_an_ellipsis_and_no_sentence_is_shown_twice_in_a_result()
    {
        var (page, errors) = await browser.NewPageAsync(390, 844);
        await page.GotoAsync(Url("search/?q=qoder"));
        await page.Locator(Results).First.WaitForAsync();

        var results = page.Locator(Results);
        var sections = 0;
        for (var i = 0; i < await results.CountAsync(); i++)
        {
            var result = results.Nth(i);
            var excerpts = await result.Locator(".search-result__excerpt").AllInnerTextsAsync();
            Assert.All(excerpts, e => Assert.Matches(@"^(…|[\p{Lu}\p{N}""“‘'])", e));
            var sentences = excerpts.SelectMany(e => Regex.Split(e, @"(?<=[.!?])\s+")).Select(x => x.Trim('…', ' ')).Where(x => x.Length >= 12).ToList();
            Assert.Equal(sentences.Distinct().Count(), sentences.Count);
            // A section's link is its heading; its excerpt does not repeat it.
            foreach (var section in await result.Locator(".search-result__sections li").AllAsync())
            {
                sections++;
                var heading = await section.Locator("a").InnerTextAsync();
                var excerpt = section.Locator(".search-result__excerpt");
                if (await excerpt.CountAsync() > 0) Assert.DoesNotContain(heading, await excerpt.InnerTextAsync());
            }
        }
        Assert.True(sections > 0, "the fixture's FAQ answer should be a section of its entry's result");
        // A hit is marked without the punctuation beside it, which stays in the text ("Qoder," marks "Qoder").
        var marks = await page.Locator($"{Results} mark").AllInnerTextsAsync();
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Matches(@"^[\p{L}\p{N}](.*[\p{L}\p{N}])?$", m));
        var shown = string.Join(" ", await page.Locator($"{Results} .search-result__excerpt").AllInnerTextsAsync());
        Assert.Matches(@"Qoder[,.?]", shown);
        Assert.Empty(errors);
    }

    [SearchFact]
    public async Task Facet_legends_say_what_their_counts_count()
    {
        var (page, errors) = await browser.NewPageAsync();
        await page.GotoAsync(Url("search/?q=qoder"));
        await page.Locator("button.search__filters-open").ClickAsync();
        await page.Locator("button.search-chip").First.WaitForAsync();

        var legends = await page.Locator(".search-facet__legend").AllInnerTextsAsync();
        Assert.Contains(legends, l => l.StartsWith("Year", StringComparison.Ordinal) && l.Contains("events only", StringComparison.Ordinal));
        Assert.Contains(legends, l => l.StartsWith("Status", StringComparison.Ordinal) && l.Contains("events only", StringComparison.Ordinal));
        Assert.Contains(legends, l => l.StartsWith("Party", StringComparison.Ordinal) && l.Contains("party pages", StringComparison.Ordinal));
        Assert.Empty(errors);
    }

    [SearchFact]
    public async Task The_empty_search_page_offers_the_timeline_questions_and_parties_to_browse()
    {
        var (page, errors) = await browser.NewPageAsync(390, 844);
        await page.GotoAsync(Url("search/"));

        await Expect(page.Locator("#search-browse")).ToBeVisibleAsync();
        var links = await Hrefs(page, "#search-browse a");
        Assert.Contains("/explainer/timeline/", links);
        Assert.Contains("/explainer/faq/", links);
        Assert.Contains("/explainer/parties/", links);
        // Said with counts from the site, e.g. "3 events".
        Assert.Matches(@"\d+ events?", await page.Locator("#search-browse").InnerTextAsync());
        Assert.Empty(errors);
    }

    private string Url(string relative) => new Uri(site.Address, relative).ToString();

    private static async Task<List<string>> Hrefs(IPage page, string selector) =>
        (await page.Locator(selector).EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))")).ToList();

    private static int Count(string? chipCount) => int.Parse(Regex.Match(chipCount ?? "", @"\d+").Value);

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static IPageAssertions Expect(IPage page) => Assertions.Expect(page);
}
