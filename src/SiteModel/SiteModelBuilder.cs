using Explainer.Model;

namespace Explainer.SiteModel;

/// <summary>Builds the <see cref="Site"/>: sorts entries into the timeline and indexes them by party and tag.</summary>
public static class SiteModelBuilder
{
    public static Site Build(SiteSettings settings, SiteUrls urls, IReadOnlyList<RenderedEntry> entries, IReadOnlyList<RenderedParty> parties)
    {
        // The one ordering rule (EdtfDate.Position): latest possible day, then earliest, then slug; stable for equal dates.
        var timeline = entries
            .OrderBy(e => e.Entry.Timeline)
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

    /// <summary>Entries by key, each list in timeline order and each entry listed once per key, keys in order of first appearance.</summary>
    private static IReadOnlyDictionary<string, IReadOnlyList<RenderedEntry>> Index(
        IReadOnlyList<RenderedEntry> timeline, Func<RenderedEntry, IEnumerable<string>> keys)
    {
        // A plain loop: this runs on every preview rebuild, and the LINQ form (a set per entry, then a grouping) cost more than the rest of the stage.
        var index = new Dictionary<string, List<RenderedEntry>>(StringComparer.Ordinal);
        foreach (var entry in timeline)
        {
            foreach (var key in keys(entry))
            {
                if (!index.TryGetValue(key, out var list)) index[key] = list = [];
                if (list.Count == 0 || !ReferenceEquals(list[^1], entry)) list.Add(entry);
            }
        }
        return index.ToDictionary(p => p.Key, p => (IReadOnlyList<RenderedEntry>)p.Value, StringComparer.Ordinal);
    }
}
