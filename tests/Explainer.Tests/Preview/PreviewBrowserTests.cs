using Explainer.Tests.Browser;
using Explainer.Tests.Support;
using Microsoft.Playwright;

namespace Explainer.Tests.Preview;

/// <summary>Issue 5: an open tab reloads by itself after an edit, and after a broken edit and its fix, with no console errors.</summary>
[Collection(BrowserCollection.Name)]
public class PreviewBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task An_open_page_reloads_by_itself_after_an_edit_and_recovers_from_a_broken_one()
    {
        await using var preview = await RunningPreview.StartAsync();
        var (page, errors) = await browser.NewPageAsync();
        var failed = new List<string>();
        page.Response += (_, response) => { if (response.Status >= 400) failed.Add($"{response.Status} {new Uri(response.Url).AbsolutePath}"); };
        await page.GotoAsync(preview.Url(RunningPreview.EntryUrl).ToString());
        await page.WaitForFunctionAsync("() => document.querySelector('script[src$=\"live-reload.js\"]') !== null");
        // Survives only as long as the document does, so its disappearance proves a reload rather than a DOM patch.
        await page.EvaluateAsync("() => { window.beforeEdit = true; }");
        await WaitForStreamAsync(preview);

        preview.Edit(RunningPreview.Entry, "The ministry's memo was", "The ministry's reloaded memo was");
        await page.WaitForFunctionAsync("() => !window.beforeEdit && document.body.textContent.includes('reloaded memo')",
            null, new PageWaitForFunctionOptions { Timeout = 15_000 });

        preview.Edit(RunningPreview.Entry, "date: 2026-03", "date: 2026-13");
        await page.WaitForFunctionAsync("() => document.querySelector('#diagnostics')?.textContent.includes('EX0102')",
            null, new PageWaitForFunctionOptions { Timeout = 15_000 });

        preview.Edit(RunningPreview.Entry, "date: 2026-13", "date: 2026-03");
        await page.WaitForFunctionAsync("() => !document.querySelector('#diagnostics') && document.body.textContent.includes('reloaded memo')",
            null, new PageWaitForFunctionOptions { Timeout = 15_000 });

        // Chromium asks for /favicon.ico, outside the base path (a 404, as on GitHub Pages); the 500s are the error page itself.
        var unexpected = failed.Where(f => f != "404 /favicon.ico" && f != $"500 /explainer/{RunningPreview.EntryUrl}").ToList();
        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected));
        Assert.True(errors.Count(e => !e.Contains("status of 404") && !e.Contains("status of 500")) == 0, string.Join("\n", errors));
    }

    /// <summary>The tab's EventSource connects after the page loads; an edit made before that would be caught by the version check anyway, but waiting keeps the test about the signal.</summary>
    private static async Task WaitForStreamAsync(RunningPreview preview)
    {
        for (var i = 0; i < 100 && preview.Session.Reloads.OpenTabs == 0; i++) await Task.Delay(50);
        Assert.True(preview.Session.Reloads.OpenTabs > 0, "the page never opened the reload stream");
    }
}
