using Explainer.Output;
using Explainer.SiteModel;

namespace Explainer.Data;

/// <summary>
/// Makes the data downloads from the site model: data/entries.json, a file per timeline year (data/entries/2026.json), data/parties.json,
/// data/entries.csv and calendar.ics, and the catalogue the Open data page lists them from. Each entry's record, row and event are made
/// once (<see cref="EntryData"/>, in parallel) and copied into the files that list it; preview keeps them for the next build
/// (<see cref="EntryDataCache"/>). Each file goes to the writer as soon as it is made, through one buffer used again for the next:
/// at 10,000 entries the files are tens of megabytes, and holding them until the end of the build cost more time and memory than
/// making them.
/// </summary>
public static class DataFiles
{
    /// <param name="writer">Where each file goes as it is made.</param>
    /// <param name="previous">The previous build's entry data (preview), or null to make every entry's.</param>
    public static DataDownloads Make(Site site, ISiteWriter writer, EntryDataCache? previous = null)
    {
        var (entries, cache) = EntryDataCache.For(site, previous);
        // Sized for entries.json, the largest file, so that the buffer is not grown (and copied) as it is written.
        using var buffer = new MemoryStream(entries.Sum(e => e.Json.Length + 2) + 64 * 1024);
        var files = new List<(SiteFile File, DataFileInfo Info)>();

        // Each file says when its newest record last changed: a date from the content, never the clock.
        files.Add(Json(buffer, writer, site, SitePaths.DataEntries, "entries", "Every entry", "entries", entries.Select(e => e.Json).ToList(),
            entries.Max(e => e.Updated), year: null));
        var partyRecords = site.Parties.Select(p => PartyRecord.Json(site, p)).ToList();
        var partyUpdated = site.Parties.Select(p => RecordDates.Of(site, p.Party.RelativePath, null, p.Party.Updated, p.Party.Sources).Updated).Max();
        files.Add(Json(buffer, writer, site, SitePaths.DataParties, "parties", "Every party", "parties", partyRecords, partyUpdated, year: null));

        EntriesCsv.Write(Reset(buffer), entries.Select(e => e.CsvRow));
        files.Add((Write(buffer, writer, SitePaths.DataEntriesCsv),
            new DataFileInfo(SitePaths.DataEntriesCsv, "Every entry, one row each (CSV)", "text/csv", null, entries.Count, "rows", buffer.Length)));

        var events = entries.Select(e => e.CalendarEvent).OfType<byte[]>().ToList();
        CalendarWriter.Write(Reset(buffer), site, events);
        files.Add((Write(buffer, writer, SitePaths.Calendar),
            new DataFileInfo(SitePaths.Calendar, "Events known to the day (iCalendar)", "text/calendar", null, events.Count, "events", buffer.Length)));

        foreach (var year in entries.GroupBy(e => e.Year).OrderBy(g => g.Key))
        {
            files.Add(Json(buffer, writer, site, SitePaths.DataYear(year.Key), "entries-year", $"Entries of {year.Key}", "entries",
                year.Select(e => e.Json).ToList(), year.Max(e => e.Updated), year.Key));
        }
        return new DataDownloads(files.Select(f => f.File).ToList(), files.Select(f => f.Info).ToList()) { Cache = cache };
    }

    private static (SiteFile, DataFileInfo) Json(MemoryStream buffer, ISiteWriter writer, Site site, string path, string schema, string title,
        string arrayName, IReadOnlyList<byte[]> records, DateOnly? updated, int? year)
    {
        JsonData.Document(Reset(buffer), site, schema, json =>
        {
            if (year is { } y) json.WriteNumber("year", y);
            JsonData.Day(json, "updated", updated);
        }, arrayName, records);
        return (Write(buffer, writer, path),
            new DataFileInfo(path, title, "application/json", SitePaths.DataSchema(schema), records.Count, arrayName, buffer.Length));
    }

    private static MemoryStream Reset(MemoryStream buffer)
    {
        buffer.SetLength(0);
        return buffer;
    }

    private static SiteFile Write(MemoryStream buffer, ISiteWriter writer, string path) =>
        writer.Write(path, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
}

/// <summary>The data files of one build (already written: paths and hashes), and what the Open data page says about each.</summary>
public sealed record DataDownloads(IReadOnlyList<SiteFile> Files, IReadOnlyList<DataFileInfo> Catalogue)
{
    /// <summary>The entries' data, for the next build to take unchanged entries' from (preview).</summary>
    public EntryDataCache? Cache { get; init; }

    /// <summary>What the Open data page shows, as one text: preview renders the page again only when it changes.</summary>
    public string Fingerprint => string.Join("|", Catalogue.Select(c => $"{c.Path}:{c.Records}:{c.Bytes}"));
}

/// <summary>One data file: where it is, what it holds, its media type, its schema (JSON files), how many records of what, and its size.</summary>
public sealed record DataFileInfo(string Path, string Title, string MediaType, string? Schema, int Records, string RecordName, long Bytes);
