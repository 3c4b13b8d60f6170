using Explainer.Output;
using Explainer.SiteModel;

namespace Explainer.Data;

/// <summary>
/// Makes the data downloads from the site model: data/entries.json, a file per timeline year (data/entries/2026.json), data/parties.json,
/// data/entries.csv and calendar.ics, and the catalogue the Open data page lists them from. Pure: bytes in memory, written by the
/// build with its other generated files. Each entry's JSON record is made once and copied into entries.json and its year's file.
/// </summary>
public static class DataFiles
{
    public static DataDownloads Make(Site site)
    {
        var entryRecords = site.Timeline.AsParallel().AsOrdered().Select(e => EntryRecord.Json(site, e)).ToList();
        var partyRecords = site.Parties.Select(p => PartyRecord.Json(site, p)).ToList();
        // Each file says when its newest record last changed: a date from the content, never the clock.
        var entryUpdated = site.Timeline
            .Select(e => RecordDates.Of(site, e.Entry.RelativePath, e.Entry.Published, e.Entry.Updated, e.Entry.Sources).Updated).ToList();
        var partyUpdated = site.Parties
            .Select(p => RecordDates.Of(site, p.Party.RelativePath, null, p.Party.Updated, p.Party.Sources).Updated).ToList();

        var files = new List<(OutputFile File, DataFileInfo Info)>
        {
            Json(site, SitePaths.DataEntries, "entries", "Every entry", "entries", entryRecords, entryUpdated.Max(), year: null),
            Json(site, SitePaths.DataParties, "parties", "Every party", "parties", partyRecords, partyUpdated.Max(), year: null),
        };
        var csv = EntriesCsv.Write(site);
        files.Add((new OutputFile(SitePaths.DataEntriesCsv, csv),
            new DataFileInfo(SitePaths.DataEntriesCsv, "Every entry, one row each (CSV)", "text/csv", null, site.Timeline.Count, "rows", csv.Length)));
        var (calendar, events) = CalendarWriter.Write(site);
        files.Add((new OutputFile(SitePaths.Calendar, calendar),
            new DataFileInfo(SitePaths.Calendar, "Events known to the day (iCalendar)", "text/calendar", null, events, "events", calendar.Length)));

        var years = site.Timeline.Select((e, i) => (Year: ListKeys.Year(e.Entry), Index: i)).GroupBy(x => x.Year).OrderBy(g => g.Key);
        foreach (var year in years)
        {
            var records = year.Select(x => entryRecords[x.Index]).ToList();
            var updated = year.Select(x => entryUpdated[x.Index]).Max();
            files.Add(Json(site, SitePaths.DataYear(year.Key), "entries-year", $"Entries of {year.Key}", "entries", records, updated, year.Key));
        }
        return new DataDownloads(files.Select(f => f.File).ToList(), files.Select(f => f.Info).ToList());
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
    /// <summary>What the Open data page shows, as one text: preview renders the page again only when it changes.</summary>
    public string Fingerprint => string.Join("|", Catalogue.Select(c => $"{c.Path}:{c.Records}:{c.Bytes}"));
}

/// <summary>One data file: where it is, what it holds, its media type, its schema (JSON files), how many records of what, and its size.</summary>
public sealed record DataFileInfo(string Path, string Title, string MediaType, string? Schema, int Records, string RecordName, long Bytes);
