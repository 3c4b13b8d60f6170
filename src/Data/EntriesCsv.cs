using System.Globalization;
using System.Text;
using Explainer.SiteModel;

namespace Explainer.Data;

/// <summary>
/// data/entries.csv: one row per entry in timeline order, for spreadsheets. RFC 4180 (header row, CRLF line ends, quoting), UTF-8
/// with a byte-order mark so that Excel reads it as UTF-8, and every cell neutralised against formula injection (<see cref="CsvCell"/>).
/// Lists in a cell are separated by " | "; entries.json keeps them as arrays.
/// </summary>
public static class EntriesCsv
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "slug", "url", "event", "summary", "date", "date_text", "earliest", "latest", "year", "status", "parties", "party_names", "tags",
        "sources", "source_urls", "questions", "published", "updated", "corrections",
    ];

    private const string Separator = " | ";

    public static byte[] Write(Site site)
    {
        var stream = new MemoryStream(site.Timeline.Count * 600 + 512);
        // The writer emits the byte-order mark first; each row is encoded as it is made, so no whole-file string exists.
        using var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16);
        var row = new StringBuilder(1024);
        Row(text, row, Columns);
        foreach (var rendered in site.Timeline)
        {
            var entry = rendered.Entry;
            var (published, updated) = RecordDates.Of(site, entry.RelativePath, entry.Published, entry.Updated, entry.Sources);
            Row(text, row,
            [
                entry.Slug,
                site.Urls.Absolute(SitePaths.Entry(entry.Slug)),
                entry.Event,
                entry.Summary,
                entry.Date.Edtf,
                entry.Date.Text,
                Day(entry.Date.Earliest),
                Day(entry.Date.Latest),
                ListKeys.Year(entry).ToString(CultureInfo.InvariantCulture),
                entry.Status.ToString().ToLowerInvariant(),
                string.Join(Separator, entry.Parties.Select(p => p.Id)),
                string.Join(Separator, entry.Parties.Select(p => site.PartiesById.TryGetValue(p.Id, out var party) ? party.Party.Name : p.Id)),
                string.Join(Separator, entry.Tags.Select(t => t.Id)),
                string.Join(Separator, entry.Sources.Select(s => s.Published is null ? $"{s.Publisher}: {s.Title}" : $"{s.Publisher}: {s.Title} ({s.Published.Edtf})")),
                string.Join(Separator, entry.Sources.Select(s => s.Url ?? s.Archived ?? "")),
                entry.Faq.Count.ToString(CultureInfo.InvariantCulture),
                Day(published),
                Day(updated),
                rendered.Corrections.Count.ToString(CultureInfo.InvariantCulture),
            ]);
        }
        text.Flush();
        return stream.ToArray();
    }

    private static void Row(StreamWriter text, StringBuilder row, IReadOnlyList<string> cells)
    {
        row.Clear();
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0) row.Append(',');
            CsvCell.Append(row, cells[i]);
        }
        row.Append("\r\n");
        text.Write(row);
    }

    private static string Day(DateOnly? day) => day is { } d ? JsonData.Iso(d) : "";
}
