using Explainer.Model;

namespace Explainer.SiteModel;

/// <summary>Builds the <see cref="Site"/>: sorts entries into the timeline and indexes them by party and tag.</summary>
public static class SiteModelBuilder
{
    public static Site Build(SiteSettings settings, SiteUrls urls, IReadOnlyList<RenderedEntry> entries, IReadOnlyList<RenderedParty> parties)
    {
        var timeline = entries
            .OrderBy(e => e.Entry.Date)
            .ThenBy(e => e.Entry.Slug, StringComparer.Ordinal)
            .ToList();
        var sortedParties = parties.OrderBy(p => p.Party.Id, StringComparer.Ordinal).ToList();

        var byParty = Index(timeline, e => e.Entry.Parties.Select(p => p.Id));
        var byTag = Index(timeline, e => e.Entry.Tags.Select(t => t.Id));
        var products = sortedParties
            .Where(p => p.Party.Owner is not null)
            .GroupBy(p => p.Party.Owner!.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<RenderedParty>)g.ToList(), StringComparer.Ordinal);

        return new Site(settings, urls, timeline, sortedParties, byParty, byTag, products);
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<RenderedEntry>> Index(
        IReadOnlyList<RenderedEntry> timeline, Func<RenderedEntry, IEnumerable<string>> keys) =>
        timeline
            .SelectMany(e => keys(e).Distinct().Select(k => (Key: k, Entry: e)))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<RenderedEntry>)g.Select(x => x.Entry).ToList(), StringComparer.Ordinal);
}
