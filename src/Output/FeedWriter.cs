using System.Xml;
using Explainer.Content;
using Explainer.SiteModel;

namespace Explainer.Output;

/// <summary>
/// Writes the Atom feeds of entries: the site's (<c>feed.xml</c>), and one per party and per tag (<see cref="TopicFeeds"/>), each the
/// newest <see cref="FeedItems.MaxItems"/> entries of its list. Atom's timestamps are when the entry was published and changed on
/// this site (<see cref="RecordDates"/>), never a day the entry does not state; the event's own date is given in words in the
/// summary and content. An entry with no stated day at all is left out (Atom requires one). No clock: builds repeat exactly.
/// </summary>
public static class FeedWriter
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    /// <summary>The site's feed of its newest entries.</summary>
    public static OutputFile Write(FeedItems items)
    {
        var site = items.Site;
        return Write(items, new FeedList(SitePaths.Feed, site.Settings.Title, site.Settings.Description, SitePaths.Home, site.Timeline));
    }

    /// <summary>One list's feed: its newest entries, newest first.</summary>
    public static OutputFile Write(FeedItems items, FeedList list)
    {
        var newest = items.Newest(list.Entries);
        return items.Feed(list, newest, () => Write(items.Site, list, newest));
    }

    private static OutputFile Write(Site site, FeedList list, IReadOnlyList<FeedItem> newest)
    {
        var updated = newest.Select(e => e.Updated).DefaultIfEmpty(new DateOnly(2000, 1, 1)).Max();
        var self = site.Urls.Absolute(list.Path);

        var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, XmlSettings.Create()))
        {
            // The site feed's id is the site's address (as it always was); a list's feed is identified by its own address.
            StartFeed(xml, site, list.Title, list.Subtitle, list.Path == SitePaths.Feed ? site.Urls.Absolute("") : self,
                self, site.Urls.Absolute(list.AlternatePath), updated);
            foreach (var item in newest) WriteEntry(xml, item, list.FullText);
            xml.WriteEndElement();
        }
        return new OutputFile(list.Path, XmlSettings.Document(stream));
    }

    private static void WriteEntry(XmlWriter xml, FeedItem item, bool fullText)
    {
        xml.WriteStartElement("entry", Atom);
        xml.WriteElementString("title", Atom, item.Title);
        xml.WriteElementString("id", Atom, item.Url);
        Link(xml, item.Url, "alternate");
        if (item.Published is { } published) xml.WriteElementString("published", Atom, Timestamp(published));
        xml.WriteElementString("updated", Atom, Timestamp(item.Updated));
        xml.WriteElementString("summary", Atom, item.Summary);
        foreach (var (id, name) in item.Parties)
        {
            xml.WriteStartElement("category", Atom);
            xml.WriteAttributeString("term", id);
            xml.WriteAttributeString("label", name);
            xml.WriteEndElement();
        }
        xml.WriteStartElement("content", Atom);
        xml.WriteAttributeString("type", "html");
        xml.WriteString(item.FactsHtml);
        xml.WriteString(fullText ? item.BodyHtml : item.SummaryHtml);
        xml.WriteString(item.SourcesHtml);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>
    /// Opens an Atom feed with what every feed of the site carries: language, xml:base, title, id, self and alternate links,
    /// updated, rights (the content licence), author. Text from content passes <see cref="XmlCharacters.Strip"/>, the last defence a feed needs.
    /// </summary>
    internal static void StartFeed(XmlWriter xml, Site site, string title, string? subtitle, string id, string self, string alternate, DateOnly updated)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("feed", Atom);
        xml.WriteAttributeString("xml", "lang", null, XmlCharacters.Strip(site.Settings.Language));
        // Entry HTML links root-relative (/explainer/…); feed readers resolve those against xml:base.
        xml.WriteAttributeString("xml", "base", null, site.Urls.Absolute(""));
        xml.WriteElementString("title", Atom, XmlCharacters.Strip(title));
        if (subtitle is not null) xml.WriteElementString("subtitle", Atom, XmlCharacters.Strip(subtitle));
        xml.WriteElementString("id", Atom, id);
        Link(xml, self, "self");
        Link(xml, alternate, "alternate");
        xml.WriteElementString("updated", Atom, Timestamp(updated));
        // The content licence (site.yml's license), as Atom's rights text: feed readers show it, and it holds for every entry.
        if (site.Settings.License is { } license)
            xml.WriteElementString("rights", Atom, XmlCharacters.Strip($"{license.Name} ({license.Id}), {license.Url}"));
        xml.WriteStartElement("author", Atom);
        xml.WriteElementString("name", Atom, XmlCharacters.Strip(site.Settings.Title));
        xml.WriteEndElement();
    }

    /// <summary>Atom needs a time of day; midnight UTC of the stated day adds no claim about which hour.</summary>
    internal static string Timestamp(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T00:00:00Z";

    internal static void Link(XmlWriter xml, string href, string rel)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}

/// <summary>A list of entries that has a feed: where the feed goes, its title and subtitle, the page it follows, the entries in timeline order.</summary>
/// <param name="FullText">Items carry the entry's body; otherwise its summary and a link to the page (party and tag feeds, which
/// repeat the site feed's entries: with bodies, 70 of them held 14 MB on the 2,000-entry benchmark).</param>
public sealed record FeedList(string Path, string Title, string? Subtitle, string AlternatePath, IReadOnlyList<RenderedEntry> Entries, bool FullText = true);
