using System.Text.RegularExpressions;
using Explainer.Pages;
using Explainer.Tests.Support;

namespace Explainer.Tests.Pages;

/// <summary>
/// The home page lists every party while there are few; past <see cref="PagePlanner.HomeParties"/> it lists those in the most
/// events and says so, with the count of all of them on the link to the parties page.
/// </summary>
public sealed class HomePartiesTests
{
    private const string Entry = "entries/2026/acme-launches-widget.md";

    private static List<string> Listed(string home) =>
        Regex.Matches(home, "<a class=\"party-line__name\" href=\"/explainer/parties/([a-z0-9-]+)/\">").Select(m => m.Groups[1].Value).ToList();

    private static Dictionary<string, string> Parties(int extra)
    {
        var files = Enumerable.Range(1, extra).ToDictionary(i => $"parties/p{i:D2}.md", i => $"---\nname: Party {i}\nkind: company\nsummary: A party in tests.\n---\n");
        // p05 is in an event; the others in none.
        files[Entry] = SiteBuild.MinimalSite[Entry].Replace("parties: [acme, widget]", "parties: [acme, widget, p05]");
        return files;
    }

    [Fact]
    public void A_few_parties_are_all_listed_as_before()
    {
        using var folder = new TempFolder();
        var home = SiteBuild.Generate(folder, Parties(10)).Text("index.html");

        Assert.Equal(12, Listed(home).Count);
        Assert.DoesNotContain("parties in the most events", home);
        Assert.Contains(">All parties by kind</a>", home);
    }

    [Fact]
    public void Past_the_limit_the_parties_in_the_most_events_are_listed_and_said_to_be()
    {
        using var folder = new TempFolder();
        var site = SiteBuild.Generate(folder, Parties(13));
        Assert.True(site.Succeeded, string.Join("\n", site.Diagnostics));
        var home = site.Text("index.html");

        var listed = Listed(home);
        Assert.Equal(PagePlanner.HomeParties, listed.Count);
        // The three in an event, then the others in the site's order (by id) until there are 12; the listing keeps the site's order.
        Assert.Equal(["acme", "p01", "p02", "p03", "p04", "p05", "p06", "p07", "p08", "p09", "p10", "widget"], listed);
        Assert.Contains("<p>The 12 parties in the most events, of 15.</p>", home);
        Assert.Contains(">All 15 parties by kind</a>", home);
    }
}
