using Explainer.Tests.Browser;

namespace Explainer.Tests.Support;

/// <summary>
/// Opens each path at phone and desktop widths and lists what is wrong with it: an unexpected status, axe violations, console
/// errors, a stylesheet that did not load, a page that scrolls sideways. One page per width visits every path, with axe put
/// into each document it loads: a new page, or axe sent again for each path, cost ~0.5 s each (a new renderer, 500 KB of script).
/// </summary>
public static class PageSweep
{
    public static async Task<List<string>> RunAsync(BrowserFixture browser, Func<string, string> url, IEnumerable<string> paths, Func<string, int>? status = null)
    {
        var failures = new List<string>();
        foreach (var width in new[] { 390, 1280 })
        {
            var context = await browser.NewContextAsync(width);
            await context.AddAxeAsync();
            var (page, errors) = await BrowserFixture.NewPageAsync(context);
            foreach (var path in paths)
            {
                errors.Clear();
                var response = await page.GotoAsync(url(path));
                var expectedStatus = status?.Invoke(path) ?? 200;
                if (response!.Status != expectedStatus) failures.Add($"{path}: status {response.Status}");

                var axe = await page.CheckAccessibility();
                failures.AddRange(axe.Violations.Select(v => $"{path} @{width}px: {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html).Take(2))})"));
                // A 404 page's own status is logged as an error by the browser; anything else is a real failure.
                failures.AddRange(errors.Where(e => !(expectedStatus == 404 && e.Contains(page.Url))).Select(e => $"{path} @{width}px: console: {e}"));

                var stylesheetApplied = await page.EvaluateAsync<bool>("getComputedStyle(document.querySelector('main')).display !== '' && [...document.styleSheets].some(s => s.cssRules.length > 10)");
                if (!stylesheetApplied) failures.Add($"{path}: the stylesheet did not load");
                if (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1"))
                    failures.Add($"{path} @{width}px: the page scrolls sideways");
            }
            await context.CloseAsync();
        }
        return failures;
    }
}
