using Deque.AxeCore.Playwright;
using Explainer.Tests.Support;

namespace Explainer.Tests.Browser;

/// <summary>The tests' one-call axe check (<see cref="Accessibility"/>) finds what Deque's own runner finds.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityCheckTests(BrowserFixture browser, ServedSite site)
{
    [BrowserFact]
    public async Task The_one_call_check_reports_the_same_violations_as_Deques_runner()
    {
        // axe put in as the page sweep does (in every document, before the page's scripts), then a second page visited,
        // as the sweep visits page after page.
        var context = await browser.NewContextAsync(390);
        await context.AddAxeAsync();
        var (page, _) = await BrowserFixture.NewPageAsync(context);
        await page.GotoAsync(site.Url("about/"));
        await page.GotoAsync(site.Url("entries/alibaba-to-ban-claude-code/"));
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"));
        // Three mistakes a theme could make: an image without alt text, an unnamed button, a field without a label (inline styles
        // would not do: the site's CSP blocks them).
        await page.EvaluateAsync("""
            () => {
              const main = document.querySelector('main');
              main.insertAdjacentHTML('afterbegin', '<img src="x.png"><button></button><input type="text">');
            }
            """);

        var ours = await page.CheckAccessibility();
        var deques = await page.RunAxe();

        Assert.Contains(ours.Violations, v => v.Id == "image-alt" && v.Nodes.Any(n => n.Html.StartsWith("<img")));
        Assert.Contains(ours.Violations, v => v.Id == "button-name");
        Assert.Contains(ours.Violations, v => v.Id == "label");
        Assert.Equal(deques.Violations.Select(v => v.Id).Order(), ours.Violations.Select(v => v.Id).Order());
        await page.Context.CloseAsync();
    }
}
