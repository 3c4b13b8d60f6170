using Explainer.Model;

namespace Explainer.SiteModel;

/// <summary>
/// Preview's shortcut to the site model: when a save only replaced entries with ones that file in the same places (same date,
/// slug, parties and tags), the new model is the previous one with those entries swapped in. Lists the save did not touch stay
/// the very same objects, so what was worked out from them (groups by year, descriptions) is kept too. Anything else, and the
/// model is built afresh by <see cref="SiteModelBuilder"/>; both give the same model (tests/Explainer.Tests/Preview/SiteModelUpdateTests.cs).
/// </summary>
public static class SiteModelUpdate
{
    /// <summary>Beyond this many replaced entries (a branch switch, a search-and-replace), building afresh costs no more.</summary>
    private const int MaxReplaced = 64;

    /// <param name="previous">The model made from <paramref name="previousEntries"/> and <paramref name="previousParties"/>.</param>
    /// <returns>The model of the new entries, or null when the change is not one an update can make.</returns>
    public static Site? Apply(Site previous, IReadOnlyList<RenderedEntry> previousEntries, IReadOnlyList<RenderedParty> previousParties,
        SiteSettings settings, SiteUrls urls, IReadOnlyList<RenderedEntry> entries, IReadOnlyList<RenderedParty> parties)
    {
        if (previous.Settings != settings || previous.Urls != urls || entries.Count != previousEntries.Count) return null;
        if (!parties.SequenceEqual(previousParties, ReferenceEqualityComparer.Instance)) return null;

        var replaced = new Dictionary<RenderedEntry, RenderedEntry>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < entries.Count; i++)
        {
            if (ReferenceEquals(entries[i], previousEntries[i])) continue;
            if (!FilesInSamePlaces(previousEntries[i].Entry, entries[i].Entry) || replaced.Count == MaxReplaced) return null;
            replaced[previousEntries[i]] = entries[i];
        }
        if (replaced.Count == 0) return previous;

        RenderedEntry Swap(RenderedEntry entry) => replaced.TryGetValue(entry, out var next) ? next : entry;
        var site = new Site(settings, urls,
            previous.Timeline.Select(Swap).ToList(),
            previous.Parties,
            Swapped(previous.EntriesByParty, replaced.Keys.SelectMany(e => e.Entry.Parties.Select(p => p.Id)), Swap),
            Swapped(previous.EntriesByTag, replaced.Keys.SelectMany(e => e.Entry.Tags.Select(t => t.Id)), Swap),
            previous.ProductsByOwner);
        // The sourcing counts read only the entries' sources: kept when no replaced entry changed its sources.
        return replaced.All(r => r.Key.Entry.Sources.SequenceEqual(r.Value.Entry.Sources)) ? site with { Sourcing = previous.Sourcing } : site;
    }

    /// <summary>Same place on the timeline (date, then slug) and in every party's and tag's list.</summary>
    private static bool FilesInSamePlaces(Entry before, Entry after) =>
        before.Timeline == after.Timeline
        && string.Equals(before.Slug, after.Slug, StringComparison.Ordinal)
        && before.Parties.Select(p => p.Id).SequenceEqual(after.Parties.Select(p => p.Id), StringComparer.Ordinal)
        && before.Tags.Select(t => t.Id).SequenceEqual(after.Tags.Select(t => t.Id), StringComparer.Ordinal);

    /// <summary>The index with the lists under <paramref name="touched"/> keys copied with entries swapped; every other list as it was, keys in the same order.</summary>
    private static IReadOnlyDictionary<string, IReadOnlyList<RenderedEntry>> Swapped(IReadOnlyDictionary<string, IReadOnlyList<RenderedEntry>> index,
        IEnumerable<string> touched, Func<RenderedEntry, RenderedEntry> swap)
    {
        var keys = touched.ToHashSet(StringComparer.Ordinal);
        var result = new Dictionary<string, IReadOnlyList<RenderedEntry>>(index.Count, StringComparer.Ordinal);
        foreach (var (key, list) in index) result[key] = keys.Contains(key) ? list.Select(swap).ToList() : list;
        return result;
    }
}
