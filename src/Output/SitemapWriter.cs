using System.Xml;
using Explainer.Pages;
using Explainer.SiteModel;

namespace Explainer.Output;

/// <summary>Writes sitemap.xml (every page but the 404) and robots.txt pointing at it, both with absolute public URLs.</summary>
public static class SitemapWriter
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>A sitemap with what it was made from, so that preview can tell when the next build's would be the same.</summary>
    public sealed record Made(Site Site, IReadOnlyList<string> Paths, OutputFile File);

    /// <summary>The sitemap, or <paramref name="previous"/>'s file when the same pages are listed with the same days (preview: most saves).</summary>
    public static Made Sitemap(Site site, IReadOnlyList<PlannedPage> pages, Made? previous)
    {
        var paths = pages.Select(p => p.SitePath).ToList();
        return previous is not null && SameAs(previous, site, paths)
            ? previous with { Site = site, Paths = paths }
            : new Made(site, paths, Sitemap(site, pages));
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

    public static OutputFile Sitemap(Site site, IEnumerable<PlannedPage> pages)
    {
        var lastChanged = site.Timeline
            .Select(e => (Path: SitePaths.Entry(e.Entry.Slug), Updated: LastChanged(site, e.Entry)))
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
