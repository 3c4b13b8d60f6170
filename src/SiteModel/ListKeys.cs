using Explainer.Model;

namespace Explainer.SiteModel;

/// <summary>
/// The one place that says where an entry files in a list grouped by period: its year and, when known, its month.
/// Every list page (timeline, tags, parties, FAQ) and every "in this year" link goes through these, so a new date model
/// (EDTF intervals, uncertain dates) changes them here and nowhere else.
/// </summary>
public static class ListKeys
{
    /// <summary>The year of the date's latest stated end: the timeline's one ordering rule (<see cref="Entry.Timeline"/>) files it there.</summary>
    public static int Year(Entry entry) => Filed(entry).Year;

    /// <summary>The month (1–12) of that same end, or null when it is known only to the year.</summary>
    public static int? Month(Entry entry) => Filed(entry).Month;

    /// <summary>The same year, kept with the rendered entry (<see cref="RenderedEntry.Filed"/>).</summary>
    public static int Year(RenderedEntry entry) => entry.Filed.Year;

    /// <summary>The same month, kept with the rendered entry.</summary>
    public static int? Month(RenderedEntry entry) => entry.Filed.Month;

    /// <summary>The day of that same end, or null when it is known only to the month or the year (a long month's pages are by day).</summary>
    public static int? Day(RenderedEntry entry) => entry.Filed.Day;

    /// <summary>The date the entry files under: the end of an interval, or its start when the end is open or unknown.</summary>
    public static PartialDate Filed(Entry entry) => (entry.Date.End ?? entry.Date.Start)!.Value;
}
