using AngleSharp.Html.Parser;
using Explainer.Build;
using Explainer.Tests.Support;

namespace Explainer.Tests.Integration;

/// <summary>Every URL the site emits must work under a GitHub project-pages sub-path; anchors are where this fails most often.</summary>
public class LinkCheckTests
{
    private const string BasePath = "/explainer/";

    public static TheoryData<string> Sites => new() { "input", "fixture" };

    [Theory]
    [MemberData(nameof(Sites))]
    public void Every_internal_link_asset_and_anchor_resolves_under_the_base_path(string site)
    {
        var input = site == "input" ? RepositoryPaths.Input : Path.Combine(RepositoryPaths.Fixture("snapshot-site"), "input");
        var result = SiteBuild.InMemory(new BuildOptions(input, RepositoryPaths.Theme, "unused", BasePath, "https://example.org/explainer/"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var files = result.Files.ToDictionary(f => f.Path, f => System.Text.Encoding.UTF8.GetString(f.Bytes));
        var parser = new HtmlParser();
        var ids = files.Where(f => f.Key.EndsWith(".html")).ToDictionary(
            f => f.Key, f => parser.ParseDocument(f.Value).QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet());
        var broken = new List<string>();
        var checkedLinks = 0;

        foreach (var (path, html) in files.Where(f => f.Key.EndsWith(".html")))
        {
            var document = parser.ParseDocument(html);
            var urls = document.QuerySelectorAll("[href], [src], form[action]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? e.GetAttribute("action")!);
            foreach (var url in urls)
            {
                if (url.StartsWith("http://") || url.StartsWith("https://") || url.StartsWith("mailto:")) continue;
                checkedLinks++;
                var problem = Check(path, url, files, ids);
                if (problem is not null) broken.Add($"{path}: {url}: {problem}");
            }
        }

        foreach (var xml in new[] { "feed.xml", "sitemap.xml" })
        {
            foreach (System.Text.RegularExpressions.Match match in System.Text.RegularExpressions.Regex.Matches(files[xml], "https://example\\.org/explainer/[^\"<]*"))
            {
                checkedLinks++;
                var problem = Check(xml, match.Value["https://example.org".Length..], files, ids);
                if (problem is not null) broken.Add($"{xml}: {match.Value}: {problem}");
            }
        }

        Assert.Empty(broken);
        Assert.True(checkedLinks > 50, $"only {checkedLinks} links were checked");
    }

    private static string? Check(string from, string url, Dictionary<string, string> files, Dictionary<string, HashSet<string>> ids)
    {
        var hash = url.IndexOf('#');
        var fragment = hash >= 0 ? url[(hash + 1)..] : null;
        var target = hash >= 0 ? url[..hash] : url;
        target = target.Split('?')[0];

        string file;
        if (target.Length == 0) file = from;
        else if (!target.StartsWith(BasePath)) return "does not start with the base path";
        else
        {
            var relative = target[BasePath.Length..];
            file = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
            if (!files.ContainsKey(file)) return "no such file";
        }

        if (string.IsNullOrEmpty(fragment)) return null;
        return ids.TryGetValue(file, out var targetIds) && targetIds.Contains(fragment) ? null : $"no element with id '{fragment}'";
    }
}
