using System.Xml;
using Explainer.Pages;
using Explainer.SiteModel;

namespace Explainer.Output;

/// <summary>
/// Writes sitemap.xml (every page but the 404) and robots.txt pointing at it, both with absolute public URLs. The protocol
/// allows 50,000 URLs a file: a site with more (a 10,000-entry site with thousands of tags has ~46,000 pages) gets
/// sitemap.xml as an index of <c>sitemap-1.xml</c>, <c>sitemap-2.xml</c>… of at most that many each.
/// </summary>
public static class SitemapWriter
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>A sitemap with what it was made from, so that preview can tell when the next build's would be the same.</summary>
    public sealed record Made(Site Site, IReadOnlyList<string> Paths, int UrlsPerFile, IReadOnlyList<OutputFile> Files);

    /// <summary>The most URLs one sitemap file may list (sitemaps.org); past it, sitemap.xml is an index of several.</summary>
    public const int MaxUrls = 50_000;

    /// <summary>The sitemap, or <paramref name="previous"/>'s files when the same pages are listed with the same days (preview: most saves).</summary>
    public static Made Sitemap(Site site, IReadOnlyList<PlannedPage> pages, int urlsPerFile, Made? previous)
    {
        var paths = pages.Select(p => p.SitePath).ToList();
        return previous is not null && previous.UrlsPerFile == urlsPerFile && SameAs(previous, site, paths)
            ? previous with { Site = site, Paths = paths }
            : new Made(site, paths, urlsPerFile, Sitemap(site, pages, urlsPerFile));
    }

    /// <summary>Same addresses, same pages in the same order, and every entry that is not the very same record has the same last-changed day.</summary>
    private static bool SameAs(Made previous, Site site, IReadOnlyList<string> paths)
    {
        var before = previous.Site;
        return before.Urls == site.Urls && ReferenceEquals(before.History, site.History)
            && before.Parties.SequenceEqual(site.Parties, ReferenceEqualityComparer.Instance) && previous.Paths.SequenceEqual(paths, StringComparer.Ordinal)
            && TimelineChanges.Agree(before, site, (old, now) => LastChanged(before, old.Entry) == LastChanged(site, now.Entry));
    }

    // lastmod only where a day is known (git, or a stated day); never the event's date, never an invented day.
    private static DateOnly? LastChanged(Site site, Model.Entry entry) => RecordDates.Of(site, entry.RelativePath, entry.Published, entry.Updated, []).Updated;

    public static IReadOnlyList<OutputFile> Sitemap(Site site, IEnumerable<PlannedPage> pages, int urlsPerFile)
    {
        var lastChanged = site.Timeline
            .Select(e => (Path: SitePaths.Entry(e.Entry.Slug), Updated: LastChanged(site, e.Entry)))
            .Concat(site.Parties.Select(p => (Path: SitePaths.Party(p.Party.Id), RecordDates.Of(site, p.Party.RelativePath, null, p.Party.Updated, []).Updated)))
            .Where(x => x.Updated is not null)
            .ToDictionary(x => x.Path, x => x.Updated!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var listed = pages.Where(p => p.SitePath != SitePaths.NotFound).Select(p => p.SitePath).Order(StringComparer.Ordinal).ToList();
        if (listed.Count <= urlsPerFile) return [UrlSet(SitePaths.Sitemap, site, listed, lastChanged)];

        var parts = listed.Chunk(Math.Max(1, urlsPerFile)).Select((chunk, i) => UrlSet(SitePaths.SitemapPart(i + 1), site, chunk, lastChanged)).ToList();
        return [Index(site, parts.Select(p => p.Path)), .. parts];
    }

    private static OutputFile UrlSet(string path, Site site, IEnumerable<string> sitePaths, Dictionary<string, string> lastChanged) =>
        Xml(path, "urlset", xml =>
        {
            foreach (var sitePath in sitePaths)
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, site.Urls.Absolute(sitePath));
                if (lastChanged.TryGetValue(sitePath, out var date)) xml.WriteElementString("lastmod", Namespace, date);
                xml.WriteEndElement();
            }
        });

    /// <summary>The sitemap index: no lastmod, as no day would be true of a whole part (each lists pages changed on many days).</summary>
    private static OutputFile Index(Site site, IEnumerable<string> parts) =>
        Xml(SitePaths.Sitemap, "sitemapindex", xml =>
        {
            foreach (var part in parts)
            {
                xml.WriteStartElement("sitemap", Namespace);
                xml.WriteElementString("loc", Namespace, site.Urls.Absolute(part));
                xml.WriteEndElement();
            }
        });

    private static OutputFile Xml(string path, string root, Action<XmlWriter> body)
    {
        var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, XmlSettings.Create()))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement(root, Namespace);
            body(xml);
            xml.WriteEndElement();
        }
        return new OutputFile(path, XmlSettings.Document(stream));
    }

    public static OutputFile Robots(Site site) =>
        OutputFile.Text(SitePaths.Robots, $"User-agent: *\nAllow: /\n\nSitemap: {site.Urls.Absolute(SitePaths.Sitemap)}\n");
}
