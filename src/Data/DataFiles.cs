using Explainer.Output;
using Explainer.SiteModel;

namespace Explainer.Data;

/// <summary>
/// Makes the data downloads from the site model: data/entries.json, a file per timeline year (data/entries/2026.json), data/parties.json,
/// data/entries.csv and calendar.ics, and the catalogue the Open data page lists them from. Pure: bytes in memory, written by the
/// build with its other generated files. Each entry's record, row and event are made once (<see cref="EntryData"/>, in parallel)
/// and copied into the files that list it; preview keeps them for the next build (<see cref="EntryDataCache"/>).
/// </summary>
public static class DataFiles
{
    /// <param name="previous">The previous build's entry data (preview), or null to make every entry's.</param>
    public static DataDownloads Make(Site site, EntryDataCache? previous = null)
    {
        var (entries, cache) = EntryDataCache.For(site, previous);
        var entryRecords = entries.Select(e => e.Json).ToList();
        var partyRecords = site.Parties.Select(p => PartyRecord.Json(site, p)).ToList();
        // Each file says when its newest record last changed: a date from the content, never the clock.
        var partyUpdated = site.Parties.Select(p => RecordDates.Of(site, p.Party.RelativePath, null, p.Party.Updated, p.Party.Sources).Updated).Max();

        var files = new List<(OutputFile File, DataFileInfo Info)>
        {
            Json(site, SitePaths.DataEntries, "entries", "Every entry", "entries", entryRecords, entries.Max(e => e.Updated), year: null),
            Json(site, SitePaths.DataParties, "parties", "Every party", "parties", partyRecords, partyUpdated, year: null),
        };
        var csv = EntriesCsv.File(entries.Select(e => e.CsvRow).ToList());
        files.Add((new OutputFile(SitePaths.DataEntriesCsv, csv),
            new DataFileInfo(SitePaths.DataEntriesCsv, "Every entry, one row each (CSV)", "text/csv", null, entries.Count, "rows", csv.Length)));
        var events = entries.Select(e => e.CalendarEvent).OfType<byte[]>().ToList();
        var calendar = CalendarWriter.File(site, events);
        files.Add((new OutputFile(SitePaths.Calendar, calendar),
            new DataFileInfo(SitePaths.Calendar, "Events known to the day (iCalendar)", "text/calendar", null, events.Count, "events", calendar.Length)));

        foreach (var year in entries.GroupBy(e => e.Year).OrderBy(g => g.Key))
        {
            files.Add(Json(site, SitePaths.DataYear(year.Key), "entries-year", $"Entries of {year.Key}", "entries",
                year.Select(e => e.Json).ToList(), year.Max(e => e.Updated), year.Key));
        }
        return new DataDownloads(files.Select(f => f.File).ToList(), files.Select(f => f.Info).ToList()) { Cache = cache };
    }

    private static (OutputFile, DataFileInfo) Json(Site site, string path, string schema, string title, string arrayName,
        IReadOnlyList<byte[]> records, DateOnly? updated, int? year)
    {
        var bytes = JsonData.Document(site, schema, json =>
        {
            if (year is { } y) json.WriteNumber("year", y);
            JsonData.Day(json, "updated", updated);
        }, arrayName, records);
        return (new OutputFile(path, bytes),
            new DataFileInfo(path, title, "application/json", SitePaths.DataSchema(schema), records.Count, arrayName, bytes.Length));
    }
}

/// <summary>The data files of one build, and what the Open data page says about each.</summary>
public sealed record DataDownloads(IReadOnlyList<OutputFile> Files, IReadOnlyList<DataFileInfo> Catalogue)
{
    /// <summary>The entries' data, for the next build to take unchanged entries' from (preview).</summary>
    public EntryDataCache? Cache { get; init; }

    /// <summary>What the Open data page shows, as one text: preview renders the page again only when it changes.</summary>
    public string Fingerprint => string.Join("|", Catalogue.Select(c => $"{c.Path}:{c.Records}:{c.Bytes}"));
}

/// <summary>One data file: where it is, what it holds, its media type, its schema (JSON files), how many records of what, and its size.</summary>
public sealed record DataFileInfo(string Path, string Title, string MediaType, string? Schema, int Records, string RecordName, long Bytes);
