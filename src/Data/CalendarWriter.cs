using System.Globalization;
using Explainer.Model;
using Explainer.SiteModel;

namespace Explainer.Data;

/// <summary>
/// calendar.ics (RFC 5545): an all-day event for every entry whose date is one day (the timeline's other entries have no day to
/// put in a calendar). UIDs come from the slug and the site's address, so a calendar that subscribed keeps each event; DTSTAMP is
/// the day the entry last changed (<see cref="RecordDates"/>), never the clock, so builds repeat exactly. A qualified day ("about",
/// "uncertain") is TENTATIVE, and a disputed or retracted entry says so in its summary.
/// </summary>
public static class CalendarWriter
{
    /// <summary>The whole calendar into <paramref name="stream"/>: its header, the events (each already made by <see cref="Event"/>), its end.</summary>
    public static void Write(Stream stream, Site site, IEnumerable<byte[]> events)
    {
        var s = site.Settings;
        Line(stream, "BEGIN:VCALENDAR");
        Line(stream, "VERSION:2.0");
        Line(stream, "PRODID:-//Explainer//" + CalendarText.Escape(s.Title) + "//EN");
        Line(stream, "CALSCALE:GREGORIAN");
        Line(stream, "METHOD:PUBLISH");
        // NAME, DESCRIPTION, URL and REFRESH-INTERVAL are RFC 7986's; the X-WR- and X-PUBLISHED-TTL forms are what older clients read.
        Line(stream, "NAME:" + CalendarText.Escape(s.Title));
        Line(stream, "X-WR-CALNAME:" + CalendarText.Escape(s.Title));
        Line(stream, "DESCRIPTION:" + CalendarText.Escape(s.Description));
        Line(stream, "X-WR-CALDESC:" + CalendarText.Escape(s.Description));
        Line(stream, "URL:" + site.Urls.Absolute(""));
        Line(stream, "REFRESH-INTERVAL;VALUE=DURATION:P1D");
        Line(stream, "X-PUBLISHED-TTL:P1D");
        foreach (var e in events) stream.Write(e);
        Line(stream, "END:VCALENDAR");
    }

    /// <summary>The entry's VEVENT, or null when its date is not a single day.</summary>
    /// <param name="updated">When the entry last changed (<see cref="RecordDates"/>): its DTSTAMP.</param>
    public static byte[]? Event(Site site, RenderedEntry rendered, DateOnly? updated)
    {
        var entry = rendered.Entry;
        if (Day(entry.Date) is not { } day) return null;
        var stream = t_event ??= new MemoryStream(1024);
        stream.SetLength(0);
        var url = site.Urls.Absolute(SitePaths.Entry(entry.Slug));
        Line(stream, "BEGIN:VEVENT");
        var uid = new CalendarText.ContentLine(stream);
        uid.Raw("UID:");
        uid.Raw(entry.Slug);
        uid.Raw("@");
        uid.Raw(UidDomain(site.Urls.PublicUrl));
        uid.End();
        DateLine(stream, "DTSTAMP:", updated ?? day.FirstDay, "T000000Z");
        DateLine(stream, "DTSTART;VALUE=DATE:", day.FirstDay, "");
        // DTEND is the day after (exclusive). 31 December 9999 has none; without DTEND a day's event lasts that day (RFC 5545, 3.6.1).
        if (day.FirstDay < DateOnly.MaxValue) DateLine(stream, "DTEND;VALUE=DATE:", day.FirstDay.AddDays(1), "");
        var summary = new CalendarText.ContentLine(stream);
        summary.Raw("SUMMARY:");
        summary.Text(entry.Status switch { EntryStatus.Disputed => "Disputed: ", EntryStatus.Retracted => "Retracted: ", _ => "" });
        summary.Text(entry.Event);
        summary.End();
        Description(stream, entry, url);
        var link = new CalendarText.ContentLine(stream);
        link.Raw("URL:");
        link.Raw(url);
        link.End();
        if (day.Qualifier != DateQualifier.None) Line(stream, "STATUS:TENTATIVE");
        // An event on the record, not an appointment: it does not make the reader busy.
        Line(stream, "TRANSP:TRANSPARENT");
        Line(stream, "END:VEVENT");
        return stream.ToArray();
    }

    // Events are made in parallel: each thread writes its events through one stream of its own and copies out only the finished event.
    [ThreadStatic] private static MemoryStream? t_event;

    /// <summary>The day of a date that is one day (qualified or not), else null: months, years and intervals have no day.</summary>
    public static PartialDate? Day(EdtfDate date) => !date.IsInterval && date.Start is { Day: not null } day ? day : null;

    /// <summary>The site's host and path, e.g. <c>example.org/explainer</c>: two explainers on one GitHub Pages host get different UIDs.</summary>
    private static string UidDomain(Uri url) => (url.IdnHost + url.AbsolutePath).TrimEnd('/');

    /// <summary>What the page says first: status, date in words, summary, sources, and the address of the whole account.</summary>
    private static void Description(Stream stream, Entry entry, string url)
    {
        var line = new CalendarText.ContentLine(stream);
        line.Raw("DESCRIPTION:");
        line.Text(entry.Status.ToString());
        line.Text(". ");
        line.Text(entry.Date.Text);
        line.Text(".\n");
        line.Text(entry.Summary);
        line.Text("\n\nSources:");
        // The list's lines are joined with newlines: with no source, the heading is followed by an empty one.
        if (entry.Sources.Count == 0) line.Text("\n");
        foreach (var source in entry.Sources)
        {
            line.Text("\n- ");
            line.Text(source.Publisher);
            line.Text(": ");
            line.Text(source.Title);
            if (source.Published is not null)
            {
                line.Text(" (");
                line.Text(source.Published.Text);
                line.Text(")");
            }
        }
        line.Text("\n\n");
        line.Text(url);
        line.End();
    }

    /// <summary>A line whose value is a day as <c>yyyyMMdd</c>, with <paramref name="after"/> (a time) behind it.</summary>
    private static void DateLine(Stream stream, string name, DateOnly day, string after)
    {
        Span<char> digits = stackalloc char[8];
        day.TryFormat(digits, out _, "yyyyMMdd", CultureInfo.InvariantCulture);
        var line = new CalendarText.ContentLine(stream);
        line.Raw(name);
        line.Raw(digits);
        line.Raw(after);
        line.End();
    }

    private static void Line(Stream stream, string line) => CalendarText.AppendLine(stream, line);
}
