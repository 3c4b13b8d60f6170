using Explainer.Build;
using Explainer.Serving;
using Explainer.Tests.Support;
using Microsoft.Playwright;

namespace Explainer.Tests.Browser;

/// <summary>Issue 13: every page type reflows from 320 px up (WCAG 2.2 SC 1.4.10) in light and dark, and the phone header stays compact.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReflowTests(BrowserFixture browser) : IAsyncLifetime
{
    private const int PhoneWidth = 390;
    private const int MaxPhoneHeaderHeight = 110;

    private static readonly string[] PageTypes =
    [
        "", "timeline/", "timeline/2026/", "entries/alibaba-to-ban-claude-code/", "faq/", "parties/", "parties/qoder/",
        "tags/", "tags/distillation/", "search/", "search/?q=qoder", "corrections/", "about/", "no/such/page/",
    ];

    private static readonly int[] Widths = [320, 360, PhoneWidth, 768, 1280];

    private readonly TempFolder _folder = new();
    private PagesServer _server = null!;

    public async Task InitializeAsync()
    {
        SiteBuild.Into(new BuildOptions(RepositoryPaths.Input, RepositoryPaths.Theme, _folder["site"], "/explainer/"));
        _server = await PagesServer.StartAsync(_folder["site"], "/explainer/");
    }

    [BrowserFact]
    public async Task No_page_type_scrolls_sideways_from_320_px_up_in_light_or_dark_and_the_phone_header_is_compact()
    {
        var failures = new List<string>();
        foreach (var width in Widths)
        {
            // One context per width, one load per page; the colour scheme is switched without reloading.
            var (page, _) = await browser.NewPageAsync(width, 844);
            foreach (var path in PageTypes)
            {
                await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
                await page.GotoAsync(new Uri(_server.Address, path).ToString());
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
            await page.Context.CloseAsync();
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _folder.Dispose();
    }
}
