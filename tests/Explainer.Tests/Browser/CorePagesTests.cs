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
    public async Task Every_page_type_has_no_accessibility_violations_or_console_errors_at_phone_and_desktop_widths() =>
        Assert.Empty(await PageSweep.RunAsync(browser, site.Url, Paths, path => path.StartsWith("no/") ? 404 : 200));
}
