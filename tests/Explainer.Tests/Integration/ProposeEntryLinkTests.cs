using Explainer.Scaffolding;
using Explainer.Tests.Support;

namespace Explainer.Tests.Integration;

/// <summary>Issue 11 point 8: the footer's "Propose an entry" opens GitHub's new-file page in input/entries/ with the blank
/// scaffold; the file it creates is reported by check at each empty field, and at nothing else.</summary>
public class ProposeEntryLinkTests
{
    [Fact]
    public void The_link_opens_a_new_file_in_input_entries_with_the_scaffold_that_check_then_explains()
    {
        var url = new Uri(ProposeEntryLink.For("https://github.com/example/explainer"));
        Assert.Equal("/example/explainer/new/main/input/entries", url.AbsolutePath);
        var query = url.Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
        Assert.Equal("the-event-in-a-few-words.md", query["filename"]);

        using var folder = new TempFolder();
        var result = SiteBuild.Generate(folder, new Dictionary<string, string> { ["entries/" + query["filename"]] = query["value"] });

        var text = query["value"];
        Assert.Contains("# yaml-language-server: $schema=../../schemas/entry.schema.json\n", text);
        Assert.Equal(
            [$"{LineOf(text, "event:")} 'event' is empty", $"{LineOf(text, "date:")} 'date' is empty", $"{LineOf(text, "parties:")} 'parties' is empty",
             $"{LineOf(text, "summary:")} 'summary' is empty", $"{LineOf(text, "  - title:")} 'title' is empty",
             $"{LineOf(text, "    publisher:")} 'publisher' is empty", $"{LineOf(text, "    published:")} 'published' is empty"],
            result.Diagnostics.Select(d => $"{d.Location.Line} {d.Message}"));
    }

    [Fact]
    public void The_home_page_footer_links_to_it_event_pages_stay_light_and_a_site_without_repository_has_no_link()
    {
        using var folder = new TempFolder();
        var site = SiteBuild.Generate(folder, new Dictionary<string, string>());
        Assert.DoesNotContain(">Propose an entry</a>", site.Text("entries/acme-launches-widget/index.html"));
        var html = site.Text("index.html");
        Assert.Contains("<a href=\"https://github.com/example/explainer/new/main/input/entries?filename=the-event-in-a-few-words.md&amp;value=---%0A", html);
        Assert.Contains(">Propose an entry</a>", html);
        Assert.Equal("", ProposeEntryLink.For(""));
    }

    private static int LineOf(string text, string start) =>
        text.Split('\n').Select((l, i) => (l, i)).First(x => x.l.StartsWith(start, StringComparison.Ordinal)).i + 1;
}
