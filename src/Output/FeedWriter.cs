using System.Xml;
using Explainer.Content;
using Explainer.SiteModel;

namespace Explainer.Output;

/// <summary>
/// Writes the Atom feed of the newest entries. Atom's timestamps are when the entry was published and changed on this site
/// (<see cref="RecordDates"/>), never a day the entry does not state; the event's own date is given in words in the summary.
/// An entry with no stated day at all is left out (Atom requires one). No clock: builds repeat exactly.
/// </summary>
public static class FeedWriter
{
    public const int MaxEntries = 50;
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static OutputFile Write(Site site)
    {
        var newest = site.Timeline.Reverse()
            .Select(e => (Entry: e, Dates: RecordDates.Of(site, e.Entry.RelativePath, e.Entry.Published, e.Entry.Updated, e.Entry.Sources)))
            .Where(e => e.Dates.Updated is not null)
            .Take(MaxEntries).ToList();
        var updated = newest.Select(e => e.Dates.Updated!.Value).DefaultIfEmpty(new DateOnly(2000, 1, 1)).Max();

        var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, XmlSettings.Create()))
        {
            StartFeed(xml, site, site.Settings.Title, site.Settings.Description, site.Urls.Absolute(""),
                site.Urls.Absolute(SitePaths.Feed), site.Urls.Absolute(""), updated);

            foreach (var (entry, dates) in newest)
            {
                var url = site.Urls.Absolute(SitePaths.Entry(entry.Entry.Slug));
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("title", Atom, XmlCharacters.Strip(entry.Entry.Event));
                xml.WriteElementString("id", Atom, url);
                Link(xml, url, "alternate");
                if (dates.Published is { } published) xml.WriteElementString("published", Atom, Timestamp(published));
                xml.WriteElementString("updated", Atom, Timestamp(dates.Updated!.Value));
                xml.WriteElementString("summary", Atom, XmlCharacters.Strip($"{entry.Entry.Date.Text}: {entry.Entry.Summary}"));
                foreach (var party in entry.Entry.Parties)
                {
                    xml.WriteStartElement("category", Atom);
                    xml.WriteAttributeString("term", party.Id);
                    xml.WriteEndElement();
                }
                xml.WriteStartElement("content", Atom);
                xml.WriteAttributeString("type", "html");
                xml.WriteString(XmlCharacters.Strip(entry.BodyHtml));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return new OutputFile(SitePaths.Feed, [.. stream.ToArray(), (byte)'\n']);
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
