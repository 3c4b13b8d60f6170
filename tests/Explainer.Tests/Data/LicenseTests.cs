using Explainer.Diagnostics;
using Explainer.Tests.Support;

namespace Explainer.Tests.Data;

/// <summary>Issue 12: site.yml's <c>license</c> (an SPDX id) is checked, and shown in the footer, the feed and every JSON data file.</summary>
public class LicenseTests
{
    [Fact]
    public void The_licence_is_in_the_footer_the_feed_and_every_json_data_file()
    {
        using var folder = new TempFolder();
        var site = SiteBuild.Generate(folder, DataSite.Files());
        Assert.True(site.Succeeded, string.Join("\n", site.Diagnostics));

        const string link = "<a href=\"https://creativecommons.org/licenses/by/4.0/\" rel=\"license\">Creative Commons Attribution 4.0 International</a>";
        Assert.All(site.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)), f => Assert.Contains(link, site.Text(f.Path)));
        Assert.Contains("<rights>Creative Commons Attribution 4.0 International (CC-BY-4.0), https://creativecommons.org/licenses/by/4.0/</rights>", site.Text("feed.xml"));
        Assert.Contains("<rights>", site.Text("corrections/feed.xml"));
        var json = site.Files.Where(f => f.Path.StartsWith("data/", StringComparison.Ordinal) && f.Path.EndsWith(".json", StringComparison.Ordinal)).ToList();
        Assert.True(json.Count >= 4);
        Assert.All(json, f => Assert.Contains("\"id\": \"CC-BY-4.0\"", site.Text(f.Path)));
    }

    [Fact]
    public void A_site_without_a_licence_says_so_on_the_open_data_page_and_claims_none_elsewhere()
    {
        using var folder = new TempFolder();
        var site = SiteBuild.Generate(folder, new Dictionary<string, string>());
        Assert.True(site.Succeeded, string.Join("\n", site.Diagnostics));

        Assert.DoesNotContain("rel=\"license\"", site.Text("index.html"));
        Assert.DoesNotContain("<rights>", site.Text("feed.xml"));
        Assert.Contains("\"license\": null", site.Text("data/entries.json"));
        Assert.Contains("states no licence", site.Text("data/index.html"));
    }

    [Theory]
    [InlineData("cc-by-4.0", "CC-BY-4.0")]
    [InlineData("CC0-1.0", "CC0-1.0")]
    [InlineData("ODbL-1.0", "ODbL-1.0")]
    public void A_known_id_is_accepted_in_any_case_and_written_canonically(string written, string canonical)
    {
        using var folder = new TempFolder();
        var site = SiteBuild.Generate(folder, new Dictionary<string, string> { ["site.yml"] = DataSite.SiteYml.Replace("CC-BY-4.0", written) });

        Assert.True(site.Succeeded, string.Join("\n", site.Diagnostics));
        Assert.DoesNotContain(site.Diagnostics, d => d.Code == DiagnosticCodes.UnknownLicense);
        Assert.Contains($"\"id\": \"{canonical}\"", site.Text("data/parties.json"));
    }

    [Fact]
    public void A_misspelt_id_is_a_located_warning_with_the_likely_licence()
    {
        using var folder = new TempFolder();
        var site = SiteBuild.Generate(folder, new Dictionary<string, string> { ["site.yml"] = DataSite.SiteYml.Replace("CC-BY-4.0", "CC-BY-40") });

        Assert.True(site.Succeeded);
        var warning = Assert.Single(site.Diagnostics, d => d.Code == DiagnosticCodes.UnknownLicense);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.EndsWith("site.yml", warning.Location.Path);
        Assert.Equal(6, warning.Location.Line);
        Assert.Contains("did you mean 'CC-BY-4.0'?", warning.Hint);
    }

    [Theory]
    [InlineData("CC-BY-4.0 OR MIT")]
    [InlineData("Creative Commons Attribution")]
    [InlineData("(MIT)")]
    public void Anything_but_one_spdx_id_is_a_located_error(string written)
    {
        using var folder = new TempFolder();
        var site = SiteBuild.Generate(folder, new Dictionary<string, string> { ["site.yml"] = DataSite.SiteYml.Replace("CC-BY-4.0", $"\"{written}\"") });

        Assert.False(site.Succeeded);
        var error = Assert.Single(site.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.InvalidValue, error.Code);
        Assert.Equal(6, error.Location.Line);
        Assert.Contains("license: CC-BY-4.0", error.Hint);
    }
}
