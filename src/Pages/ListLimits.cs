namespace Explainer.Pages;

/// <summary>How long list pages may grow: a year with more entries than <see cref="PerPage"/> is split by month,
/// and index pages show the <see cref="Latest"/> newest entries.</summary>
/// <remarks>200 timeline items are about 150 KB of HTML, which keeps every list page of a 10,000-entry site under 300 KB
/// (a month page holds what a 2,400-entry year holds in a month). Tests lower both to exercise splitting on small sites.</remarks>
/// <param name="SitemapUrls">The most URLs one sitemap file lists (the protocol's limit); past it sitemap.xml is an index of parts.</param>
public sealed record ListLimits(int PerPage = 200, int Latest = 20, int SitemapUrls = Output.SitemapWriter.MaxUrls)
{
    public static ListLimits Default { get; } = new();
}
