using Explainer.Benchmark;
using Explainer.Build;
using Explainer.Tests.Support;

namespace Explainer.Tests.Pages;

/// <summary>
/// Issue 10: on a generated site large enough for years to be split into months (one event a day, so a year holds 365 and
/// the default limit is 200 a page), no HTML page exceeds 300 KB and every entry can be reached from the timeline.
/// </summary>
public class LargeSiteTests : IClassFixture<LargeSiteTests.Site>
{
    private const int Entries = 800;
    private const int PageBudget = 300 * 1024;
    private readonly Site _site;

    public LargeSiteTests(Site site) => _site = site;

    [Fact]
    public void No_html_page_is_over_300_KB()
    {
        var pages = Directory.EnumerateFiles(_site.Built.Folder, "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count > Entries);

        var tooBig = pages.Select(p => (Path: Path.GetRelativePath(_site.Built.Folder, p), new FileInfo(p).Length))
            .Where(p => p.Length > PageBudget).ToList();

        Assert.True(tooBig.Count == 0, string.Join("\n", tooBig.Select(p => $"{p.Path}: {p.Length / 1024} KB")));
    }

    [Fact]
    public void A_year_over_the_limit_is_split_into_month_pages()
    {
        Assert.NotNull(_site.Built.FileFor("/timeline/2000/03/"));
        Assert.Contains("/explainer/timeline/2000/03/", _site.Built.Html("/timeline/2000/"));
        // 2002 has 69 events (800 days from 1 January 2000): one page.
        Assert.Null(_site.Built.FileFor("/timeline/2002/03/"));

        // The month page lists the year's months to move between them, and its events are headed as events, not as the year page's
        // "dated only to the year" (which a month page once said above 31 events of 1-31 March).
        var month = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(_site.Built.Html("/timeline/2000/03/"));
        Assert.Equal("Events", month.QuerySelector("#period-events")!.TextContent);
        Assert.NotNull(month.QuerySelector("#months-heading"));
    }

    [Fact]
    public void Counts_of_a_thousand_and_more_are_written_with_separators()
    {
        // 800 events with one or two sources each: 1,200 sources, all with a link.
        Assert.Contains("800 events · 1,200 sources · 1,200 with a link", _site.Built.Html("/"));
        Assert.DoesNotContain("1200 sources", _site.Built.Html("/"));
    }

    [Fact]
    public void Every_entry_is_reachable_from_the_timeline()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/timeline/" };
        var queue = new Queue<string>(seen);
        var entries = new HashSet<string>(StringComparer.Ordinal);
        while (queue.TryDequeue(out var page))
        {
            foreach (var link in _site.Built.Links(_site.Built.Html(page)))
            {
                if (link.StartsWith("/entries/", StringComparison.Ordinal)) entries.Add(link);
                else if (link.StartsWith("/timeline/", StringComparison.Ordinal) && seen.Add(link)) queue.Enqueue(link);
            }
        }

        var missing = Enumerable.Range(0, Entries).Select(i => $"/entries/{SyntheticSite.Slug(i)}/").Where(e => !entries.Contains(e)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} entries not linked from any timeline page, e.g. {missing.FirstOrDefault()}");
    }

    [Fact]
    public void Every_JSON_LD_block_and_feed_validates_and_no_feed_holds_more_than_50_items()
    {
        var files = Directory.EnumerateFiles(_site.Built.Folder, "*", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(_site.Built.Folder, f).Replace('\\', '/'), (Func<string>)(() => File.ReadAllText(f))))
            .OrderBy(f => f.Item1, StringComparer.Ordinal).ToList();
        var failures = Sharing.SiteShareChecks.Run(files, "https://example.org/explainer/");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));

        var feeds = files.Where(f => f.Item1.EndsWith("feed.xml", StringComparison.Ordinal) && f.Item1 != "corrections/feed.xml").ToList();
        Assert.True(feeds.Count > 10, $"{feeds.Count} feeds");
        foreach (var (path, text) in feeds)
        {
            var items = System.Xml.Linq.XDocument.Parse(text()).Root!.Elements(Sharing.ShareChecks.Atom + "entry").Count();
            Assert.True(items is > 0 and <= 50, $"{path}: {items} items");
        }
    }

    /// <summary>One build shared by the tests of this class.</summary>
    public sealed class Site : IDisposable
    {
        private readonly TempFolder _folder = new();

        public Site()
        {
            SyntheticSite.Write(_folder["input"], Entries);
            Built = BuiltSite.Build(new BuildOptions(_folder["input"], RepositoryPaths.Theme, _folder["output"]), "/explainer/");
        }

        public BuiltSite Built { get; }

        public void Dispose() => _folder.Dispose();
    }
}
