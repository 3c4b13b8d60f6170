using Explainer.Tests.Browser;
using Explainer.Tests.Support;

namespace Explainer.Tests.Sharing;

/// <summary>"Cite this entry" in a real browser, on the real site served under /explainer/ with its strict CSP.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CiteBrowserTests(BrowserFixture browser, ServedSite site)
{

    [BrowserFact]
    public async Task The_Copy_button_copies_the_open_format_and_says_so_with_every_format_open_and_accessible()
    {
        var (page, errors) = await browser.NewPageAsync(390);
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await page.GotoAsync(site.Url("entries/alibaba-to-ban-claude-code/"));

        foreach (var summary in await page.Locator("section.cite summary").AllAsync()) await summary.ClickAsync();
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Copy BibTeX citation" }).ClickAsync();
        await page.Locator("section.cite [role=status]").Nth(1).Filter(new() { HasText = "Copied." }).WaitForAsync(new() { Timeout = 5000 });

        var copied = await page.EvaluateAsync<string>("navigator.clipboard.readText()");
        var shown = await page.Locator("section.cite pre").Nth(1).TextContentAsync();
        Assert.Equal(shown, copied);
        Assert.StartsWith("@misc{ai-policy-explainer:alibaba-to-ban-claude-code,", copied);

        var axe = await page.CheckAccessibility();
        Assert.True(axe.Violations.Length == 0, string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html).Take(2))})")));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1"), "the open citations make the page scroll sideways");
        await page.Context.CloseAsync();
    }
}
