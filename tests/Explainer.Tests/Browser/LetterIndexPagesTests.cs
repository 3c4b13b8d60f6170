using Explainer.Build;
using Explainer.Serving;
using Explainer.Tests.Pages;
using Explainer.Tests.Support;

namespace Explainer.Tests.Browser;

/// <summary>The tags and parties indexes split by first letters (<see cref="LetterIndexTests"/>), and a period's events listed by the
/// first letters of their headlines, in a real browser at phone and desktop widths.</summary>
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

        Assert.Empty(await PageSweep.RunAsync(browser, path => new Uri(server.Address, path).ToString(), Paths));
    }

    [BrowserFact]
    public async Task Periods_listed_by_first_letters_have_no_accessibility_violations_console_errors_or_sideways_scrolling()
    {
        using var folder = new TempFolder();
        SiteBuild.WriteInput(folder, Integration.BuildTests.BusyPeriodsInput());
        var built = SiteBuild.Into(new BuildOptions(folder["input"], RepositoryPaths.Theme, folder["site"], "/explainer/") { Lists = new Explainer.Pages.ListLimits(PerPage: 2) });
        Assert.True(built.Succeeded, string.Join("\n", built.Diagnostics));
        await using var server = await PagesServer.StartAsync(folder["site"], "/explainer/");

        Assert.Empty(await PageSweep.RunAsync(browser, path => new Uri(server.Address, path).ToString(),
            ["timeline/2026/", "timeline/2026/starting-with/a/", "timeline/2026/04/01/", "timeline/2026/04/01/starting-with/a/", "timeline/2026/04/01/starting-with/acme-s/"]));
    }
}
