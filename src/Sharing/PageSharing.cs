using Explainer.Rendering;
using Explainer.Rendering.ViewModels;
using Explainer.SiteModel;

namespace Explainer.Sharing;

/// <summary>
/// Adds what a page says to machines and to whoever shares or cites it (JSON-LD, article times, its own feed, the citation)
/// to the page views the planner makes. One per build; thread-safe (it only reads the site).
/// </summary>
public sealed class PageSharing(Site site)
{
    private readonly StructuredData _data = new(site);
    private readonly Citation _citation = new(site);

    public PageView Home(PageView page) => page with { StructuredData = [new(_data.WebSite())] };

    /// <param name="breadcrumbs">The trail the entry page shows above its heading.</param>
    public PageView Entry(PageView page, RenderedEntry entry, IReadOnlyList<LinkView> breadcrumbs)
    {
        var (published, updated) = RecordDates.Of(site, entry.Entry);
        return page with
        {
            StructuredData = [new(_data.Article(entry)), Trail(page, breadcrumbs, SitePaths.Entry(entry.Entry.Slug))],
            PublishedTime = published is { } p ? StructuredData.Day(p) : "",
            ModifiedTime = updated is { } u ? StructuredData.Day(u) : "",
        };
    }

    /// <summary>A page with a breadcrumb trail (party, tag, a year or month of a list), and the Atom feed of its list if it has one.</summary>
    public PageView Listing(PageView page, IReadOnlyList<LinkView> breadcrumbs, string sitePath, string? feedPath = null, string feedTitle = "") =>
        page with
        {
            StructuredData = [Trail(page, breadcrumbs, sitePath)],
            FeedUrl = feedPath is null ? "" : site.Urls.Link(feedPath),
            FeedTitle = feedPath is null ? "" : feedTitle,
        };

    public CitationFormats Citation(RenderedEntry entry) => _citation.For(entry);

    private Utf8Text Trail(PageView page, IReadOnlyList<LinkView> breadcrumbs, string sitePath) =>
        new(_data.Breadcrumbs(breadcrumbs.Select(b => (b.Name, b.Url)), page.Title, sitePath));
}
