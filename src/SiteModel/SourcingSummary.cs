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
            .DistinctBy(s => new SameSource(s.Title, s.Publisher, s.Published?.Edtf, s.Url, s.Archived))
            .ToList();
        return new SourcingSummary(entryList.Count, distinct.Count, distinct.Count(s => s.HasLink), entryList.Count(e => e.Sources.Count == 1));
    }

    /// <summary>What makes two citations one source. A class: a tuple key made the runtime compile its own copy of DistinctBy's
    /// code in every build.</summary>
    private sealed record SameSource(string Title, string Publisher, string? Published, string? Url, string? Archived);
}

/// <summary>A correction together with the page it was made on, for the /corrections/ log and its feed.</summary>
/// <param name="Entry">The entry corrected, or null for a party's page (preview renders a log page again when an entry it shows
/// changes; any party's change renders every page).</param>
public sealed record CorrectionOnPage(RenderedCorrection Correction, string PageTitle, string SitePath, RenderedEntry? Entry)
{
    /// <summary>Newest first; on the same day by page path, then in the page's own order.</summary>
    public static IReadOnlyList<CorrectionOnPage> Collect(Site site)
    {
        // Made in page order, each page's corrections in its own order, and sorted stably: within a page and a day that order
        // stays. (Tuples sorted through LINQ made the runtime compile its own copy of the sorting code in every build.)
        var all = new List<CorrectionOnPage>();
        foreach (var entry in site.Timeline)
        {
            foreach (var correction in entry.Corrections) all.Add(new CorrectionOnPage(correction, entry.Entry.Event, SitePaths.Entry(entry.Entry.Slug), entry));
        }
        foreach (var party in site.Parties)
        {
            foreach (var correction in party.Corrections) all.Add(new CorrectionOnPage(correction, party.Party.Name, SitePaths.Party(party.Party.Id), null));
        }
        return all.OrderByDescending(c => c.Day).ThenBy(c => c.SitePath, StringComparer.Ordinal).ToList();
    }

    /// <summary>The day the correction was made (a correction's date is always a day).</summary>
    public DateOnly Day => Correction.Correction.Date.FirstDay;
}
