using Explainer.Diagnostics;
using Explainer.Output;
using Explainer.Validation;

namespace Explainer.Tests.Validation;

/// <summary>
/// GitHub Pages documents 1 GB as the most a published site may be, and a 30,000-entry site is ~970 MB of files: the build
/// warns from 800 MB, at site.yml, with the largest parts named.
/// </summary>
public sealed class SiteSizeTests
{
    private static List<SiteFile> Site(long entriesMegabytes, long dataMegabytes) =>
    [
        .. Enumerable.Range(0, 100).Select(i => new SiteFile($"entries/e{i}/index.html", "", entriesMegabytes * 10_000)),
        new SiteFile("data/entries.json", "", dataMegabytes * 1_000_000),
        new SiteFile("index.html", "", 20_000),
    ];

    [Fact]
    public void A_site_well_under_the_limit_is_not_warned()
    {
        Assert.Empty(SiteSizeRule.Check(Site(300, 50), "input/site.yml"));
    }

    [Fact]
    public void A_site_near_the_limit_is_warned_at_site_yml_with_its_largest_parts()
    {
        var warning = Assert.Single(SiteSizeRule.Check(Site(650, 170), "input/site.yml"));

        Assert.Equal(DiagnosticCodes.HeavySite, warning.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(new SourceLocation("input/site.yml", 1, 1), warning.Location);
        Assert.Contains("the built site is 820 MB before the search index", warning.Message);
        Assert.Contains("GitHub Pages documents 1 GB as the most a published site may be, and this one is close to it", warning.Message);
        Assert.StartsWith("the largest parts are entries/ 650 MB, data/ 170 MB, index.html 0 MB", warning.Hint);
    }

    [Fact]
    public void A_site_over_the_limit_is_told_that_deploying_it_fails()
    {
        var warning = Assert.Single(SiteSizeRule.Check(Site(900, 170), "input/site.yml"));

        Assert.Contains("the built site is 1,070 MB", warning.Message);
        Assert.Contains("so deploying this one may fail", warning.Message);
    }
}
