using System.Xml;
using Explainer.Content;
using Explainer.SiteModel;

namespace Explainer.Output;

/// <summary>Writes /corrections/feed.xml: the newest <see cref="FeedItems.MaxItems"/> corrections, as every feed is bounded, dated by the
/// day each was made (never the clock). The whole log is on the corrections pages.</summary>
public static class CorrectionsFeedWriter
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static OutputFile Write(Site site)
    {
        var corrections = site.Corrections;
        var feedUrl = site.Urls.Absolute(SitePaths.CorrectionsFeed);
        var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, XmlSettings.Create()))
        {
            var newest = corrections.Count > 0 ? corrections[0].Correction.Correction.Date.FirstDay : new DateOnly(2000, 1, 1);
            FeedWriter.StartFeed(xml, site, $"Corrections · {site.Settings.Title}", null, feedUrl, feedUrl,
                site.Urls.Absolute(SitePaths.Corrections), newest);

            // Ids count down from the oldest correction of a page, so adding a correction never renames an older one.
            var perPage = corrections.GroupBy(c => c.SitePath).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            // Numbered from every correction of the page, so an item's id is the same whichever corrections the feed still carries.
            foreach (var correction in corrections.Take(FeedItems.MaxItems))
            {
                var number = perPage[correction.SitePath]--;
                var pageUrl = site.Urls.Absolute(correction.SitePath);
                var day = correction.Correction.Correction.Date;
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("title", Atom, XmlCharacters.Strip($"Correction to “{correction.PageTitle}” ({day.Words})"));
                xml.WriteElementString("id", Atom, $"{pageUrl}#correction-{number}");
                FeedWriter.Link(xml, pageUrl + "#corrections", "alternate");
                xml.WriteElementString("updated", Atom, FeedWriter.Timestamp(day.FirstDay));
                xml.WriteStartElement("content", Atom);
                xml.WriteAttributeString("type", "html");
                xml.WriteString(WholeAddresses.In(XmlCharacters.Strip(correction.Correction.TextHtml), site.Urls));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return new OutputFile(SitePaths.CorrectionsFeed, XmlSettings.Document(stream));
    }
}
