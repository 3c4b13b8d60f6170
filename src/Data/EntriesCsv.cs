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

    /// <summary>The whole file into <paramref name="output"/>: byte-order mark, header, then the rows (each already ending in CRLF) as they are.</summary>
    public static void Write(Stream output, IEnumerable<byte[]> rows)
    {
        output.Write(Encoding.UTF8.Preamble);
        output.Write(Encode(Columns));
        foreach (var row in rows) output.Write(row);
    }

    /// <summary>One entry's row, UTF-8, ending in CRLF.</summary>
    public static byte[] Row(Site site, RenderedEntry rendered, DateOnly? published, DateOnly? updated)
    {
        var entry = rendered.Entry;
        return Encode(
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

    // Rows are made in parallel: each thread builds its rows in one builder of its own.
    [ThreadStatic] private static StringBuilder? t_row;

    private static byte[] Encode(IReadOnlyList<string> cells)
    {
        var row = t_row ??= new StringBuilder(1024);
        row.Clear();
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0) row.Append(',');
            CsvCell.Append(row, cells[i]);
        }
        row.Append("\r\n");
        return Utf8(row);
    }

    /// <summary>The builder's text as UTF-8, encoded from its chunks into this thread's buffer (not copied into a string first;
    /// the encoder keeps a surrogate pair split between two chunks whole).</summary>
    public static byte[] Utf8(StringBuilder text)
    {
        var encoder = t_encoder ??= new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
        encoder.Reset();
        var needed = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (t_bytes is null || t_bytes.Length < needed) t_bytes = new byte[Math.Max(needed, 4096)];
        var written = 0;
        foreach (var chunk in text.GetChunks()) written += encoder.GetBytes(chunk.Span, t_bytes.AsSpan(written), flush: false);
        written += encoder.GetBytes([], t_bytes.AsSpan(written), flush: true);
        return t_bytes.AsSpan(0, written).ToArray();
    }

    [ThreadStatic] private static byte[]? t_bytes;
    [ThreadStatic] private static Encoder? t_encoder;

    private static string Day(DateOnly? day) => day is { } d ? JsonData.Iso(d) : "";
}
