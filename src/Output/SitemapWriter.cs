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
        // lastmod only where a day is known (git, or a stated day); never the event's date, never an invented day.
        var lastChanged = site.Timeline
            .Select(e => (Path: SitePaths.Entry(e.Entry.Slug), RecordDates.Of(site, e.Entry.RelativePath, e.Entry.Published, e.Entry.Updated, []).Updated))
            .Concat(site.Parties.Select(p => (Path: SitePaths.Party(p.Party.Id), RecordDates.Of(site, p.Party.RelativePath, null, p.Party.Updated, []).Updated)))
            .Where(x => x.Updated is not null)
            .ToDictionary(x => x.Path, x => x.Updated!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
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
