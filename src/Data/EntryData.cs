using Explainer.SiteModel;

namespace Explainer.Data;

/// <summary>
/// Everything the data files hold of one entry, made in one pass: its JSON record, its CSV row, its calendar event (null when
/// its date is not one day), the timeline year that files it, and when it last changed. The files are concatenations of these.
/// </summary>
public sealed record EntryData(byte[] Json, byte[] CsvRow, byte[]? CalendarEvent, int Year, DateOnly? Updated)
{
    public static EntryData Make(Site site, RenderedEntry rendered)
    {
        var entry = rendered.Entry;
        var (published, updated) = RecordDates.Of(site, entry);
        return new EntryData(
            EntryRecord.Json(site, rendered, published, updated),
            EntriesCsv.Row(site, rendered, published, updated),
            CalendarWriter.Event(site, rendered, updated),
            ListKeys.Year(entry),
            updated);
    }
}

/// <summary>
/// The <see cref="EntryData"/> of a build's entries, kept by preview for the next build: an entry that is the very same record
/// (the stages hand back the same object for an unchanged file) is not made again, as long as nothing else a record shows
/// changed (addresses, the parties, the history). A full build has no previous cache and makes every entry's data.
/// </summary>
public sealed class EntryDataCache
{
    private readonly SiteUrls _urls;
    private readonly IReadOnlyList<RenderedParty> _parties;
    private readonly History.RepositoryHistory _history;
    private readonly Dictionary<RenderedEntry, EntryData> _entries;

    private EntryDataCache(Site site, Dictionary<RenderedEntry, EntryData> entries)
    {
        _urls = site.Urls;
        _parties = site.Parties;
        _history = site.History;
        _entries = entries;
    }

    /// <summary>The data of every entry of <paramref name="site"/>, in timeline order, taking what it can from <paramref name="previous"/>.</summary>
    public static (IReadOnlyList<EntryData> Entries, EntryDataCache Cache) For(Site site, EntryDataCache? previous)
    {
        var reusable = previous is not null && previous._urls == site.Urls && ReferenceEquals(previous._history, site.History)
            && previous._parties.SequenceEqual(site.Parties, ReferenceEqualityComparer.Instance)
            ? previous._entries
            : null;
        var data = site.Timeline.AsParallel().AsOrdered()
            .Select(e => reusable is not null && reusable.TryGetValue(e, out var known) ? known : EntryData.Make(site, e))
            .ToList();
        var entries = new Dictionary<RenderedEntry, EntryData>(site.Timeline.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < data.Count; i++) entries[site.Timeline[i]] = data[i];
        return (data, new EntryDataCache(site, entries));
    }
}
