using System.Xml;
using Explainer.Content;
using Explainer.SiteModel;

namespace Explainer.Output;

/// <summary>Writes the Atom feed of the newest entries; its dates come from the entries, never the clock, so builds repeat exactly.</summary>
public static class FeedWriter
{
    public const int MaxEntries = 50;
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static OutputFile Write(Site site)
    {
        var newest = site.Timeline.Reverse().Take(MaxEntries).ToList();
        var updated = newest.Select(LastChanged).DefaultIfEmpty(new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero)).Max();

        var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, XmlSettings.Create()))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, XmlCharacters.Strip(site.Settings.Language));
            // Entry HTML links root-relative (/explainer/…); feed readers resolve those against xml:base.
            xml.WriteAttributeString("xml", "base", null, site.Urls.Absolute(""));
            xml.WriteElementString("title", Atom, XmlCharacters.Strip(site.Settings.Title));
            xml.WriteElementString("subtitle", Atom, XmlCharacters.Strip(site.Settings.Description));
            xml.WriteElementString("id", Atom, site.Urls.Absolute(""));
            Link(xml, site.Urls.Absolute(SitePaths.Feed), "self");
            Link(xml, site.Urls.Absolute(""), "alternate");
            xml.WriteElementString("updated", Atom, Timestamp(updated));
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, XmlCharacters.Strip(site.Settings.Title));
            xml.WriteEndElement();

            foreach (var entry in newest)
            {
                var url = site.Urls.Absolute(SitePaths.Entry(entry.Entry.Slug));
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("title", Atom, XmlCharacters.Strip(entry.Entry.Event));
                xml.WriteElementString("id", Atom, url);
                Link(xml, url, "alternate");
                xml.WriteElementString("published", Atom, Timestamp(entry.Entry.Date.Start));
                xml.WriteElementString("updated", Atom, Timestamp(LastChanged(entry)));
                xml.WriteElementString("summary", Atom, XmlCharacters.Strip(entry.Entry.Summary));
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

    private static DateTimeOffset LastChanged(RenderedEntry entry) => (entry.Entry.Updated ?? entry.Entry.Date).Start;

    private static string Timestamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static void Link(XmlWriter xml, string href, string rel)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
