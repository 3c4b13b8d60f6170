using Explainer.SiteModel;

namespace Explainer.Output;

/// <summary>
/// The lists readers follow one by one: every party's events and every tag's, each an Atom feed beside its page
/// (<c>parties/&lt;id&gt;/feed.xml</c>, <c>tags/&lt;tag&gt;/feed.xml</c>). Each feed reads only its own newest entries from
/// the indexes the site model already holds, so the feeds together cost O(parties + tags), not O(entries × lists). Their
/// items give the summary, status, date and sources and link to the page; the site's feed carries the full text.
/// </summary>
public static class TopicFeeds
{
    public static IEnumerable<FeedList> Lists(Site site)
    {
        foreach (var party in site.Parties)
        {
            var id = party.Party.Id;
            yield return new FeedList(SitePaths.PartyFeed(id), Title(party.Party.Name, site), $"Events involving {party.Party.Name}.",
                SitePaths.Party(id), site.EntriesByParty.TryGetValue(id, out var entries) ? entries : [], FullText: false);
        }
        foreach (var (tag, entries) in site.EntriesByTag.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var name = site.Settings.TagNames.Of(tag);
            yield return new FeedList(SitePaths.TagFeed(tag), Title($"Tag: {name}", site), $"Events tagged {name}.", SitePaths.Tag(tag), entries, FullText: false);
        }
    }

    /// <summary>Every party's and tag's feed, written in parallel (each entry's item is still made once, see <see cref="FeedItems"/>).</summary>
    public static IReadOnlyList<OutputFile> Write(FeedItems items) =>
        Lists(items.Site).AsParallel().AsOrdered().Select(list => FeedWriter.Write(items, list)).ToList();

    /// <summary>What a reader sees in their feed reader: the party or tag, then the site.</summary>
    public static string Title(string name, Site site) => $"{name} · {site.Settings.Title}";
}
