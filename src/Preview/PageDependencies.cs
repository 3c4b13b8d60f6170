using Explainer.Pages;
using Explainer.SiteModel;

namespace Explainer.Preview;

/// <summary>
/// Which pages a change can affect, derived from the page plan itself: each <see cref="PlannedPage"/> states what of the site its
/// model shows (<see cref="PageInputs"/>), so a page is rendered again exactly when that differs from the previous build's.
/// Unchanged entries and parties are the very same objects in both builds (the memoised stages hand them back).
/// </summary>
public static class PageDependencies
{
    /// <summary>What each page of a build showed, by site path, to compare the next build's plan with.</summary>
    public static IReadOnlyDictionary<string, PageInputs> Record(IReadOnlyList<PlannedPage> pages) =>
        pages.ToDictionary(p => p.SitePath, p => p.Inputs, StringComparer.Ordinal);

    /// <returns>The site paths of the pages to render again, or null when any page may differ (settings or a party changed).</returns>
    public static IReadOnlySet<string>? Affected(Site previous, IReadOnlyDictionary<string, PageInputs> previousPages, Site next, IReadOnlyList<PlannedPage> nextPages)
    {
        // Party names and kinds appear on every entry card, and settings on every page.
        if (previous.Settings != next.Settings || previous.Urls != next.Urls) return null;
        if (!previous.Parties.SequenceEqual(next.Parties, ReferenceEqualityComparer.Instance)) return null;
        // Standalone pages are few and listed in every page's footer; they are compared by value (they are not memoised).
        if (!previous.Pages.SequenceEqual(next.Pages)) return null;

        var affected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in nextPages)
        {
            if (!previousPages.TryGetValue(page.SitePath, out var before) || !before.SameAs(page.Inputs)) affected.Add(page.SitePath);
        }
        return affected;
    }
}
