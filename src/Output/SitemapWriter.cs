using System.Xml;
using Explainer.Pages;
using Explainer.SiteModel;

namespace Explainer.Output;

/// <summary>Writes sitemap.xml (every page but the 404) and robots.txt pointing at it, both with absolute public URLs.</summary>
public static class SitemapWriter
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static OutputFile Sitemap(Site site, IEnumerable<PlannedPage> pages)
    {
        var lastChanged = site.Timeline.ToDictionary(e => SitePaths.Entry(e.Entry.Slug), e => (e.Entry.Updated ?? e.Entry.Date).Iso, StringComparer.Ordinal);
        var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, XmlSettings.Create()))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            foreach (var page in pages.Where(p => p.SitePath != SitePaths.NotFound).OrderBy(p => p.SitePath, StringComparer.Ordinal))
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, site.Urls.Absolute(page.SitePath));
                if (lastChanged.TryGetValue(page.SitePath, out var date)) xml.WriteElementString("lastmod", Namespace, date);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return new OutputFile(SitePaths.Sitemap, [.. stream.ToArray(), (byte)'\n']);
    }

    public static OutputFile Robots(Site site) =>
        OutputFile.Text(SitePaths.Robots, $"User-agent: *\nAllow: /\n\nSitemap: {site.Urls.Absolute(SitePaths.Sitemap)}\n");
}
