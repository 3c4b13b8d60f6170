using Explainer.Build;
using Explainer.Diagnostics;
using Explainer.Output;
using Explainer.Pages;
using Explainer.Rendering.ViewModels;
using Explainer.Tests.Support;
using Explainer.Validation;

namespace Explainer.Tests.Validation;

/// <summary>A generated page (a list, an index) over the 300 KB budget is named by the build (EX0410); pages of a file's own text are left to EX0408.</summary>
public sealed class ListPageWeightTests
{
    private static PlannedPage Planned(string sitePath, string template) =>
        new(sitePath, template, () => throw new InvalidOperationException(), () => throw new InvalidOperationException(), PageInputs.None);

    [Fact]
    public void Only_generated_pages_over_the_budget_are_named()
    {
        PlannedPage[] pages = [Planned("corrections/2026/11/", "pages/corrections"), Planned("timeline/2026/", "pages/period"),
            Planned("entries/long/", "pages/entry"), Planned("parties/acme/", "pages/party"), Planned("about/", "pages/page"), Planned("faq/2026/", "pages/period")];
        SiteFile[] files =
        [
            new("corrections/2026/11/index.html", "", 465 * 1024), new("timeline/2026/index.html", "", PageWeightRule.BudgetBytes),
            new("entries/long/index.html", "", 900 * 1024), new("parties/acme/index.html", "", 400 * 1024), new("about/index.html", "", 400 * 1024),
            new("faq/2026/index.html", "", PageWeightRule.BudgetBytes + 1), new("data/entries.json", "", 5_000_000),
        ];

        var warnings = ListPageWeightRule.Check(pages, files);

        Assert.Equal(["corrections/2026/11/index.html", "faq/2026/index.html"], warnings.Select(w => w.Message.Split(' ')[3]));
        Assert.All(warnings, w => Assert.Equal(DiagnosticCodes.HeavyListPage, w.Code));
        Assert.Contains("is 465 KB of HTML, over the 300 KB a page should weigh", warnings[0].Message);
    }

    [Fact]
    public void A_generated_page_over_the_budget_is_named_and_the_site_still_builds()
    {
        using var folder = new TempFolder();
        var corrections = "corrections:\n" + string.Concat(Enumerable.Range(1, 1_000).Select(i =>
            $"  - date: 2026-11-30\n    text: \"Correction {i}: an earlier version of this entry gave the wrong publisher for its source.\"\n"));
        SiteBuild.WriteInput(folder, new Dictionary<string, string>
        {
            ["entries/2026/acme-launches-widget.md"] = SiteBuild.MinimalSite["entries/2026/acme-launches-widget.md"].Replace("sources:", corrections + "sources:"),
        });

        var result = SiteBuild.InMemory(new BuildOptions(folder["input"], RepositoryPaths.Theme, folder["output"]));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.HeavyListPage);
        // A thousand corrections of one page on one day: split by day and title as far as they go, they still share one page.
        Assert.StartsWith("the generated page corrections/2026/11/30/starting-with/acme-launches-widget/index.html is ", warning.Message);
        Assert.Equal("", warning.Location.Path);
    }
}
