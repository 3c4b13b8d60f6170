using System.Text.Json;
using Explainer.Build;
using Explainer.Pages;
using Explainer.Tests.Support;

namespace Explainer.Tests.Integration;

/// <summary>
/// Issue 10: every URL the site had before list pages were split by year still resolves. The lists in tests/fixtures/old-urls/
/// were recorded from builds made before the change (every file, and every id on the list pages, as <c>/faq/#question</c>).
/// </summary>
public class OldUrlTests
{
    public static TheoryData<string, string> Sites => new()
    {
        { "snapshot-site.txt", Path.Combine(RepositoryPaths.Fixture("snapshot-site"), "input") },
        { "real-input.txt", RepositoryPaths.Input },
    };

    [Theory]
    [MemberData(nameof(Sites))]
    public void Every_url_of_the_site_before_issue_10_still_resolves(string list, string input)
    {
        using var folder = new TempFolder();
        var site = BuiltSite.Build(new BuildOptions(input, RepositoryPaths.Theme, folder["output"]), "/explainer/");
        var urls = File.ReadAllLines(Path.Combine(RepositoryPaths.Fixture("old-urls"), list)).Where(l => l.Length > 0).ToList();
        Assert.NotEmpty(urls);

        var broken = urls.Where(url => !Resolves(site, url)).ToList();

        Assert.True(broken.Count == 0, "no longer resolve:\n" + string.Join("\n", broken));
    }

    [Fact]
    public void An_old_faq_anchor_is_found_through_the_anchor_map_and_a_made_up_one_is_not()
    {
        using var folder = new TempFolder();
        var input = Path.Combine(RepositoryPaths.Fixture("snapshot-site"), "input");
        var site = BuiltSite.Build(new BuildOptions(input, RepositoryPaths.Theme, folder["output"]), "/explainer/");

        Assert.Equal("/explainer/entries/northwind-announces-gale/#what-is-gale", FaqHome(site, "what-is-gale"));
        Assert.Null(FaqHome(site, "what-is-not-a-question"));
        // The old anchors are not on the index itself any more: the map is what keeps them working.
        Assert.False(BuiltSite.HasId(site.Html("/faq/"), "what-is-gale"));
    }

    [Fact]
    public void A_reworded_question_keeps_its_old_anchor_through_formerly()
    {
        using var folder = new TempFolder();
        var entry = SiteBuild.MinimalSite["entries/2026/acme-launches-widget.md"];
        var question = System.Text.RegularExpressions.Regex.Match(entry, "question: (.+)").Groups[1].Value.Trim();
        var reworded = entry.Replace("question: " + question, "question: What exactly is Widget?\n    formerly: [" + question + "]");
        Assert.NotEqual(entry, reworded);

        var result = SiteBuild.Generate(folder, new Dictionary<string, string> { ["entries/2026/acme-launches-widget.md"] = reworded });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var map = JsonSerializer.Deserialize<Dictionary<string, string>>(result.Text(FaqAnchorMap.ShardPath(0)))!;
        Assert.Equal("/explainer/entries/acme-launches-widget/#what-exactly-is-widget", map["what-exactly-is-widget"]);
        Assert.Equal("/explainer/entries/acme-launches-widget/#what-exactly-is-widget", map[Explainer.Content.Slug.Anchor(question)]);
    }

    /// <summary>A path resolves when its file exists; an anchor when the page has that id, or (on the FAQ index)
    /// when the anchor map sends it to a page that has it, as theme/assets/faq-anchors.js does in the browser.</summary>
    private static bool Resolves(BuiltSite site, string url)
    {
        var hash = url.IndexOf('#');
        var path = hash < 0 ? url : url[..hash];
        if (site.FileFor(path) is null) return false;
        if (hash < 0) return true;
        var anchor = url[(hash + 1)..];
        if (BuiltSite.HasId(site.Html(path), anchor)) return true;
        if (path != "/faq/" || FaqHome(site, anchor) is not { } home) return false;
        var target = home[(site.BasePath.Length - 1)..];
        return Resolves(site, target) && target.Contains('#');
    }

    private static string? FaqHome(BuiltSite site, string anchor)
    {
        var index = site.Html("/faq/");
        var shards = int.Parse(System.Text.RegularExpressions.Regex.Match(index, "data-shards=\"(\\d+)\"").Groups[1].Value);
        var file = site.FileFor("/" + FaqAnchorMap.ShardPath(FaqAnchorMap.Shard(anchor, shards)));
        if (file is null) return null;
        var map = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(file))!;
        return map.GetValueOrDefault(anchor);
    }
}
