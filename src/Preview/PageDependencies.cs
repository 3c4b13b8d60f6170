using Explainer.SiteModel;

namespace Explainer.Preview;

/// <summary>
/// Which pages a change can affect, found by comparing the previous site model with the new one. Unchanged entries and parties
/// are the very same objects in both (the memoised stages hand them back), so "changed" means "not the same object".
/// Mirrors what <see cref="Pages.PagePlanner"/> and <see cref="Rendering.ViewFactory"/> put on each page: when a page starts
/// showing more of the site, this is where that dependency is added (the incremental-equals-full tests catch a forgotten one).
/// </summary>
public static class PageDependencies
{
    /// <summary>Pages that list or count every entry (the search page counts tags for its filters), so any entry change affects them.</summary>
    private static readonly string[] Overviews = [SitePaths.Home, SitePaths.Timeline, SitePaths.Faq, SitePaths.Parties, SitePaths.Tags, SitePaths.Search, SitePaths.Corrections];

    /// <returns>The site paths of the pages to render again, or null when any page may differ (settings or a party changed).</returns>
    public static IReadOnlySet<string>? Affected(Site previous, Site next)
    {
        // Party names and kinds appear on every entry card, and settings on every page.
        if (previous.Settings != next.Settings || previous.Urls != next.Urls) return null;
        if (!previous.Parties.SequenceEqual(next.Parties, ReferenceEqualityComparer.Instance)) return null;
        // Standalone pages are few and listed in every page's footer; they are compared by value (they are not memoised).
        if (!previous.Pages.SequenceEqual(next.Pages)) return null;

        var before = previous.Timeline.ToHashSet<RenderedEntry>(ReferenceEqualityComparer.Instance);
        var after = next.Timeline.ToHashSet<RenderedEntry>(ReferenceEqualityComparer.Instance);
        var affected = new HashSet<string>(StringComparer.Ordinal);

        // A changed entry is a removal from the old timeline and an addition to the new one; both disturb their neighbours.
        for (var i = 0; i < previous.Timeline.Count; i++)
        {
            if (!after.Contains(previous.Timeline[i])) AddAround(previous, i, affected);
        }
        for (var i = 0; i < next.Timeline.Count; i++)
        {
            if (!before.Contains(next.Timeline[i])) AddAround(next, i, affected);
        }
        if (affected.Count > 0) affected.UnionWith(Overviews);
        return affected;
    }

    /// <summary>The entry's page, its previous and next entries' pages (they show its card), and its parties' and tags' pages.</summary>
    private static void AddAround(Site site, int index, HashSet<string> affected)
    {
        for (var i = Math.Max(0, index - 1); i <= Math.Min(site.Timeline.Count - 1, index + 1); i++)
            affected.Add(SitePaths.Entry(site.Timeline[i].Entry.Slug));

        var entry = site.Timeline[index].Entry;
        foreach (var party in entry.Parties) affected.Add(SitePaths.Party(party.Id));
        foreach (var tag in entry.Tags) affected.Add(SitePaths.Tag(tag.Id));
    }
}
