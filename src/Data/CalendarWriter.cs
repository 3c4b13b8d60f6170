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
    public static (byte[] Bytes, int Events) Write(Site site)
    {
        var stream = new MemoryStream(site.Timeline.Count * 400 + 1024);
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

        var uidDomain = UidDomain(site.Urls.PublicUrl);
        var events = 0;
        foreach (var rendered in site.Timeline)
        {
            var entry = rendered.Entry;
            if (Day(entry.Date) is not { } day) continue;
            events++;
            var url = site.Urls.Absolute(SitePaths.Entry(entry.Slug));
            var (_, updated) = RecordDates.Of(site, entry.RelativePath, entry.Published, entry.Updated, entry.Sources);
            Line(stream, "BEGIN:VEVENT");
            Line(stream, $"UID:{entry.Slug}@{uidDomain}");
            Line(stream, "DTSTAMP:" + Compact(updated ?? day.FirstDay) + "T000000Z");
            Line(stream, "DTSTART;VALUE=DATE:" + Compact(day.FirstDay));
            Line(stream, "DTEND;VALUE=DATE:" + Compact(day.FirstDay.AddDays(1)));
            Line(stream, "SUMMARY:" + CalendarText.Escape(Summary(entry)));
            Line(stream, "DESCRIPTION:" + CalendarText.Escape(Description(entry, url)));
            Line(stream, "URL:" + url);
            if (day.Qualifier != DateQualifier.None) Line(stream, "STATUS:TENTATIVE");
            // An event on the record, not an appointment: it does not make the reader busy.
            Line(stream, "TRANSP:TRANSPARENT");
            Line(stream, "END:VEVENT");
        }
        Line(stream, "END:VCALENDAR");
        return (stream.ToArray(), events);
    }

    /// <summary>The day of a date that is one day (qualified or not), else null: months, years and intervals have no day.</summary>
    public static PartialDate? Day(EdtfDate date) => !date.IsInterval && date.Start is { Day: not null } day ? day : null;

    /// <summary>The site's host and path, e.g. <c>example.org/explainer</c>: two explainers on one GitHub Pages host get different UIDs.</summary>
    private static string UidDomain(Uri url) => (url.IdnHost + url.AbsolutePath).TrimEnd('/');

    private static string Summary(Entry entry) => entry.Status switch
    {
        EntryStatus.Disputed => "Disputed: " + entry.Event,
        EntryStatus.Retracted => "Retracted: " + entry.Event,
        _ => entry.Event,
    };

    /// <summary>What the page says first: status, date in words, summary, sources, and the address of the whole account.</summary>
    private static string Description(Entry entry, string url)
    {
        var sources = string.Join("\n", entry.Sources.Select(s => s.Published is null ? $"- {s.Publisher}: {s.Title}" : $"- {s.Publisher}: {s.Title} ({s.Published.Text})"));
        var status = entry.Status.ToString();
        return $"{status}. {entry.Date.Text}.\n{entry.Summary}\n\nSources:\n{sources}\n\n{url}";
    }

    private static string Compact(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static void Line(Stream stream, string line) => CalendarText.AppendLine(stream, line);
}
