using Explainer.Model;

namespace Explainer.SiteModel;

/// <summary>
/// The days a page was published and last changed, for feeds and sitemaps, which need real days: from git when the file
/// has history, else from <c>published:</c>/<c>updated:</c> when they state a day, else the latest source's day.
/// Never a day the content does not state: a month-only date gives no day at all.
/// </summary>
public static class RecordDates
{
    /// <summary>An entry's days (feeds, JSON-LD, citations all date an entry by these).</summary>
    public static (DateOnly? Published, DateOnly? Updated) Of(Site site, Entry entry) =>
        Of(site, entry.RelativePath, entry.Published, entry.Updated, entry.Sources);

    public static (DateOnly? Published, DateOnly? Updated) Of(Site site, string relativePath, EdtfDate? published, EdtfDate? updated, IReadOnlyList<Source> sources)
    {
        if (site.History.For(relativePath) is { } history) return (history.Published, history.LastChanged);
        var latestSource = sources.Select(s => s.Published?.ExactDay).Where(d => d is not null).Max();
        var first = published?.ExactDay;
        return (first, updated?.ExactDay ?? first ?? latestSource);
    }
}
