using System.Xml.Linq;
using Explainer.Build;
using Explainer.Pages;
using Explainer.Tests.Support;

namespace Explainer.Tests.Output;

/// <summary>
/// A sitemap file may list 50,000 URLs (sitemaps.org), and a 10,000-entry site with thousands of tags has ~46,000 pages.
/// Past the limit (lowered to 5 here) sitemap.xml is an index of parts that together list every page once.
/// </summary>
public sealed class SitemapPartsTests
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static GeneratedSite Build(TempFolder folder, int urlsPerFile)
    {
        SiteBuild.WriteInput(folder, new Dictionary<string, string>());
        var site = SiteBuild.InMemory(new BuildOptions(folder["input"], RepositoryPaths.Theme, folder["output"]) { Lists = new ListLimits(SitemapUrls: urlsPerFile) });
        Assert.True(site.Succeeded, string.Join("\n", site.Diagnostics));
        return site;
    }

    private static List<string> Locations(string xml, string element) =>
        XDocument.Parse(xml).Root!.Elements(Ns + element).Select(e => e.Element(Ns + "loc")!.Value).ToList();

    [Fact]
    public void Up_to_the_limit_the_sitemap_is_one_list_of_every_page()
    {
        using var folder = new TempFolder();
        var site = Build(folder, 50_000);

        var sitemap = XDocument.Parse(site.Text("sitemap.xml")).Root!;
        Assert.Equal(Ns + "urlset", sitemap.Name);
        Assert.DoesNotContain(site.Files, f => f.Path.StartsWith("sitemap-", StringComparison.Ordinal));
        var pages = site.Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && f.Path != "404.html");
        Assert.Equal(pages, Locations(site.Text("sitemap.xml"), "url").Count);
    }

    [Fact]
    public void Past_the_limit_the_sitemap_is_an_index_of_parts_that_list_every_page_once()
    {
        using var folder = new TempFolder();
        var whole = Locations(Build(folder, 50_000).Text("sitemap.xml"), "url");
        using var other = new TempFolder();
        var site = Build(other, 5);

        var index = XDocument.Parse(site.Text("sitemap.xml")).Root!;
        Assert.Equal(Ns + "sitemapindex", index.Name);
        var parts = Locations(site.Text("sitemap.xml"), "sitemap");
        Assert.Equal(Enumerable.Range(1, (whole.Count + 4) / 5).Select(i => $"https://example.org/explainer/sitemap-{i}.xml"), parts);
        var listed = parts.Select(p => Locations(site.Text(p["https://example.org/explainer/".Length..]), "url")).ToList();
        Assert.All(listed, part => Assert.InRange(part.Count, 1, 5));
        Assert.Equal(whole, listed.SelectMany(p => p));               // every page once, in the same order
        Assert.Contains("Sitemap: https://example.org/explainer/sitemap.xml", site.Text("robots.txt"));
    }
}
