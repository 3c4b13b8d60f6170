using Explainer.Tests.Support;
using Microsoft.Playwright;

namespace Explainer.Tests.Browser;

/// <summary>Issue 13: every page type reflows from 320 px up (WCAG 2.2 SC 1.4.10) in light and dark, and the phone header stays compact.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReflowTests(BrowserFixture browser, ServedSite site)
{
    private const int PhoneWidth = 390;
    private const int MaxPhoneHeaderHeight = 110;

    private static readonly string[] PageTypes =
    [
        "", "timeline/", "timeline/2026/", "entries/alibaba-to-ban-claude-code/", "faq/", "parties/", "parties/qoder/",
        "tags/", "tags/distillation/", "search/", "search/?q=qoder", "corrections/", "about/", "no/such/page/",
    ];

    private static readonly int[] Widths = [320, 360, PhoneWidth, 768, 1280];


    [BrowserFact]
    public async Task No_page_type_scrolls_sideways_from_320_px_up_in_light_or_dark_and_the_phone_header_is_compact()
    {
        var failures = new List<string>();
        // One load per page, narrowest first, then the window is widened and the scheme switched: the theme has no script that
        // depends on the width, so a resize lays the page out as a load at that width would (70 loads took ~30 s of the suite).
        var (page, _) = await browser.NewPageAsync(Widths[0], 844);
        foreach (var path in PageTypes)
        {
            await page.SetViewportSizeAsync(Widths[0], 844);
            await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
            await page.GotoAsync(site.Url(path));
            foreach (var width in Widths)
            {
                await page.SetViewportSizeAsync(width, 844);
                foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
                {
                    await page.EmulateMediaAsync(new() { ColorScheme = scheme });
                    var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
                    if (scrollWidth > width) failures.Add($"/{path} @{width}px {scheme}: scrollWidth {scrollWidth}");
                    // A control cut off by its container is overflow too, even when the page itself does not scroll.
                    var clipped = await page.EvaluateAsync<string[]>(
                        "[...document.querySelectorAll('header a, header button, header input')].filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.left < 0 || r.right > innerWidth); }).map(e => e.outerHTML.slice(0, 80))");
                    failures.AddRange(clipped.Select(c => $"/{path} @{width}px {scheme}: clipped header control {c}"));
                }
                if (width == PhoneWidth)
                {
                    var headerHeight = await page.EvaluateAsync<double>("document.querySelector('.site-header').getBoundingClientRect().height");
                    if (headerHeight > MaxPhoneHeaderHeight) failures.Add($"/{path} @{width}px: header is {headerHeight} px tall (at most {MaxPhoneHeaderHeight})");
                }
            }
        }
        await page.Context.CloseAsync();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>
    /// The project's site in Persian (<c>language: fa</c>): pages say <c>dir="rtl"</c>, the layout mirrors through the CSS's logical
    /// sides, and no page type scrolls sideways at phone widths (an element placed by a physical side would stick out on the left).
    /// </summary>
    [BrowserFact]
    public async Task A_right_to_left_site_does_not_scroll_sideways_at_phone_widths()
    {
        using var folder = new TempFolder();
        folder.CopyFrom(RepositoryPaths.Input, "input");
        var siteYml = folder["input/site.yml"];
        File.WriteAllText(siteYml, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(siteYml), "(?m)^language: .*$", "language: fa"));
        SiteBuild.Into(new Explainer.Build.BuildOptions(folder["input"], RepositoryPaths.Theme, folder["site"], "/explainer/"));
        await using var server = await Explainer.Serving.PagesServer.StartAsync(folder["site"], "/explainer/");

        var failures = new List<string>();
        // Console errors are the core pages tests' concern (this list includes a missing page on purpose).
        var (page, _) = await browser.NewPageAsync(Widths[0], 844);
        foreach (var path in PageTypes)
        {
            await page.SetViewportSizeAsync(Widths[0], 844);
            await page.GotoAsync(new Uri(server.Address, path).ToString());
            if (await page.GetAttributeAsync("html", "dir") != "rtl") failures.Add($"/{path}: no dir=\"rtl\"");
            foreach (var width in Widths.Where(w => w <= PhoneWidth))
            {
                await page.SetViewportSizeAsync(width, 844);
                var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
                if (scrollWidth > width) failures.Add($"/{path} @{width}px: scrollWidth {scrollWidth}");
                // In RTL, overflow grows to the left, where scrollWidth may not count it: look for anything placed left of the page.
                var overflowLeft = await page.EvaluateAsync<bool>("[...document.querySelectorAll('body *')].some(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.left < -1; })");
                if (overflowLeft) failures.Add($"/{path} @{width}px: an element sticks out on the left");
            }
            // The generator writes dates in English, left to right: "10 July 2026" must not read "July 2026 10" in a right-to-left line.
            failures.AddRange((await page.EvaluateAsync<string[]>(DatesShownOutOfOrder)).Select(d => $"/{path}: date shown out of order: {d}"));
        }
        await page.Context.CloseAsync();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>
    /// Dates (a <c>time</c>, a <c>.date</c>, a pager's date) that start with the day's number, whose first word is drawn right of
    /// their last on one line: the bidirectional algorithm has moved the number behind the month and year.
    /// </summary>
    private const string DatesShownOutOfOrder = """
        [...document.querySelectorAll('time, .date, .pager__date')].filter(e => e.getClientRects().length > 0).flatMap(e => {
          const node = [...e.childNodes].find(n => n.nodeType === Node.TEXT_NODE && /^\s*\d+ \S/.test(n.textContent));
          if (!node) return [];
          const text = node.textContent, start = text.search(/\S/), firstEnd = text.indexOf(' ', start), lastStart = text.trimEnd().lastIndexOf(' ') + 1;
          const range = document.createRange();
          range.setStart(node, start); range.setEnd(node, firstEnd); const first = range.getBoundingClientRect();
          range.setStart(node, lastStart); range.setEnd(node, text.trimEnd().length); const last = range.getBoundingClientRect();
          return Math.abs(first.top - last.top) < 2 && first.left > last.left ? [text.trim()] : [];
        })
        """;

    /// <summary>Half the 5,371 px the issue measured at 390 px (the home page has since gained the summary: it was 6,105 px).</summary>
    private const int MaxHomeHeightAtPhoneWidth = 2_685;

    [BrowserFact]
    public async Task The_home_page_at_390_px_is_half_its_old_height_and_still_links_to_every_party_and_the_latest_events()
    {
        var (page, errors) = await browser.NewPageAsync(PhoneWidth, 844);
        await page.GotoAsync(site.Url(""));
        var height = await page.EvaluateAsync<int>("document.documentElement.scrollHeight");
        var homeLinks = await Hrefs(page, "main a");
        // The H1 says what the page is; the site's name is already in the header.
        Assert.NotEqual(await page.Locator(".site-title").InnerTextAsync(), await page.Locator("h1").InnerTextAsync());

        await page.GotoAsync(site.Url("parties/"));
        var parties = await Hrefs(page, ".party-card__name a");
        await page.GotoAsync(site.Url("timeline/"));
        var latest = (await Hrefs(page, ".timeline__title a")).Take(5).ToList();
        await page.Context.CloseAsync();

        Assert.True(height <= MaxHomeHeightAtPhoneWidth, $"the home page is {height} px tall at {PhoneWidth} px (at most {MaxHomeHeightAtPhoneWidth})");
        Assert.NotEmpty(parties);
        Assert.All(parties.Concat(latest).Append("/explainer/timeline/").Append("/explainer/faq/").Append("/explainer/parties/"),
            href => Assert.Contains(href, homeLinks));
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task Every_list_of_events_shows_the_status_beside_the_date_and_says_what_it_means_in_words()
    {
        var (page, errors) = await browser.NewPageAsync(PhoneWidth, 844);
        var failures = new List<string>();
        foreach (var path in new[] { "", "timeline/", "timeline/2026/", "tags/distillation/", "parties/qoder/", "faq/" })
        {
            await page.GotoAsync(site.Url(path));
            // Same place everywhere: the item's first line holds the date and the badge, above the headline.
            var misplaced = await page.EvaluateAsync<string[]>(
                "[...document.querySelectorAll('.event-line, .timeline__item, .faq-entry')].filter(item => { const first = item.firstElementChild; return !first.querySelector('.status') || !first.querySelector('time, .date'); }).map(item => item.outerHTML.slice(0, 80))");
            failures.AddRange(misplaced.Select(m => $"/{path}: status not beside the date in {m}"));
            // Every status shown has its meaning in words on the page (not only in a tooltip), with a link to the definitions.
            var shown = (await page.Locator("main .status:not(.status-legend .status)").AllInnerTextsAsync())
                .Select(s => s.Replace("Status:", "").Trim()).Distinct().ToList();
            var legend = page.Locator(".status-legend");
            if (await legend.CountAsync() != 1) { failures.Add($"/{path}: {await legend.CountAsync()} status legends"); continue; }
            var explained = await legend.Locator("dt").AllInnerTextsAsync();
            var meanings = await legend.Locator("dd").AllInnerTextsAsync();
            failures.AddRange(shown.Where(s => !explained.Contains(s)).Select(s => $"/{path}: status '{s}' is not explained"));
            if (meanings.Any(m => m.Trim().Length < 20)) failures.Add($"/{path}: a status meaning is not a sentence");
            if (await legend.Locator("a[href='/explainer/how-we-source/#statuses']").CountAsync() != 1) failures.Add($"/{path}: no link to the statuses' definitions");
            if (await page.Locator("main [title]").CountAsync() > 0) failures.Add($"/{path}: something explains itself in a title tooltip");
        }
        await page.GotoAsync(site.Url("how-we-source/#statuses"));
        await Assertions.Expect(page.Locator("#statuses")).ToHaveTextAsync("Statuses");
        await page.Context.CloseAsync();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Empty(errors);
    }

    private static async Task<List<string>> Hrefs(IPage page, string selector) =>
        (await page.Locator(selector).EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))")).ToList();
}
