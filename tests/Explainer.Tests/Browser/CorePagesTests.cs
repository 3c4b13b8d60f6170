using Explainer.Tests.Support;

namespace Explainer.Tests.Browser;

/// <summary>The real site, served like GitHub Pages under /explainer/, in a real browser: accessible, no errors, no blocked resources.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CorePagesTests(BrowserFixture browser, ServedSite site)
{
    private static readonly string[] Paths =
        ["", "timeline/", "faq/", "entries/alibaba-to-ban-claude-code/", "parties/", "parties/qoder/", "tags/", "tags/distillation/",
         "corrections/", "about/", "entries/", "no/such/page/"];

    [BrowserFact]
    public async Task Every_page_type_has_no_accessibility_violations_or_console_errors_at_phone_and_desktop_widths()
    {
        var failures = new List<string>();
        foreach (var width in new[] { 390, 1280 })
        {
            // One page per width that visits every path, with axe put into each document it loads: a new page, or axe sent
            // again for each path, cost ~0.5 s each (a new renderer, 500 KB of script over the wire).
            var context = await browser.NewContextAsync(width);
            await context.AddAxeAsync();
            var (page, errors) = await BrowserFixture.NewPageAsync(context);
            foreach (var path in Paths)
            {
                errors.Clear();
                var response = await page.GotoAsync(site.Url(path));
                var expectedStatus = path.StartsWith("no/") ? 404 : 200;
                if (response!.Status != expectedStatus) failures.Add($"{path}: status {response.Status}");

                var axe = await page.CheckAccessibility();
                failures.AddRange(axe.Violations.Select(v => $"{path} @{width}px: {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html).Take(2))})"));
                // The 404 page's own status is logged as an error by the browser; anything else is a real failure.
                failures.AddRange(errors.Where(e => !(expectedStatus == 404 && e.Contains(page.Url))).Select(e => $"{path} @{width}px: console: {e}"));

                var stylesheetApplied = await page.EvaluateAsync<bool>("getComputedStyle(document.querySelector('main')).display !== '' && [...document.styleSheets].some(s => s.cssRules.length > 10)");
                if (!stylesheetApplied) failures.Add($"{path}: the stylesheet did not load");
                var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1");
                if (overflow) failures.Add($"{path} @{width}px: the page scrolls sideways");
            }
            await context.CloseAsync();
        }
        Assert.Empty(failures);
    }
}
