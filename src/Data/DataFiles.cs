using Explainer.Output;
using Explainer.SiteModel;

namespace Explainer.Data;

/// <summary>
/// Makes the data downloads from the site model: data/entries.json, a file per timeline year (data/entries/2026.json), data/parties.json,
/// data/entries.csv and calendar.ics, and the catalogue the Open data page lists them from. Each entry's record, row and event are made
/// once (<see cref="EntryData"/>, in parallel) and copied into the files that list it. Each file goes to the writer as soon as it is
/// made, through one buffer used again for the next: at 10,000 entries the files are tens of megabytes, and holding them until the
/// end of the build cost more time and memory than making them.
/// Preview passes the previous build's downloads: unchanged entries' data is taken from them (<see cref="EntryDataCache"/>), and a
/// file made of the very same records as last time is not made or written again (a save changes one year's file, not every year's).
/// </summary>
public static class DataFiles
{
    /// <param name="writer">Where each file goes as it is made.</param>
    /// <param name="previous">The previous build's downloads (preview; <see cref="DataDownloads.Empty"/> before its first build),
    /// or null to make everything for a build that has no next one: then nothing is kept for reuse, and each entry's ~4 KB of
    /// parts (~40 MB at 10,000 entries) is garbage once written instead of alive through the render stage.</param>
    public static DataDownloads Make(Site site, ISiteWriter writer, DataDownloads? previous = null)
    {
        var (entries, cache) = EntryDataCache.For(site, previous?.Cache);
        var made = new DataFileMaker(site, writer, previous is not null && Equals(previous.Headers, (site.Settings, site.Urls)) ? previous : null,
            previous?.Buffer ?? new MemoryStream(entries.Sum(e => e.Json.Length + 2) + 64 * 1024));

        // Each file says when its newest record last changed: a date from the content, never the clock.
        made.Json(SitePaths.DataEntries, "entries", "Every entry", "entries", entries.Select(e => e.Json).ToList(), entries.Max(e => e.Updated), year: null);
        var partyUpdated = site.Parties.Select(p => RecordDates.Of(site, p.Party.RelativePath, null, p.Party.Updated, p.Party.Sources).Updated).Max();
        made.Json(SitePaths.DataParties, "parties", "Every party", "parties", site.Parties.Select(p => PartyRecord.Json(site, p)).ToList(), partyUpdated, year: null);

        var rows = entries.Select(e => e.CsvRow).ToList();
        made.File(SitePaths.DataEntriesCsv, rows, null, output => EntriesCsv.Write(output, rows),
            bytes => new DataFileInfo(SitePaths.DataEntriesCsv, "Every entry, one row each (CSV)", "text/csv", null, rows.Count, "rows", bytes));
        var events = entries.Select(e => e.CalendarEvent).OfType<byte[]>().ToList();
        made.File(SitePaths.Calendar, events, null, output => CalendarWriter.Write(output, site, events),
            bytes => new DataFileInfo(SitePaths.Calendar, "Events known to the day (iCalendar)", "text/calendar", null, events.Count, "events", bytes));

        foreach (var year in entries.GroupBy(e => e.Year).OrderBy(g => g.Key))
        {
            made.Json(SitePaths.DataYear(year.Key), "entries-year", $"Entries of {year.Key}", "entries",
                year.Select(e => e.Json).ToList(), year.Max(e => e.Updated), year.Key);
        }
        var downloads = new DataDownloads(made.Files.Select(f => f.File).ToList(), made.Files.Select(f => f.Info).ToList());
        return previous is null ? downloads : downloads with
        {
            Cache = cache,
            Headers = (site.Settings, site.Urls),
            Made = made.Files.ToDictionary(f => f.File.Path, StringComparer.Ordinal),
            Buffer = made.Buffer,
        };
    }

    /// <summary>The paths <see cref="Make"/> writes, known before it runs: the build checks links and static files against them meanwhile.</summary>
    public static IEnumerable<string> Paths(Site site) =>
        new[] { SitePaths.DataEntries, SitePaths.DataParties, SitePaths.DataEntriesCsv, SitePaths.Calendar }
            .Concat(site.Timeline.Select(e => ListKeys.Year(e)).Distinct().Order().Select(SitePaths.DataYear));

    /// <summary>Makes and writes one file at a time through <see cref="Buffer"/>, or takes it from the previous build when its parts are the same.</summary>
    private sealed class DataFileMaker(Site site, ISiteWriter writer, DataDownloads? previous, MemoryStream buffer)
    {
        public List<MadeDataFile> Files { get; } = [];

        public MemoryStream Buffer => buffer;

        public void Json(string path, string schema, string title, string arrayName, IReadOnlyList<byte[]> records, DateOnly? updated, int? year) =>
            File(path, records, updated, output => JsonData.Document(output, site, schema, json =>
                {
                    if (year is { } y) json.WriteNumber("year", y);
                    JsonData.Day(json, "updated", updated);
                }, arrayName, records),
                bytes => new DataFileInfo(path, title, "application/json", SitePaths.DataSchema(schema), records.Count, arrayName, bytes));

        /// <param name="parts">What the file is made of, in order: the same objects as last time mean the same bytes.</param>
        public void File(string path, IReadOnlyList<byte[]> parts, DateOnly? updated, Action<Stream> write, Func<long, DataFileInfo> info)
        {
            if (previous?.Made is { } made && made.TryGetValue(path, out var last) && last.Updated == updated
                && last.Parts.SequenceEqual(parts, ReferenceEqualityComparer.Instance))
            {
                Files.Add(last);
                return;
            }
            buffer.SetLength(0);
            write(buffer);
            var file = writer.Write(path, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            Files.Add(new MadeDataFile(file, info(buffer.Length), parts, updated));
        }
    }
}

/// <summary>A data file as made: what the build keeps of it, what the Open data page says, and the parts it was made from.</summary>
public sealed record MadeDataFile(SiteFile File, DataFileInfo Info, IReadOnlyList<byte[]> Parts, DateOnly? Updated);

/// <summary>The data files of one build (already written: paths and hashes), and what the Open data page says about each.</summary>
public sealed record DataDownloads(IReadOnlyList<SiteFile> Files, IReadOnlyList<DataFileInfo> Catalogue)
{
    /// <summary>Preview's start: no build before it, and a buffer to keep from build to build.</summary>
    public static DataDownloads Empty => new([], []);

    /// <summary>The entries' data, for the next build to take unchanged entries' from (preview).</summary>
    public EntryDataCache? Cache { get; init; }

    /// <summary>The settings and addresses the files' headers were written with: others mean every file is made again.</summary>
    public (Model.SiteSettings, SiteUrls)? Headers { get; init; }

    /// <summary>Each file with the parts it was made from (preview: a file of the same parts is not made again).</summary>
    public IReadOnlyDictionary<string, MadeDataFile>? Made { get; init; }

    /// <summary>Preview's buffer, kept from build to build (one large array instead of one per save).</summary>
    public MemoryStream? Buffer { get; init; }
}

/// <summary>One data file: where it is, what it holds, its media type, its schema (JSON files), how many records of what, and its size.</summary>
public sealed record DataFileInfo(string Path, string Title, string MediaType, string? Schema, int Records, string RecordName, long Bytes);
