using Explainer.Build;
using Explainer.Serving;
using Explainer.Tests.Pages;
using Explainer.Tests.Support;

namespace Explainer.Tests.Browser;

/// <summary>The tags and parties indexes split by first letters (<see cref="LetterIndexTests"/>), in a real browser at phone and desktop widths.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LetterIndexPagesTests(BrowserFixture browser)
{
    private static readonly string[] Paths =
        ["tags/", "tags/starting-with/b/", "tags/starting-with/bl/", "parties/", "parties/starting-with/a/", "parties/starting-with/w/"];

    [BrowserFact]
    public async Task Split_indexes_have_no_accessibility_violations_console_errors_or_sideways_scrolling()
    {
        using var folder = new TempFolder();
        SiteBuild.WriteInput(folder, LetterIndexTests.Input(tags: 7, extraParties: 5));
        var built = SiteBuild.Into(new BuildOptions(folder["input"], RepositoryPaths.Theme, folder["site"], "/explainer/") { Lists = LetterIndexTests.Limits });
        Assert.True(built.Succeeded, string.Join("\n", built.Diagnostics));
        await using var server = await PagesServer.StartAsync(folder["site"], "/explainer/");

        var failures = new List<string>();
        foreach (var width in new[] { 390, 1280 })
        {
            var context = await browser.NewContextAsync(width);
            await context.AddAxeAsync();
            var (page, errors) = await BrowserFixture.NewPageAsync(context);
            foreach (var path in Paths)
            {
                errors.Clear();
                var response = await page.GotoAsync(new Uri(server.Address, path).ToString());
                if (response!.Status != 200) failures.Add($"{path}: status {response.Status}");
                var axe = await page.CheckAccessibility();
                failures.AddRange(axe.Violations.Select(v => $"{path} @{width}px: {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html).Take(2))})"));
                failures.AddRange(errors.Select(e => $"{path} @{width}px: console: {e}"));
                if (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1"))
                    failures.Add($"{path} @{width}px: the page scrolls sideways");
            }
            await context.CloseAsync();
        }
        Assert.Empty(failures);
    }
}
