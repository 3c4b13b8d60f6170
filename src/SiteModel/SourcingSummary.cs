using Explainer.Model;

namespace Explainer.SiteModel;

/// <summary>
/// Counts behind every sentence the site says about its own sourcing ("5 events · 1 source · 0 with a link"):
/// distinct sources cited by entries and parties (same title, publisher, date and URL count once) and how many a reader can open.
/// </summary>
public sealed record SourcingSummary(int Events, int Sources, int SourcesWithLink, int SingleSourceEvents)
{
    public static SourcingSummary Of(IEnumerable<Entry> entries, IEnumerable<Party> parties)
    {
        var entryList = entries.ToList();
        var distinct = entryList.SelectMany(e => e.Sources).Concat(parties.SelectMany(p => p.Sources))
            .DistinctBy(s => (s.Title, s.Publisher, s.Published?.Edtf, s.Url, s.Archived))
            .ToList();
        return new SourcingSummary(entryList.Count, distinct.Count, distinct.Count(s => s.HasLink), entryList.Count(e => e.Sources.Count == 1));
    }
}

/// <summary>A correction together with the page it was made on, for the /corrections/ log and its feed.</summary>
/// <param name="Entry">The entry corrected, or null for a party's page (preview renders a log page again when an entry it shows
/// changes; any party's change renders every page).</param>
public sealed record CorrectionOnPage(RenderedCorrection Correction, string PageTitle, string SitePath, RenderedEntry? Entry)
{
    /// <summary>Newest first; on the same day by page path, then in the page's own order.</summary>
    public static IReadOnlyList<CorrectionOnPage> Collect(Site site) =>
        // Filtered first: few entries have corrections, and a closure per entry cost ~3 ms of every 10,000-entry preview save.
        site.Timeline.Where(e => e.Corrections.Count > 0).SelectMany(e => e.Corrections.Select((c, i) => (c, e.Entry.Event, SitePaths.Entry(e.Entry.Slug), i, (RenderedEntry?)e)))
            .Concat(site.Parties.SelectMany(p => p.Corrections.Select((c, i) => (c, p.Party.Name, SitePaths.Party(p.Party.Id), i, (RenderedEntry?)null))))
            .OrderByDescending(x => x.c.Correction.Date.FirstDay)
            .ThenBy(x => x.Item3, StringComparer.Ordinal)
            .ThenBy(x => x.i)
            .Select(x => new CorrectionOnPage(x.c, x.Item2, x.Item3, x.Item5))
            .ToList();

    /// <summary>The day the correction was made (a correction's date is always a day).</summary>
    public DateOnly Day => Correction.Correction.Date.FirstDay;
}
