using System.Text.RegularExpressions;
using System.Text;
using Explainer.Data;
using Explainer.Tests.Support;

namespace Explainer.Tests.Data;

/// <summary>Issue 12, point 5: calendar.ics is RFC 5545 that a real iCalendar reader loads, with an all-day event per single-day entry.</summary>
public class CalendarTests
{
    [Fact]
    public void A_real_icalendar_reader_loads_an_all_day_event_for_every_entry_dated_to_one_day()
    {
        using var folder = new TempFolder();
        var site = SiteBuild.Generate(folder, DataSite.Files());
        var calendar = Ical.Net.Calendar.Load(site.Text("calendar.ics"))!;

        // 6 hostile entries, the minimal site's entry, the approximate day and the long one; not the month or the "by" date.
        Assert.Equal(9, calendar.Events.Count);
        Assert.DoesNotContain(calendar.Events, e => e.Uid!.StartsWith("uncertain-month@", StringComparison.Ordinal) || e.Uid!.StartsWith("by-a-day@", StringComparison.Ordinal));
        Assert.All(calendar.Events, e =>
        {
            Assert.False(e.DtStart!.HasTime);
            Assert.Equal(e.DtStart.Date.AddDays(1), e.DtEnd!.Date);
            Assert.NotNull(e.DtStamp);
            Assert.StartsWith("https://example.org/explainer/entries/", e.Url!.ToString());
        });

        var approximate = calendar.Events.Single(e => e.Uid == "about-a-day@example.org/explainer");
        Assert.Equal(new DateOnly(2026, 2, 3), approximate.DtStart!.Date);
        Assert.Equal("TENTATIVE", approximate.Status);
        // Commas, semicolons and backslashes come back exactly as written, after escaping and folding.
        Assert.Equal("Acme, maybe; on a day \\ with a backslash", approximate.Summary);
        var longOne = calendar.Events.Single(e => e.Uid == "long-unicode@example.org/explainer");
        Assert.StartsWith("Ärger über Überwachung: 監視ソフトウェアの禁止", longOne.Summary);
        Assert.EndsWith("🚫🤖 mit Umlauten", longOne.Summary);
        Assert.Contains("Ein längerer Text: 日本語の文章がここにあります。絵文字も 🎉 含まれます。", longOne.Description);
    }

    /// <summary>An event may lie ahead, as far as 31 December 9999, which has no next day to end on: the event has no DTEND and
    /// lasts its day (RFC 5545, 3.6.1), where computing the end stopped the build with an internal error.</summary>
    [Fact]
    public void An_event_on_the_last_day_a_date_can_name_lasts_that_day()
    {
        using var folder = new TempFolder();
        const string path = "entries/2026/acme-launches-widget.md";
        var site = SiteBuild.Generate(folder, new Dictionary<string, string>
        {
            [path] = Regex.Replace(SiteBuild.MinimalSite[path], "(?m)^date: .*$", "date: 9999-12-31"),
        });
        var calendar = Ical.Net.Calendar.Load(site.Text("calendar.ics"))!;

        var only = Assert.Single(calendar.Events);
        Assert.Equal(new DateOnly(9999, 12, 31), only.DtStart!.Date);
        Assert.Null(only.DtEnd);
        Assert.DoesNotContain("DTEND", site.Text("calendar.ics"));
    }

    [Fact]
    public void Every_line_ends_with_crlf_and_is_at_most_75_octets()
    {
        using var folder = new TempFolder();
        var bytes = SiteBuild.Generate(folder, DataSite.Files()).File("calendar.ics")!.Bytes;

        var lines = SplitCrlf(bytes);
        Assert.True(lines.Count > 50);
        Assert.All(lines, line =>
        {
            Assert.True(line.Length <= 75, $"{line.Length} octets: {Encoding.UTF8.GetString(line)}");
            Assert.DoesNotContain((byte)'\n', line);
            Assert.DoesNotContain((byte)'\r', line);
            // Folding never splits a UTF-8 character: every line decodes on its own.
            Assert.Equal(line, Encoding.UTF8.GetBytes(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(line)));
        });
        Assert.Equal("BEGIN:VCALENDAR", Encoding.UTF8.GetString(lines[0]));
        Assert.Contains(lines, l => Encoding.UTF8.GetString(l) == "VERSION:2.0");
        Assert.Contains(lines, l => Encoding.UTF8.GetString(l).StartsWith("PRODID:", StringComparison.Ordinal));
        Assert.Equal("END:VCALENDAR", Encoding.UTF8.GetString(lines[^1]));
    }

    [Fact]
    public void Uids_and_stamps_do_not_change_when_another_entry_is_added()
    {
        using var folder = new TempFolder();
        var before = Ical.Net.Calendar.Load(SiteBuild.Generate(folder, DataSite.Files()).Text("calendar.ics"))!;
        var files = DataSite.Files();
        files["entries/2026/a-new-one.md"] = files["entries/2026/long-unicode.md"].Replace("2026-05-06", "2026-05-07");
        var after = Ical.Net.Calendar.Load(SiteBuild.Generate(folder, files).Text("calendar.ics"))!;

        Assert.Equal(before.Events.Count + 1, after.Events.Count);
        foreach (var e in before.Events)
        {
            var same = after.Events.Single(a => a.Uid == e.Uid);
            Assert.Equal(e.DtStamp!.ToString(), same.DtStamp!.ToString());
            Assert.Equal(e.Summary, same.Summary);
        }
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b; c \\ d", "a\\, b\\; c \\\\ d")]
    [InlineData("line\nbreak\r\nand\rmore", "line\\nbreak\\nand\\nmore")]
    [InlineData("bell\u0007 gone, tab\tkept", "bell gone\\, tab\tkept")]
    public void Text_values_are_escaped(string text, string expected) => Assert.Equal(expected, CalendarText.Escape(text));

    /// <summary>
    /// Events are written piece by piece (<see cref="CalendarText.ContentLine"/>), without making the line first: random values
    /// (escapes, every kind of line ending, controls, characters of 1-4 octets, lone surrogates) split at random give the bytes
    /// of the whole line escaped and folded at once.
    /// </summary>
    [Fact]
    public void A_line_written_piece_by_piece_is_the_line_written_whole()
    {
        var random = new Random(20261203);
        string[] parts = ["a", "Z", " ", "a longer run of plain text that fills most of a line", "x=1&y:2", ",", ";", "\\", "\r", "\n", "\r\n", "\f", "\u0085", "\u2028", "\u2029", "\t", "\u0007", "é", "日", "🚫", "\ud800", "\udc00", "x1"];
        for (var n = 0; n < 2000; n++)
        {
            var pieces = Enumerable.Range(0, random.Next(1, 6))
                .Select(_ => string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => System.Text.RegularExpressions.Regex.Unescape(parts[random.Next(parts.Length)]))))
                .ToList();
            var whole = new MemoryStream();
            CalendarText.AppendLine(whole, "DESCRIPTION:" + CalendarText.Escape(string.Concat(pieces)));
            var streamed = new MemoryStream();
            var line = new CalendarText.ContentLine(streamed);
            line.Raw("DESCRIPTION:");
            foreach (var piece in pieces) line.Text(piece);
            line.End();
            Assert.Equal(whole.ToArray(), streamed.ToArray());
            Assert.Equal(Folded("DESCRIPTION:" + CalendarText.Escape(string.Concat(pieces))), streamed.ToArray());
        }
    }

    /// <summary>The line as RFC 5545 folds it, worked out here character by character (lone surrogates as U+FFFD, as UTF-8 writes them).</summary>
    private static byte[] Folded(string line)
    {
        var output = new List<byte>();
        var room = 75;
        var used = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var bytes = Encoding.UTF8.GetBytes(rune.ToString());
            if (used + bytes.Length > room)
            {
                output.AddRange("\r\n "u8.ToArray());
                used = 0;
                room = 74;
            }
            output.AddRange(bytes);
            used += bytes.Length;
        }
        output.AddRange("\r\n"u8.ToArray());
        return [.. output];
    }

    [Fact]
    public void Long_lines_fold_at_75_octets_between_characters()
    {
        var stream = new MemoryStream();
        var value = "SUMMARY:" + string.Concat(Enumerable.Repeat("é日🚫a", 40));
        CalendarText.AppendLine(stream, value);

        var lines = SplitCrlf(stream.ToArray());
        Assert.True(lines.Count > 5);
        Assert.All(lines, l => Assert.True(l.Length <= 75));
        Assert.All(lines.Skip(1), l => Assert.Equal((byte)' ', l[0]));
        // Unfolding (drop CRLF and the one space) gives back the line.
        Assert.Equal(value, string.Concat(lines.Select((l, i) => Encoding.UTF8.GetString(i == 0 ? l : l[1..]))));
    }

    private static List<byte[]> SplitCrlf(byte[] bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i + 1 < bytes.Length; i++)
        {
            if (bytes[i] != '\r' || bytes[i + 1] != '\n') continue;
            lines.Add(bytes[start..i]);
            start = i + 2;
            i++;
        }
        Assert.Equal(bytes.Length, start);
        return lines;
    }
}
